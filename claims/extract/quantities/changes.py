"""Whether a figure states a change, and its direction: 'sales dropped 6%', 'up 7% year on year',
'cut by a third', 'a 5% increase'. The level a change reaches ('fell 8% to 1.9 million') and a
figure compared with ('up from 300') state no change. Change words are lemmas in
data/quantity_words.json."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from claims.extract.columns import columns
from claims.resources import load_data


@cache
def _direction() -> dict[str, str]:
    lemmas = load_data("quantity_words")["change_lemmas"]
    return {w: way for way, ws in lemmas.items() for w in ws}


def direction_of(token: Token) -> str | None:
    """'increase' or 'decrease' for a change verb or noun ('fell', 'rise'), else None."""
    return _direction().get(token.lemma_.lower()) or _direction().get(token.lower_)


def change_of(doc: Doc, start: int, after: int, unit: str | None) -> str | None:
    """The direction of the change the figure doc[start:after] states, or None."""
    qw = load_data("quantity_words")
    relative = qw["relative_units"]
    cols = columns(doc)
    lowers, n = cols.lower, len(doc)
    adverbs = qw["change_adverbs"]
    if start > 0 and cols.pos[start - 1] == "ADV" and lowers[start - 1] in adverbs:
        heads, deps = cols.head, cols.dep
        verb = heads[start - 1]
        particle = deps[start - 1] == "prt" or any(
            deps[k] == "dobj" and heads[k] == verb for k in range(start, min(after, n))
        )  # 'shot down 41 drones': a verb's particle and its object, no change
        if not particle:
            return str(adverbs[lowers[start - 1]])  # 'up 7% year on year'
    than = after + 1 < n and lowers[after + 1] in qw["comparison_words"]
    named = after + 1 < n and cols.pos[after + 1] in ("NOUN", "ADJ")
    if (than or named) and lowers[after] in adverbs and unit in relative:
        return str(adverbs[lowers[after]])  # '7% more than in March', '15% fewer rounds'
    figure = doc[after - 1] if unit is not None else doc[start]
    for tok in (figure, figure.head, doc[start].head):
        if tok.dep_ == "pobj" and tok.head.lower_ in qw["change_by_preps"]:
            way = direction_of(tok.head.head)
            if way is not None:  # 'cut by a third', 'rose by 200,000 barrels'
                return way
        of = tok.head.lower_ in qw["change_noun_preps"]
        if tok.dep_ == "pobj" and of and tok.head.head.pos_ == "NOUN":
            way = direction_of(tok.head.head)
            if way is not None and unit in relative:  # 'an increase of 5%'
                return way
        if tok.dep_ in ("npadvmod", "dobj", "advmod", "attr", "nummod") and unit in relative:
            head = tok.head
            if head.pos_ in ("VERB", "NOUN") and head.i > start - 6:
                way = direction_of(head)
                if way is not None:  # 'sales dropped 6%', 'a 5% increase'
                    return way
        if tok.dep_ in ("amod", "compound") and tok.head.pos_ == "NOUN" and unit in relative:
            way = direction_of(tok.head)
            if way is not None:
                return way
    return None
