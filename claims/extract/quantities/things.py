"""A figure whose item is only its unit measures a thing (annotation/guidelines.md: the item names
the thing, never the unit): 'measured 12 inches' after '9 inches of rain' counts the rain, 'They
slipped 2.1%' what the figure before measured, 'mined 6.2 Mlb' in a uranium story the uranium.

The thing is, in turn: the noun the unit measures after it ('inches of rain'), the clause's subject
when it is a thing (a common noun, not an agent, and the figure not the object of what it did), the
good a trade or output verb's measure counts, what a pronoun subject stands for (the thing the
figure before it measured), what an earlier figure in the same unit measured in the paragraph or
the article's paragraphs before it (the corpus parses each paragraph alone, so an article's figures
are remembered here, in text order), and for a weight or volume the good named before.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from claims.extract.quantities import items
from claims.extract.syntax import governing_verb
from claims.resources import load_data

#: The article read last, and the things its figures measured: (paragraph, char, key, thing).
#: One pair, read and replaced whole (as claims.extract.story does), so a thread that starts
#: another article never changes the list another thread reads.
Seen = list[tuple[int, int, str, str]]
_SEEN: tuple[Doc | None, Seen] = (None, [])


@cache
def _unit_vocabulary() -> frozenset[str]:
    """Unit, currency, scale and count-unit words: what a number is made in, never a thing (not
    the per words, which name things too: 'a head', 'a trip')."""
    units, numbers, features = load_data("units"), load_data("numbers"), load_data("item_features")
    found: set[str] = set(units["symbols"]) | set(units["prefix_codes"]) | set(units["price_pers"])
    for key in ("words", "glued", "rates"):
        found |= set(units[key]) | {str(v) for v in units[key].values() if isinstance(v, str)}
    found |= {str(v["unit"]) for v in units["rates"].values() if v["unit"]}
    found |= set(units["distance"]["units"]) | set(units["qualified_only"])
    found |= set(units["symbols"].values()) | set(units["prefix_codes"].values())
    for key in ("unit_like", "measure_words", "counted_units"):
        found |= set(features[key])
    found |= set(numbers["scales"]) | set(numbers["suffixes"])
    return frozenset(w.lower() for w in found) - set(units["time_units"])


@cache
def _named_measures() -> frozenset[str]:
    """What a unit word names as the item (item_features unit_named_items, tonnage_units:
    'gross tonnage'): a measure, even when its words are unit words."""
    features = load_data("item_features")
    named = {*features["unit_named_items"].values(), *features["tonnage_units"].values()}
    return frozenset(str(v) for v in named)


def unit_only(text: str) -> bool:
    """Whether an item is only unit or scale words ('percent', 'million litres', 'mlb',
    'gigawatt-hours'), and not the measure a unit names ('gross tonnage')."""
    if text.lower() in _named_measures():
        return False
    parts = [p for p in re.split(r"[\s/-]+", text.lower()) if p]
    whole = text.lower() in _unit_vocabulary()
    return whole or (bool(parts) and all(p in _unit_vocabulary() for p in parts))


def key_of(doc: Doc, unit: str | None, after: int) -> str:
    """What figures in one unit share: the unit, or for a bare count the word after the number
    ('148,000 units', '3-5 inches of rain')."""
    return unit if unit is not None else doc[after].lower_ if after < len(doc) else ""


def _paragraphs(doc: Doc) -> tuple[int, Seen]:
    """`doc`'s place among its article's paragraphs and what the article's figures measured so
    far, dropping what is remembered of another article."""
    global _SEEN
    docs = items.story_upto(doc)
    first, seen = _SEEN
    if first is not docs[0]:
        seen = []
        _SEEN = (docs[0], seen)
    return len(docs) - 1, seen


def remember(doc: Doc, char: int, key: str, thing: str) -> None:
    """Note that the figure at `char` of `doc`, in unit `key`, measures `thing`."""
    at, seen = _paragraphs(doc)
    seen.append((at, char, key, thing))


def recalled(doc: Doc, char: int, key: str) -> str | None:
    """The thing the nearest figure in unit `key` before `char` measured, in the article so far.
    A share or multiple (a relative unit) names no thing of its own when nothing in its clause
    does ('The plant uses 40 tonnes of coal a day. About 70% comes from local pits'): it is a
    share of what the nearest figure before it measured, in any unit, in its paragraph or the
    one before; never of a thing measured further back."""
    at, seen = _paragraphs(doc)
    if key in items.words()["relative_units"]:
        if _named_subject(doc, char):
            return None  # 'The rate was cut by 375 basis points': the clause names the rate
        near = [(n, c, thing) for n, c, _, thing in seen if n == at - 1 or (n == at and c < char)]
        return max(near)[2] if near else None
    earlier = [
        (n, c, thing) for n, c, k, thing in seen if k == key and (n < at or (n == at and c < char))
    ]
    return max(earlier)[2] if earlier else None


def _named_subject(doc: Doc, char: int) -> bool:
    """Whether the clause of the figure at `char` has a noun subject other than a share ('The
    rate was cut by 2%', not 'About 70% comes from wells')."""
    tok = next((t for t in doc if t.idx >= char), None)
    if tok is None:
        return False
    verb = governing_verb(tok)
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and c.pos_ in ("NOUN", "PROPN")
        and not items.relative_unit_token(c)
        for c in verb.children
    )


def measured_after(doc: Doc, head: int) -> str | None:
    """'3-5 inches of rain', '2 million units of cars': the 'of' phrase the unit word opens."""
    found = items.of_phrase(doc, head + 1)
    return None if found is None or unit_only(found[0]) else found[0]


def _object(doc: Doc, start: int, after: int) -> bool:
    """Whether the figure is its verb's object ('Installers sold 148,000 units'): its subject is
    who acts or records, not what is measured, unlike 'Sales rose 14%'."""
    verb = governing_verb(doc[start])
    table = items.words()
    if verb.lemma_.lower() in {*table["level_lemmas"], *table["headline_level_verbs"]}:
        return False  # 'snowfall hit 40 inches': the level the subject reached
    return any(t.dep_ == "dobj" and t.head == verb for t in doc[start : after + 1])


def thing_subject(doc: Doc, start: int, after: int) -> str | None:
    """The clause's common-noun subject when it is a thing, not the figure itself or an agent,
    and the figure states its level or change, not the object of what it did."""
    found = items.subject_noun(doc, start)
    if found is None or start - 1 <= found[2] < after or _object(doc, start, after):
        return None
    if found[0] in load_data("item_features")["stand_in_nouns"]:
        return None
    head = doc[found[2]]
    table = items.words()
    if items.is_agent(head) or head.pos_ == "PROPN":
        return None  # a name is more often who holds or records the figure than what it is
    if head.lower_ in table["measure_nouns"] or head.lower_ in table["not_items"]:
        return None
    return None if unit_only(found[0]) else found[0]


def pronoun_subject(doc: Doc, start: int) -> bool:
    """Whether the figure's clause has a pronoun subject ('They slipped 2.1%', 'It rose 3%') or a
    bare figure noun that stands for the figure before ('The figure is down 2%')."""
    table = items.words()
    pronouns = {*table["figure_pronouns"], *table["plural_pronouns"]}
    verb = governing_verb(doc[start])
    for c in verb.children:
        if c.dep_ not in ("nsubj", "nsubjpass") or c.i > start:
            continue
        bare = c.lower_ in table["antecedent_nouns"] and not any(
            k.dep_ in ("amod", "compound", "poss") for k in c.children
        )
        if c.lower_ in pronouns or bare:
            return True
    return False


def of_pronoun(doc: Doc, head: int) -> bool:
    """A share of a pronoun ('40% of that went abroad', 'two-thirds of it'): of what the figure
    before measured."""
    of = items.words()["partitive_preps"]
    pronouns = items.words()["figure_pronouns"]
    return head + 2 < len(doc) and doc[head + 1].lower_ in of and doc[head + 2].lower_ in pronouns


def last_thing(doc: Doc, char: int) -> str | None:
    """The thing the article's last figure before `char` measured, in this paragraph or the one
    before: what a pronoun that opens a paragraph stands for."""
    at, seen = _paragraphs(doc)
    earlier = [(n, c, thing) for n, c, _, thing in seen if n == at - 1 or (n == at and c < char)]
    return max(earlier)[2] if earlier else None


def applies(
    doc: Doc, unit: str | None, item: items.Item, start: int, after: int, compared: bool
) -> bool:
    """Whether the unit-only fallback may replace the item: not a duration (what lasts is read
    by claims.extract.quantities.durations), only the unit's own name, not a currency the text
    names as a subject or after the sum ('the rand slipped 0.4%', 'USD 5 billion in yuan'),
    and a bare count word right after the number ('sold 9,000 bales', not '9,000 jute bales')."""
    if unit is not None and unit in load_data("units")["time_units"]:
        return False
    if compared:
        return True
    if unit is not None:
        return start - 1 <= item.head < after
    word = doc[after : item.head + 1]  # one written word: '9,000 bales', '7,420 gigawatt-hours'
    return len(word) > 0 and not any(t.whitespace_ for t in word[:-1])


def subject_figure(doc: Doc, item: items.Item) -> bool:
    """A figure that is its clause's subject is what the clause is about ('41,000 hectares have
    burned'): only the unit's own 'of' phrase names another thing ('6 inches of rain fell'). A
    share that is its clause's subject ('About 70% comes from wells') is a share of something
    all the same, which the clause does not name."""
    return doc[item.head].dep_ in ("nsubj", "nsubjpass") and not items.relative_unit_token(
        doc[item.head]
    )


def recall_units(unit: str | None) -> bool:
    """Every unit may recall what an earlier figure measured; a share or multiple only what a
    figure near it measured (`recalled`)."""
    return True


def good_units(unit: str | None) -> bool:
    """Weights and volumes of goods ('tonnes', 'barrels', 'litres'), which measure the good the
    text named before (claims.extract.quantities.items.context_good)."""
    table = items.words()
    return unit in table["context_units"] and unit not in table["relative_units"]


def thing_noun(head: Token) -> bool:
    """A common noun that names a thing, not an agent, a month or a stretch of time: what a later
    figure in the same unit may measure too."""
    table = items.words()
    return (
        head.pos_ == "NOUN" and not items.is_agent(head) and head.lower_ not in table["not_items"]
    )


def stand_in(doc: Doc, item: items.Item, text: str) -> bool:
    """A bare figure noun that stands for a thing named before ('the rate goes up by 45 cents',
    'Britain's rate has been 12 pounds'), with no adjective or compound of its own."""
    if text not in load_data("item_features")["stand_in_nouns"] or not 0 <= item.head < len(doc):
        return False
    head = doc[item.head]
    return head.lower_ == text and not any(c.dep_ in ("amod", "compound") for c in head.children)
