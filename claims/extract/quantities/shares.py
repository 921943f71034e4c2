"""Shares and multiples: a fraction is a percent of the whole ('a third of the crews' -> 33.33 %,
'half the shells' -> 50 %, 'fell by a third'), a multiple is `times` ('a fourfold rise' -> 4,
'more than twice the target' -> 2, 'rates tripled' -> 3). The constructions are patterns in
data/patterns/quantities.json; the values of the words are in data/quantity_words.json."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any, NamedTuple

from spacy.tokens import Doc, Token

from claims.extract import numbers
from claims.extract.patterns import Match
from claims.extract.quantities import changes
from claims.extract.quantities.items import (
    casualty_word_item,
    event_counted,
    is_agent,
    noun_after,
    phrase_of,
    subject_noun,
    whole_of_multiple,
)
from claims.extract.syntax import prep_object
from claims.resources import load_data

FRACTIONS = (
    "fraction_of",
    "fraction_subject",
    "fraction_subject_verb",
    "fraction_subject_aux",
    "fraction_change",
    "fraction_change_line_end",
    "fraction_after_change",
    "fraction_compared",
    "fraction_modifier",
    "fraction_elided",
    "fraction_hyphened",  # last: a hyphened share no other pattern reads ('of which two-thirds')
)
MULTIPLES = (
    "multiple_fold",
    "multiple_fold_digits",
    "multiple_word",
    "multiple_verb",
    "fraction_verb",
)
RATIOS = ("ratio_in", "ratio_noun_in")
INNER_RATIOS = ("ratio_noun_in",)  # the counted noun between the two figures
YEAR = re.compile(r"(?:1[89]|20)\d\d")
#: a fraction as its clause's subject: 'Two-thirds are children', 'A quarter went to Spain' (a
#: verb's object is no item: the share is of the figure before; 'a fifth had already gone', an
#: auxiliary the parser may read as a noun)
SUBJECTS = ("fraction_subject", "fraction_subject_verb", "fraction_subject_aux")
#: a bounded fraction whose verb and noun are left out, after a figure in its sentence that names
#: the whole ('40% of the vaccines went to clinics, roughly a fifth to schools'): its item
ELIDED = ("fraction_elided",)
#: a change by a fraction that closes its line with no stop ('fares may drop by a quarter' as a
#: headline or standfirst ends), where fraction_change would look at the word after it
LINE_END = ("fraction_change_line_end",)


class Share(NamedTuple):
    """A fraction or multiple found by a pattern, before its bound is read."""

    first: int  # token index where the expression starts (before any bound word)
    last: int  # token index after the expression
    value: float
    unit: str
    item: str | None
    item_end: int  # token index after the item, or `last`
    change: str | None
    ends: tuple[float, float] | None = None  # a range of two fractions ('a fifth to a quarter')
    from_subject: bool = False  # the item is the clause's subject, not a noun of the share's own
    elided: bool = (
        False  # verb and noun left out: the item is the figure's before it, in its sentence
    )


@cache
def _words() -> dict[str, Any]:
    return load_data("quantity_words")


def find(doc: Doc, matches: dict[str, list[Match]]) -> Iterator[Share]:
    """Every share and multiple the patterns found, longest match per start, in text order."""
    seen: set[int] = set()
    found: list[Share] = []
    for pid in (*FRACTIONS, *RATIOS, *MULTIPLES):
        for m in sorted(matches.get(pid, []), key=lambda m: (m.start, -len(m.tokens))):
            if pid in RATIOS:
                share = _ratio(doc, m)
            else:
                share = _fraction(doc, m) if pid in FRACTIONS else _multiple(doc, m)
            if share is None or any(i in seen for i in range(share.first, share.last)):
                continue
            seen.update(range(share.first, share.last))
            found.append(share)
    yield from _ranges(doc, sorted(found, key=lambda s: s.first))


def _ranges(doc: Doc, found: list[Share]) -> Iterator[Share]:
    """Two fractions joined by a range word ('cut by a fifth to a quarter') make one range from
    the smaller to the larger, with the first one's change."""
    joiners = load_data("bounds")["range_joiners"]
    n = 0
    while n < len(found):
        first = found[n]
        second = found[n + 1] if n + 1 < len(found) else None
        joined = (
            second is not None
            and first.unit == second.unit == "%"
            and first.ends is None
            and second.first == first.last + 1
            and doc[first.last].lower_ in joiners
            and first.value < second.value
        )
        if second is None or not joined:
            yield first
            n += 1
            continue
        yield Share(
            first.first,
            second.last,
            numbers.rounded((first.value + second.value) / 2),
            "%",
            first.item or second.item,
            max(first.item_end, second.item_end),
            first.change or second.change,
            (first.value, second.value),
            first.from_subject if first.item else second.from_subject,
        )
        n += 2


def _fraction(doc: Doc, m: Match) -> Share | None:
    closes = m.end == len(doc) or "\n" in doc[m.end - 1].whitespace_
    closes = closes or (doc[m.end].pos_ == "SPACE" and "\n" in doc[m.end].text)
    if m.id in LINE_END and not closes:
        return None  # mid-line, fraction_change reads it with the word after
    fractions = _words()["fractions"]
    f = next(i for i in m.tokens if doc[i].lower_ in fractions)
    words = _words()
    scaled = f + 2 < len(doc) and numbers.is_scale(doc[f + 2].text)
    if scaled and doc[f + 1].lower_ in words["indefinite_articles"]:
        return None  # 'half a trillion yen': a number, read by the scan
    after_verb = m.id == "fraction_after_change"  # 'production fell a fifth'
    first = m.start + (1 if after_verb or doc[m.start].lower_ in words["share_preps"] else 0)
    articles = words["indefinite_articles"]
    while first < f and doc[first].lower_ not in articles and not _count(doc[first]):
        first += 1
    if first == f and f > 0 and (doc[f - 1].pos_ in ("DET", "ADJ", "NUM") or doc[f - 1].is_digit):
        return None  # 'the third of March', 'the first quarter of 2024', 'the second half'
    if first == f and doc[f].lower_ not in _words()["bare_fractions"]:
        return None  # 'quarter of the year' without 'a': no share
    times = 1.0
    if first < f and _count(doc[first]):
        times = numbers.parse_tokens([doc[first].text]) or 1.0
        if times > 1 and not doc[f].lower_.endswith("s"):
            return None  # 'four third' is no fraction
    value = round(times * float(fractions[doc[f].lower_]), 2)
    item, item_end, change, unit = None, f + 1, None, "%"
    measure = _one_unit(doc, f + 2) if m.id == "fraction_of" else None
    if (
        measure is not None
    ):  # 'a third of one per cent', 'a tenth of a litre': that much of one unit
        unit, value, item_end = measure[0], numbers.rounded(value / 100), measure[1]
        found = _whole_after(doc, item_end)
        if found is not None:
            item, item_end = found[0], found[2] + 1
    elif m.id == "fraction_of":
        j = f + 1 + (1 if doc[f + 1].lower_ in words["partitive_preps"] else 0)
        while j < len(doc) and (
            doc[j].pos_ in ("DET", "PRON")
            or doc[j].dep_ in ("poss", "case")
            or _in_possessor(doc[j])  # 'a third of last season's rents': the prices
            or _figure_hedge(doc[j])  # 'half of the nearly 600 guards': the figure's own bound
        ):
            j += 1
        found = noun_after(doc, j) if j < len(doc) and not _is_figure(doc[j]) else None
        if found is None and j < len(doc) and _is_figure(doc[j]):
            found = _counted_whole(doc, j)  # 'two-thirds of its 60 depots': the depots
        if found is not None:  # not 'a third of the two million pledged': a figure, counted apart
            item, item_end = found[0], found[2] + 1
        elif j < len(doc) and doc[j].lower_ in words["casualty_labels"]:
            item, item_end = casualty_word_item(doc[j].lower_), j + 1  # 'a fifth of the wounded'
    elif m.id == "fraction_subject":  # 'Two-thirds are children': a share of those named after
        found = noun_after(doc, m.end)
        if found is not None and found[2] - m.end <= 3:
            item, item_end = found[0], found[2] + 1
    elif m.id == "fraction_modifier":  # 'a two-thirds majority', 'three-quarters turnout': the
        item, item_end = doc[f + 1].lower_, f + 2  # noun the hyphened share modifies
    elif m.id == "fraction_compared":
        word = doc[m.end - 1].lower_
        change = words["change_adverbs"].get(word) or words["compared_adjectives"].get(word)
        item_end = m.end
        after = m.end < len(doc) and doc[m.end - 1].pos_ != "ADP"  # not 'a quarter above April'
        found = noun_after(doc, m.end, proper=True) if after else None
        if found is not None and found[2] <= m.end + 2:  # 'a fifth fewer hectares': counted
            item, item_end = found[0], found[2] + 1
    else:
        lead = doc[m.start].lower_
        by = lead in words["change_by_preps"]
        of = lead in words["change_noun_preps"]  # 'a drop of almost a fifth'
        verb = doc[m.start] if after_verb else doc[m.start].head
        misread = _verb_before_object(doc, verb) if by else None
        if misread is not None:  # 'Storms shrink apple harvest by a quarter', parsed with the
            item = doc[misread[1] : verb.i + 1].text.lower()  # harvest as the root: the verb
            verb = misread[0]  # before the noun states the change, the noun is its object
        change = changes.direction_of(verb) if by or of or after_verb else None
        change = words["change_adverbs"].get(lead, change)  # 'down three-quarters from 2021'
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if by and change is not None and obj is not None and obj.i < m.start:
            item = _object_phrase(obj)  # 'cut diesel imports by a quarter': the purchases
        on_noun = verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.i < verb.i
        if by and change is not None and item is None and on_noun and not is_agent(verb.head):
            item = phrase_of(doc, verb.head)[0]  # 'a harvest cut by a third': the harvest
    pronoun = f + 2 < len(doc) and doc[f + 2].lower_ in _words()["pronoun_partitives"]
    compared = doc[m.start].lower_ in words["compared_preps"]  # 'up from a quarter'
    of_figure = m.id == "fraction_of" and found_figure(doc, f)
    itself = m.id in SUBJECTS or m.id in ELIDED  # the fraction is the subject, or its noun is
    # left out: no other word names the whole
    from_subject = False
    if item is None and not compared and not pronoun and not of_figure and not itself:
        subject = subject_noun(doc, first)
        item = subject[0] if subject is not None else None
        from_subject = item is not None
    return Share(
        first,
        max(item_end, f + 1),
        value,
        unit,
        item,
        item_end,
        change,
        from_subject=from_subject,
        elided=m.id in ELIDED,
    )


def _verb_before_object(doc: Doc, noun: Token) -> tuple[Token, int] | None:
    """A change verb right before the noun phrase `noun` heads, when the parser took the noun
    for the head of the clause (a headline's 'Frost slash citrus output by a third'), or took the
    verb for a modifier of the noun ('Heat and hail shrink grape harvest ...'): the verb whose
    object the noun is, and where that object starts."""
    if noun.pos_ not in ("NOUN", "PROPN") or changes.direction_of(noun) is not None:
        return None
    left = noun.i
    while left > 1 and doc[left - 1].dep_ in ("compound", "amod") and left <= doc[left - 1].head.i:
        if changes.direction_of(doc[left - 1]) is not None:
            return doc[left - 1], left  # the verb read as a modifier
        left -= 1
    verb = doc[left - 1] if left > 0 else None
    if verb is None or verb.pos_ != "VERB" or changes.direction_of(verb) is None:
        return None
    if any(c.dep_ == "dobj" for c in verb.children):
        return None  # the verb has an object of its own
    return verb, left


def _one_unit(doc: Doc, j: int) -> tuple[str, int] | None:
    """(unit, index after) of 'one per cent', 'a litre' at j: one of a unit, the whole a
    fraction before it takes a part of."""
    words, units = _words(), load_data("units")["words"]
    if j < 1 or doc[j - 1].lower_ not in words["partitive_preps"] or j >= len(doc):
        return None
    if doc[j].lower_ not in (*words["one_words"], *words["indefinite_articles"]):
        return None
    for n in (2, 1):
        phrase = " ".join(t.lower_ for t in doc[j + 1 : j + 1 + n])
        for form in (phrase, f"{phrase}s"):
            after = j + 1 + n
            owned = after < len(doc) and doc[after].dep_ == "case"  # 'half of one week's catch'
            if j + n < len(doc) and form in units and not owned:
                return units[form], after
    return None


def _whole_after(doc: Doc, j: int) -> tuple[str, int, int] | None:
    """The noun of an 'of' phrase at j ('of the budget'), skipping its determiners."""
    if j >= len(doc) or doc[j].lower_ not in _words()["partitive_preps"]:
        return None
    k = j + 1
    while k < len(doc) and (doc[k].pos_ in ("DET", "PRON") or doc[k].dep_ == "poss"):
        k += 1
    return noun_after(doc, k) if k < len(doc) else None


def _in_possessor(tok: Token) -> bool:
    """A modifier inside a possessor before its owner ('last' in 'last year's prices')."""
    head = tok.head
    return head.i > tok.i and head.i - tok.i <= 3 and head.dep_ == "poss"


def _counted_whole(doc: Doc, j: int) -> tuple[str, int, int] | None:
    """The noun a whole's own count counts ('two-thirds of the 400 nurses'), when it is the
    figure's noun; a figure with no noun of its own ('of the two million pledged') gives none."""
    k = j
    while k < len(doc) and (doc[k].like_num or numbers.is_scale(doc[k].text)):
        k += 1
    if k >= len(doc) or doc[k - 1].dep_ != "nummod" or doc[k - 1].head.pos_ != "NOUN":
        return None
    found = noun_after(doc, k)
    end = j - 1
    while end > 0 and _figure_hedge(doc[end]):
        end -= 1  # the figure keeps its own bound ('of the some 300 nurses')
    return (found[0], found[1], end) if found is not None else None  # the count keeps its words


def found_figure(doc: Doc, f: int) -> bool:
    """Whether the fraction at f is taken of a figure ('a third of the two million'): the figure
    before names what both count."""
    j = f + 1
    while j < len(doc) and (
        doc[j].lower_ in _words()["partitive_preps"]
        or doc[j].pos_ == "DET"
        or _figure_hedge(doc[j])
    ):
        j += 1
    return j < len(doc) and _is_figure(doc[j])


def _figure_hedge(tok: Token) -> bool:
    """A bound word right before the figure it bounds ('some', 'about' in 'of the about 300')."""
    nxt = tok.i + 1
    return (
        tok.dep_ in ("advmod", "quantmod")
        and nxt < len(tok.doc)
        and tok.head.i == nxt
        and _is_figure(tok.doc[nxt])
    )


def _is_figure(tok: Token) -> bool:
    """A number that counts, not a year ('half of 2023 levels')."""
    return tok.like_num and not YEAR.fullmatch(tok.text)


def _object_phrase(tok: Token) -> str:
    """A verb's object with the nouns and adjectives before it ('spot purchases')."""
    left = tok.i
    while (
        left > 0
        and tok.doc[left - 1].dep_ in ("compound", "amod")
        and tok.doc[left - 1].head == tok
    ):
        left -= 1
    return tok.doc[left : tok.i + 1].text.lower()


def _ratio(doc: Doc, m: Match) -> Share | None:
    """'eight in ten tonnes', 'two out of three recruits': a share of the whole in percent."""
    part = numbers.parse_tokens([doc[m.start].text])
    whole = numbers.parse_tokens([doc[m.end - 1].text])
    if part is None or not whole or part >= whole or whole > 1000:
        return None  # not 'two in 2024', not 'killed 3 in 2 attacks'
    if m.start > 0 and doc[m.start - 1].lower_ in _words()["name_words"]:
        return None  # 'at level 4 out of 5': a grade on a scale, no share of a whole
    value = round(100 * part / whole, 2)
    if m.id in INNER_RATIOS:  # 'one orchard in eight': the noun the share is of
        if m.end < len(doc) and doc[m.end].pos_ in ("NOUN", "PROPN"):
            return None  # 'one visit in 12 months': a rate over a time, no share
        noun = doc[m.start + 1]
        return Share(m.start, m.end, value, "%", noun.lower_, m.start + 2, None)
    j = m.end + (1 if m.end < len(doc) and doc[m.end].lower_ in _words()["partitive_preps"] else 0)
    while j < len(doc) and (doc[j].pos_ in ("DET", "PRON") or doc[j].dep_ in ("poss", "case")):
        j += 1
    found = noun_after(doc, j)
    item, item_end = (found[0], found[2] + 1) if found is not None else (None, m.end)
    if item is None:
        subject = subject_noun(doc, m.start)
        item = subject[0] if subject is not None else None
    return Share(m.start, m.end, value, "%", item, item_end, None)


def _count(tok: Token) -> bool:
    article = tok.lower_ in _words()["indefinite_articles"]
    return numbers.parse_tokens([tok.text]) is not None and not article


def _multiple(doc: Doc, m: Match) -> Share | None:
    words = _words()
    tok = doc[m.start]
    change: str | None = "increase"
    if m.id == "fraction_verb":  # 'plans to halve its fleet': a fall to that share, in percent
        value = float(words["fraction_verbs"][tok.lemma_.lower()])
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if obj is None and tok.dep_ == "amod" and tok.head.pos_ == "NOUN":
            obj = tok.head  # 'a plan for halving deaths': the tagger hangs the verb on its object
        found = subject_noun(doc, tok.i, verb=tok) if obj is None else None
        item = _object_phrase(obj) if obj is not None else found[0] if found else None
        last = obj.i + 1 if obj is not None else m.end
        return Share(m.start, m.end, value, "%", item, last, "decrease")
    if m.id == "multiple_verb":  # 'exports doubled': the exports; 'tripling present capacity':
        value = float(words["multiple_verbs"][tok.lemma_.lower()])  # the capacity, as a
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        verb = tok if tok.pos_ == "VERB" else None  # 'will quintuple' read as an adverb
        subject = subject_noun(doc, tok.i, verb=verb) if obj is None else None  # fraction verb's
        item = _object_phrase(obj) if obj is not None else subject[0] if subject else None
        return Share(m.start, m.end, value, words["multiple_unit"], item, m.end, change)
    if m.id == "multiple_fold_digits":
        parsed = numbers.parse_tokens([tok.text])
        if parsed is None:
            return None
        value = parsed
    elif m.id == "multiple_fold":
        stem = re.sub(r"fold$", "", tok.lower_)
        value = float(words["multiple_words"].get(tok.lower_) or numbers.parse_tokens([stem]) or 0)
        if not value:
            return None
    else:
        value = float(words["multiple_words"][tok.lower_])
        change = "increase" if tok.lower_ in words["multiple_verbs"] else None
    last = m.end if m.id != "multiple_word" else m.start + 1
    subject = subject_noun(doc, m.start)
    noun = doc[last] if last < len(doc) and doc[last].pos_ == "NOUN" else None
    in_phrase = None
    if noun is not None:  # 'a fourfold rise in overdue loans'
        obj = prep_object(noun, words["whole_preps"])
        counted = obj is not None and obj.pos_ == "NOUN" and obj.lower_ not in words["not_items"]
        in_phrase = obj.lower_ if obj is not None and counted else None
    whole = whole_of_multiple(doc, last)  # 'twice the amount of money'
    happened = event_counted(doc, m.start, last) if whole is None else None
    if happened is not None:  # 'watered twice a week': how often, the watering
        return Share(m.start, last, value, words["multiple_unit"], happened[0], last, None)
    item = (whole[0] if whole else None) or in_phrase
    from_subject = item is None and subject is not None
    item = item or (subject[0] if subject else None)
    unit = words["multiple_unit"]
    return Share(m.start, last, value, unit, item, last, change, from_subject=from_subject)
