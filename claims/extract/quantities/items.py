"""What a quantity counts: the noun after the number, the 'of' phrase after a unit, the noun
an amount belongs to ('a price ceiling of $45') or the clause's subject ('exports slid 18%')."""

from __future__ import annotations

import itertools
import re
from functools import cache, lru_cache
from typing import Any, NamedTuple

from spacy.tokens import Doc, Span, Token

from claims.extract.columns import columns
from claims.extract.dates.finder import find_dates
from claims.extract.lastseen import LastSeen
from claims.extract.lexicon import kind_of_word, nationality_of
from claims.extract.numbers import HAS_DIGIT, sign_of
from claims.extract.quantities.changes import direction_of
from claims.extract.quantities.elided import elided_item
from claims.extract.quantities.stacked_rows import stacked_cell
from claims.extract.sanctions.headlines import SMALL as HEADLINE_SMALL
from claims.extract.sanctions.headlines import is_title_case
from claims.extract.story import Story
from claims.extract.syntax import (
    DASHES,
    doc_text,
    first_of_two_objects,
    governing_verb,
    noun_read_as_verb,
    prep_object,
    prep_objects,
)
from claims.resources import load_data


#: (item, end char, head token index, found in the text, token index after the expression)
class Item(NamedTuple):
    """What a quantity counts and where it sits in the text."""

    text: str  # the counted noun phrase, lower case
    end_char: int  # where the claim span must reach to include the item
    head: int  # token index of the item's head noun
    direct: bool  # named beside the number, rather than inferred from the clause
    resume: int  # token index where the scan goes on after this quantity


AGENTS = ("person", "organization")
YEAR = re.compile(r"(19|20)\d\d\b")  # a year or season ('2025', '2025/26') dates a noun
GRADE_CODE = re.compile(r"[a-z]{2,}\d+[a-z]?")  # a grade's code: letters, then digits ('smr10')
CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")  # a time of day that stamps a live page's line
ISO_CODE = re.compile(r"[A-Z]{3}")  # a currency's code


@cache
def words() -> dict[str, Any]:
    return load_data("quantity_words")


@cache
def money() -> frozenset[str]:
    """Currency codes: every unit the symbols and code prefixes of data/units.json stand for,
    and the codes its currency words alone stand for ('leks': ALL), three capitals that no
    unit_items key (a size unit like 'TEU') takes, and the units of a figure in cents (minor_units)."""
    units = load_data("units")
    worded = {
        v for v in units["words"].values() if ISO_CODE.fullmatch(v) and v not in units["unit_items"]
    }
    bare = str(load_data("item_features")["bare_currency"])  # a currency no text names alone
    codes = frozenset(units["symbols"].values()) | frozenset(units["prefix_codes"].values())
    return codes | worded | {bare} | frozenset(units["minor_units"])


def item(doc: Doc, start: int, end: int, after: int, unit: str | None) -> Item | None:
    """(item, end char, head token index, found in text, index after) of what is counted:
    the noun after the number; for a unit, the 'of' phrase after it, the noun it measures
    ('price ceiling of $45') or the clause's subject; for a partitive, the noun after 'of the'.
    A toll counts deaths ('the death toll rose to 24', 'Toll Climbs To 30'), not the toll."""
    below = _label_below(doc, start, after)
    if below is not None:
        return below
    stacked = _stacked_label(doc, start, end)
    if stacked is not None:
        return stacked
    bare = _bare_currency(doc, start, after, unit)
    if bare is not None:  # '40 million dinars', no one currency named: a sum all the same
        return bare
    found = _rule_item(doc, start, end, after, unit)
    found = _past_misread_verb(doc, found) if found is not None else None
    found = _forecast_of(doc, found, start) if found is not None else None
    found = _speed_of(doc, found, start) if found is not None else None
    found = _unit_named(doc, found, unit) if found is not None else None
    found = None if found is None else toll_counted(doc, found, unit)
    found = None if found is None else _casualty_named(found)
    found = None if found is None else _qualified_head(doc, found, start)
    found = None if found is None else _held_sum(doc, found, unit, start, after)
    found = None if found is None else _in_cash(doc, found, unit, start, after)
    return _tonnage(doc, _pipe_cell_item(doc, start, end, found, unit), unit, after)


def _tonnage(doc: Doc, found: Item | None, unit: str | None, after: int) -> Item | None:
    """A figure in a ship's tonnage unit ('a 6,500 dwt tanker', '| reefer | 4,100 GT |')
    measures that tonnage (item_features tonnage_units): the unit names the measure whole,
    where a table row's label only names the vessel."""
    if unit is not None or after >= len(doc):
        return found
    named = load_data("item_features")["tonnage_units"].get(doc[after].lower_.rstrip("."))
    if named is None:
        return found
    tok = doc[after]
    return Item(str(named), tok.idx + len(tok), tok.i, True, after + 1)


def _in_cash(doc: Doc, found: Item, unit: str | None, start: int, after: int) -> Item:
    """A sum written as held in cash ('seized $2m in cash', 'USD 300,000 in cash and 40
    watches') counts the cash, whatever takes it; a sum a money verb governs keeps its verb's
    noun ('paid $900 in cash': payment), and the price of a 'for' phrase stays a price."""
    features = load_data("item_features")
    if unit not in money() or after + 1 >= len(doc):
        return found
    if doc[after].lower_ not in features["cash_preps"]:
        return found
    cash = doc[after + 1]
    if cash.lower_ not in features["cash_nouns"] or found.text.startswith(cash.lower_):
        return found  # ('$2m in cash and crypto': the rules' own phrase of both)
    verb = governing_verb(doc[start])
    if verb.lemma_.lower() in features["money_verb_items"]:
        return found
    figure = doc[after - 1]
    while figure.head.i != figure.i and start <= figure.head.i < after:
        figure = figure.head  # 'EUR 2.3 million' parsed on the code
    if figure.dep_ == "pobj" and figure.head.lower_ in features["purpose_for_preps"]:
        return found  # 'bought the lorry for EUR 61,000 in cash': what it cost
    return Item(cash.lower_, cash.idx + len(cash), cash.i, True, after + 2)


def _stacked_label(doc: Doc, start: int, end: int) -> Item | None:
    """The first figure of a table row flattened one cell per line measures what the row's label
    line above it names ('Cane crushed (t)' over '96,400': cane crushed)."""
    cell = stacked_cell(doc, start)
    if cell is None or cell.position or not cell.label:
        return None
    head = cell.label[-1]
    text = " ".join(t.lower_ for t in cell.label if not t.is_punct)
    figure_end = doc[end - 1].idx + len(doc[end - 1])
    return Item(text, figure_end, head.i, True, end)


def _held_sum(doc: Doc, found: Item, unit: str | None, start: int, after: int) -> Item:
    """A sum whose item is what holds it ('EUR 9m in 40 accounts', 'the accounts held $2m',
    a lemma of item_features money_holders) counts the money held, not the holder: the funds
    (money_item). The worth of the holders ('accounts valued at EUR 3m') stays theirs."""
    features = load_data("item_features")
    if unit not in money() or not 0 <= found.head < len(doc):
        return found
    if _worth_owner(doc, start) is not None:
        return found
    if doc[found.head].lemma_.lower() not in features["money_holders"]:
        return found
    owner = _sum_owner(doc, start)
    if owner is not None:  # 'held client assets of $2m in 40 accounts': the assets (the span
        last = doc[after - 1]  # ends at the sum: the accounts may be counted on their own)
        return Item(owner[0], last.idx + len(last), owner[2], True, after)
    return found._replace(text=str(features["money_item"]))


def _summed_things(doc: Doc, start: int, after: int) -> tuple[str, int, int] | None:
    """The things a participle of item_features summing_lemmas sums into the sum it takes
    ('fines totalling $2m': the fines; 'identified 37 payments, totalling $4.8m', 'paid
    allowances to 900 staff, amounting to EUR 2m': the payments, the allowances): the noun it
    hangs on, or as an adverbial clause its verb's object."""
    units = load_data("units")
    tok = doc[after - 1]
    while (
        tok.head != tok
        and tok.head.i < after
        and (tok.head.i >= start or tok.head.lower_ in units["prefix_codes"])
    ):
        tok = tok.head  # 'EUR 2.3 million' parsed on the code
    if tok.dep_ == "pobj" and tok.head.lower_ in words()["level_preps"]:
        tok = tok.head  # 'amounting to'
    part = tok.head
    if tok.dep_ not in ("dobj", "prep", "npadvmod") or part.tag_ not in ("VBG", "VBN"):
        return None
    if part.lemma_.lower() not in load_data("item_features")["summing_lemmas"]:
        return None
    if part.dep_ == "acl":
        noun: Token | None = part.head
    elif part.dep_ == "advcl" and doc[part.i - 1].text == ",":
        noun = next((c for c in part.head.children if c.dep_ in ("dobj", "nsubjpass")), None)
    else:
        return None
    if noun is None or noun.pos_ != "NOUN" or noun.i > part.i or is_agent(noun):
        return None
    holders = load_data("item_features")["money_holders"]
    if noun.lemma_.lower() in holders or noun.lower_ in words()["wrapper_nouns"]:
        return None
    if noun.lower_ in words()["not_items"]:
        return None
    return phrase_of(doc, noun)


def _sum_owner(doc: Doc, start: int) -> tuple[str, int, int] | None:
    """The common noun a sum is the amount of, joined by 'of' right before the sum's bound words
    and currency ('savings of about EUR 2m', 'client assets of $900,000'): what the sum counts,
    where an 'in' phrase after it only says what holds it. A holder itself ('accounts of $2m')
    or an agent names no such thing."""
    j = start - 1
    codes = load_data("units")["prefix_codes"]
    while j > 0 and (
        doc[j].pos_ in ("ADV", "SYM", "DET") or doc[j].dep_ == "quantmod" or doc[j].lower_ in codes
    ):
        j -= 1  # 'of about', 'of more than', 'of US$'
    if j < 1 or doc[j].lower_ not in words()["partitive_preps"] or doc[j].dep_ != "prep":
        return None
    noun = doc[j - 1]
    if noun.pos_ != "NOUN" or doc[j].head != noun or is_agent(noun):
        return None
    holders = load_data("item_features")["money_holders"]
    if noun.lemma_.lower() in holders or noun.lower_ in words()["not_items"]:
        return None
    return phrase_of(doc, noun)


def _bare_currency(doc: Doc, start: int, after: int, unit: str | None) -> Item | None:
    """A figure with no unit before a currency word that names no one currency (units.json
    qualified_only: 'dinars', 'crowns', when the article never says whose) is a sum all the
    same: what it counts is read as for any sum (the verb's money noun, its 'in' phrase), and
    never the currency word itself (item_features money_item when nothing else names it)."""
    if unit is not None or after >= len(doc):
        return None
    if doc[after].lower_ not in load_data("units")["qualified_only"]:
        return None
    features = load_data("item_features")
    code = str(features["bare_currency"])
    found = _rule_item(doc, start, after + 1, after + 1, code)
    cur = doc[after]
    if found is None or found.text == cur.lower_:
        return Item(str(features["money_item"]), cur.idx + len(cur), after, False, after + 1)
    found = _held_sum(
        doc, found, code, start, after + 1
    )  # the span still reaches the currency word
    return found._replace(end_char=max(found.end_char, cur.idx + len(cur)))


def _label_below(doc: Doc, start: int, after: int) -> Item | None:
    """A figure that opens its paragraph right before a capitalised noun phrase: a figure line
    read with the line under it that names it (a by-the-numbers page: 'EUR 3.2 billion' over
    'Farm exports in the first half, ...', claims.extract.chunking): that noun phrase, up to its
    first word of another kind, names what the figure counts ('Share' of 'Share of exports')."""
    if after < len(doc) and doc[after].is_space and doc[after].text == "\n":
        after += 1  # the label line as written under its figure
    if after >= len(doc) or any(t.is_alpha for t in doc[:start]):
        return None
    label = doc[after:]
    if not label[0].is_alpha or not label[0].text[0].isupper() or is_title_case(label[0].sent):
        return None  # not a headline's capitals: 'US$3bn Deal Signed'
    cut = 0
    while cut < min(len(label), 8) and (
        label[cut].pos_ in ("NOUN", "PROPN", "ADJ")
        or label[cut].tag_ == "POS"
        or _glued_hyphen(doc, label[cut].i)
        or (cut > 0 and _glued_hyphen(doc, label[cut].i - 1))
    ):
        cut += 1
    while cut and label[cut - 1].pos_ != "NOUN":
        cut -= 1
    if not cut:
        return None
    head = label[cut - 1]
    return Item(doc[after : head.i + 1].text.lower(), head.idx + len(head), head.i, True, after)


def _qualified_head(doc: Doc, found: Item, start: int) -> Item:
    """'Income after levies reached $9m', 'margin before charges slipped to 4%': a noun
    that one of accounting_preps joins to the noun before it only qualifies that noun, which is
    what the figure measures; the item is the whole phrase, headed by the noun before."""
    noun = doc[found.head]
    prep = noun.head
    if noun.dep_ not in ("pobj", "conj") or noun.i >= start:
        return found
    if noun.dep_ == "conj":  # 'before interest and tax'
        prep = prep.head
    owner = prep.head
    if prep.lower_ not in words()["accounting_preps"] or prep.dep_ != "prep":
        return found
    if owner.pos_ != "NOUN" or owner.i != prep.i - 1 or noun.left_edge.i != prep.i + 1:
        return found  # only 'income after levies', the qualifier written right on its noun
    return found._replace(text=doc[owner.i : noun.i + 1].text.lower(), head=owner.i)


def row_cells(doc: Doc, start: int) -> list[tuple[int, int]] | None:
    """The cells ([first, end) token indices) of the bar-separated table row the figure at
    start stands in ('| Cargo | 21,460 t | +13.4% |', 'May | rain 62 mm | 58% of normal'), or
    None when its line holds fewer than two bars."""
    cols = columns(doc)
    first, last = cols.line_start(start), cols.next_break(start)
    last = min(len(doc), last + 1)
    bars = [i for i in range(first, last) if cols.text[i] == "|"]
    if len(bars) < 2:
        return None
    edges = [first - 1, *bars, last]
    return [(a + 1, b) for a, b in itertools.pairwise(edges) if b > a + 1]


def _cell_label(doc: Doc, first: int, end: int) -> list[Token]:
    """The words of a table cell before its first figure: what the cell's figure measures
    ('rain' in 'rain 62 mm'), none for a cell that names a period ('May 2025'). Words in
    brackets only qualify the label ('Transfer fee (online)'): they are left out."""
    label: list[Token] = []
    depth = 0
    for t in doc[first:end]:
        if t.like_num or HAS_DIGIT.search(t.text):
            break
        depth += (t.text == "(") - (t.text == ")")
        if t.is_alpha and depth <= 0:
            label.append(t)
    months = load_data("dates")["months"]
    if any(t.lower_ in months for t in label):
        return []
    return _without_bound(label)


def _without_bound(label: list[Token]) -> list[Token]:
    """A cell's words before its figure less a bound phrase that ends them ('fines up to' of
    'fines up to EUR 3m', 'up to' of 'up to J$5,000 per day'): the bound is the figure's, and
    what is left names the thing, if anything."""
    words_ = [t.lower_ for t in label]
    phrases = sorted(load_data("bounds")["before"], key=lambda p: -len(p.split()))
    for phrase in phrases:
        parts = phrase.split()
        if len(parts) <= len(words_) and words_[len(words_) - len(parts) :] == parts:
            label = label[: len(label) - len(parts)]
            break
    while label and label[-1].pos_ in ("ADP", "DET", "CCONJ"):
        label = label[:-1]  # 'surcharge of at least $400': the surcharge
    return label


def _pipe_cell_item(
    doc: Doc, start: int, end: int, found: Item | None, unit: str | None
) -> Item | None:
    """In a bar-separated table row, the words before the figure in its own cell, else those of
    the nearest cell before it that names something ('| Cargo | 21,460 tonnes | +13.4% |':
    cargo; 'May | rain 62 mm | 58% of normal': rain), name what it measures when the rules
    found nothing written in the row, only its unit, or words of another cell after it."""
    cells = row_cells(doc, start)
    if cells is None:
        return found
    own = next((c for c in cells if c[0] <= start < c[1]), None)
    if own is None:
        return found
    written = [t for t in doc[own[0] : start] if t.is_alpha]
    stated = bool(written) and all(t.lower_ in words()["state_labels"] for t in written)
    if stated:  # 'current: $40 | was $35': the cell says when the figure holds, and the row's
        found = None  # name says what it is
    elif any(t.text in words()["label_separators"] for t in doc[own[0] : start]):
        return found  # 'Killed: 12 | Injured: 40': a label line's cell, read as a label line
    row_words = {t.lower_ for t in doc[cells[0][0] : cells[-1][1]]}
    if found is not None:
        words_ = found.text.split()
        unit_words = load_data("units")["words"]
        junk = not words_ or "|" in words_ or found.text in unit_words
        junk = junk or found.text == (unit or "").lower() or words_[-1] not in row_words
        junk = junk or found.head >= own[1]  # a word of the next cell
        junk = junk or not _without_bound([doc[found.head]])  # 'about' of 'about 4,000 t
        if not junk:
            return found
    label = [] if stated else _without_bound(written)
    if label and any(t.lower_ in load_data("dates")["months"] for t in label):
        label = []
    for first, cell_end in reversed([c for c in cells if c[1] <= own[0]]):
        if label:
            break
        label = _cell_label(doc, first, cell_end)
    if not label:
        return found
    figure_end = doc[end - 1].idx + len(doc[end - 1])
    resume = found.resume if found is not None and found.resume <= own[1] else end
    text = " ".join(t.lower_ for t in label)
    return Item(text, figure_end, label[-1].i, True, resume)


def _speed_of(doc: Doc, found: Item, start: int) -> Item:
    """'the storm is moving west at 15 km/h': a speed (item_features speed_units) after 'at' on a
    verb of motion measures the speed of what moves, not the mover, its bearing or the unit."""
    features = load_data("item_features")
    written = doc_text(doc)[doc[start].idx : doc[start].idx + 24].lower()
    unit = re.match(r"[\d.,]+\s?([a-z/]+)", written)
    if unit is None or unit.group(1) not in features["speed_units"]:
        return found
    preps = features["speed_preps"]
    prep = next((t for t in reversed(doc[max(0, start - 3) : start]) if t.lower_ in preps), None)
    if prep is None or prep.head.lemma_.lower() not in features["motion_lemmas"]:
        return found
    return found._replace(text=str(features["speed_item"]))


def _unit_named(doc: Doc, found: Item, unit: str | None) -> Item:
    """An item that is only a unit word ('fell to minus 4 degrees', 'only 9 mm came down') or
    its unit's own letter ('hit 51°C') names what such a figure measures (item_features
    unit_named_items, unit_named_units): the unit is never the item."""
    features = load_data("item_features")
    named = features["unit_named_items"]
    by_unit = features["unit_named_units"]
    if unit is not None and unit in by_unit and _read_where(doc, found, unit):
        return found._replace(text=str(by_unit[unit]))
    if found.text not in named:
        return found
    return found._replace(text=str(named[found.text]))


def _read_where(doc: Doc, found: Item, unit: str) -> bool:
    """Whether an item names no thing a unit of unit_named_units measures, only the unit's letter
    ('51°C': 'c') or where or on what the figure was read: a place's name ('Seville hit 46°C'),
    a reader of unit_named_readers ('the mercury topped 40°C'): a name there is a place or a
    station, never what a temperature is of."""
    if found.text == unit.lower() or found.text in load_data("item_features")["unit_named_readers"]:
        return True
    head = doc[found.head] if 0 <= found.head < len(doc) else None
    if head is None or not head.text[:1].isupper():
        return False  # a lower-case word the tagger calls a name is a common noun ('anomaly')
    return head.pos_ == "PROPN" or head.ent_type_ in ("GPE", "LOC", "FAC")


def _casualty_named(found: Item) -> Item:
    """An item that is only a casualty adjective or participle ('of the wounded', 'four were
    hurt' read back to 'the 30 hurt') is no noun phrase: it counts people ('wounded people'), as
    a tally line's does (casualty_word_item); a casualty noun ('deaths') counts itself."""
    if found.text not in words()["casualty_labels"]:
        return found
    return found._replace(text=casualty_word_item(found.text))


def _forecast_of(doc: Doc, found: Item, start: int) -> Item:
    """'raised its wheat crop forecast to 19 mt': the level a forecast noun (forecast_nouns)
    reaches measures the thing forecast, the common noun before it; CLAIMS.md's item is what is
    measured, and the forecast is only how it is known. A change of the forecast itself ('cut the
    output forecast by 90,000 t') and what a forecast is said to be ('the forecast is $5,000')
    keep the forecast."""
    head = doc[found.head]
    words_ = found.text.split()
    if len(words_) < 2 or words_[-1] != head.lower_ or head.i < 1:
        return found
    if head.i > start and not any(
        t.lower_ in words()["partitive_preps"] for t in doc[start : head.i]
    ):
        return found  # 'below the 3% median forecast': the figure is the forecast's own
    if head.lower_ not in words()["forecast_nouns"] or doc[head.i - 1].pos_ != "NOUN":
        return found
    if head.dep_ not in ("dobj", "pobj"):
        return found  # 'the price forecast was lowered to 60 c/lb': the forecast is what changed
    preps = {*words()["change_by_preps"], *words()["level_preps"]}
    prep = next((t for t in reversed(doc[max(0, start - 3) : start]) if t.lower_ in preps), None)
    if prep is not None and prep.lower_ in words()["change_by_preps"]:
        return found
    if governing_verb(doc[start]).lemma_.lower() in load_data("item_features")["copula_lemmas"]:
        return found
    k = head.i - 1
    while k > 0 and doc[k - 1].pos_ in ("NOUN", "PROPN", "ADJ") and head.i > doc[k - 1].head.i >= k:
        k -= 1  # 'its 2027 barley harvest forecast': the harvest and its good
    return found._replace(text=doc[k : head.i].text.lower(), head=head.i - 1)


def _past_misread_verb(doc: Doc, found: Item) -> Item:
    """'Zinc trades near $2,900', 'a day pass costs £9': in a clause with no verb, a plural head
    whose lemma is one of misread_verbs, after the singular noun it was read to compound, is
    the clause's verb; that noun is what the figure measures."""
    noun = misread_subject(doc, found.head)
    return found if noun is None else found._replace(text=noun[0], head=noun[2])


def misread_subject(doc: Doc, i: int) -> tuple[str, int, int] | None:
    """The noun phrase before doc[i] when doc[i] is a verb the tagger read as a plural noun
    (see `_past_misread_verb`), else None."""
    head = doc[i]
    if head.tag_ != "NNS" or head.dep_ != "ROOT" or i == 0:
        return None
    if head.lemma_.lower() not in load_data("item_features")["misread_verbs"]:
        return None
    before = doc[i - 1]
    if before.dep_ != "compound" or before.head != head or before.tag_ not in ("NN", "NNP"):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in head.sent):
        return None
    return phrase_of(doc, before)


def _distance(doc: Doc, start: int, after: int) -> bool:
    """A length that says how far: 'within 30 km', '40 km from the border', '30 miles east of',
    'some 90 km to the south', or one a travel verb governs ('the bus covers 900 km a week')."""
    dist = load_data("units")["distance"]
    if start > 0 and doc[start - 1].lower_ in dist["within"]:
        return True
    away = set(dist["after"]) | set(dist["bearings"])
    if after < len(doc) and doc[after].lower_ in away:
        return True
    ahead = {t.lower_ for t in doc[after + 1 : after + 3]}
    if after < len(doc) and doc[after].lower_ in dist["bearing_preps"] and ahead & away:
        return True
    travel = dist["travel_lemmas"]
    objects = ("dobj", "npadvmod")  # 'walked 400 km' parses as an adverbial noun
    return any(t.dep_ in objects and t.head.lemma_.lower() in travel for t in doc[start:after])


def _dimension_in(doc: Doc, after: int) -> Item | None:
    """'a reservoir 4 km2 in area', 'a wall 3 metres in height': the dimension the
    'in' phrase names is what the measure measures, not the thing that has it."""
    units = load_data("units")
    if after + 1 >= len(doc) or doc[after].lower_ not in units["dimension_preps"]:
        return None
    noun = doc[after + 1]
    if noun.lower_ not in units["dimension_nouns"]:
        return None
    return Item(noun.lower_, doc[after - 1].idx + len(doc[after - 1]), noun.i, True, after)


def toll_counted(doc: Doc, found: Item, unit: str | None) -> Item:
    """A toll counts deaths, whichever rule found it ('raised the death toll to 212')."""
    if unit in money() or unit in words()["relative_units"]:
        return found  # 'road tolls rose 10%', 'tolls of $4 a car': a fee
    if doc[found.head].lower_ in words()["toll_nouns"]:
        return found._replace(text=str(load_data("item_features")["toll_item"]))
    return found


def _rule_item(doc: Doc, start: int, end: int, after: int, unit: str | None) -> Item | None:
    time_unit = unit is not None and unit in load_data("units")["time_units"]
    if time_unit and end < len(doc) and doc[end].text == "-":
        lasting = _lasting(doc, after)  # 'a four-day conference': the conference lasts four days
        if lasting is not None:
            return Item(lasting[0], lasting[1], lasting[2], True, lasting[2] + 1)
        return unit_item(doc, after, str(unit))  # 'a six-month high', 'the 10-year'
    genitive = time_unit and after + 1 < len(doc) and doc[after].text in ("'", "’", "'s", "’s")
    worth = of_phrase(doc, after + 1, ("worth",), common=True) if genitive else None
    owned = worth or (noun_after(doc, after + 1) if genitive else None)
    if owned is not None and not worth and owned[2] != after + 1:
        noun = doc[after + 1]  # 'five years' imprisonment and a fine': the first noun only
        owned = (noun.lower_, noun.idx + len(noun), noun.i) if noun.pos_ == "NOUN" else None
    if owned is not None:  # 'ten years' imprisonment', 'a month's worth of oil'
        return Item(owned[0], owned[1], owned[2], True, owned[2] + 1)
    dist = load_data("units")["distance"]
    if unit in dist["units"] and _distance(doc, start, after):
        last = doc[after - 1]  # '40 km from the border', 'within 30 km of the frontier'
        return Item(str(dist["item"]), last.idx + len(last), last.i, True, after)
    glued_craft = (
        unit in load_data("units")["craft_length_units"] and doc[after - 1].text[-1:].isalpha()
    )
    craft = _craft_of(doc, after - 1, after) if glued_craft and after < len(doc) else None
    if craft is not None and craft.head == after:  # 'a 60m yacht': the yacht's length
        return craft
    dimension = _dimension_in(doc, after) if unit is not None else None
    if dimension is not None:
        return dimension
    if unit is not None and unit in load_data("units")["unit_items"]:
        counted = of_phrase(doc, after)  # '90,000 TEU of capacity'; else the containers the
        if counted is not None:  # unit sizes, not the port or line that moved them
            return Item(counted[0], counted[1], counted[2], True, after)
        holder = label_of(doc, start)  # 'Container throughput' over 'March: 210,000 TEU'
        sized = str(load_data("units")["unit_items"][unit]).rstrip("s")
        if holder is None or sized not in holder[0]:
            holder = subject_noun(doc, start)  # 'container volumes reached 14 million TEU'
        if holder is not None and sized in holder[0]:
            return Item(holder[0], holder[1], holder[2], True, after)
        measured = _governing_noun(doc, start, after) or _level_subject(doc, start)
        if measured is not None:  # 'capacity of 2 million TEU', 'deliveries will reach 3m TEU'
            return Item(measured[0], measured[1], measured[2], True, after)
        return unit_item(doc, after, unit)
    dims = load_data("units")["dimensions"]
    glued = after + 1 < len(doc) and _inside_word(doc[after + 1])  # 'a 300km high-speed line'
    if unit is not None and after < len(doc) and doc[after].lower_ in dims and not glued:
        word = dims[doc[after].lower_]  # '240 feet wide': its width
        return Item(word, doc[after].idx + len(doc[after]), after, True, after + 1)
    if unit is not None and not time_unit:
        compound = _hyphen_modified(doc, after)
        if compound is not None:  # 'a $5-a-day entry fee': the fee
            return Item(compound[0], compound[1], compound[2], True, compound[2] + 1)
        based = _currency_base(doc, after) if unit in money() else None
        if based is not None:  # 'KES 129 to the dollar': an exchange rate, not a destination
            rate = _governing_noun(doc, start, after) or label_of(doc, start)
            last = doc[based - 1]
            if rate is None:
                return Item(
                    str(words()["exchange_rate_item"]),
                    last.idx + len(last),
                    after - 1,
                    False,
                    based,
                )
            return Item(rate[0], last.idx + len(last), rate[2], True, based)
        valued = _worth_owner(doc, start) if unit in money() else None
        if valued is not None:  # 'shipments worth a combined USD 2.4 billion': the cargoes
            return Item(valued[0], doc[after - 1].idx + len(doc[after - 1]), valued[2], True, after)
        summed = _summed_things(doc, start, after) if unit in money() else None
        if summed is not None:  # '37 payments, totalling $4.8m': the payments
            return Item(summed[0], doc[after - 1].idx + len(doc[after - 1]), summed[2], True, after)
        budgeted = _passive_measure(doc, start) if unit in money() else None
        if budgeted is not None:  # 'the bridge is budgeted at $40m': the bridge's budget
            last = doc[after - 1]
            return Item(budgeted[0], last.idx + len(last), budgeted[2], True, after)
        unit_of = _unit_subject_good(doc, start) if unit in money() else None
        if unit_of is not None:  # 'a kilo of saffron sells for $900': the saffron, per kilo
            last = doc[after - 1]
            return Item(unit_of[0], last.idx + len(last), unit_of[2], True, after)
        aside = _past_brackets(doc, after) if unit in money() else after
        rated = unit in money() and _unit_priced(doc, after)
        spent = of_phrase(doc, aside, ("in",), common=True) if unit in money() else None
        if rated and spent is not None and not _is_good_word(doc[spent[2]].lower_):
            spent = None  # '$80 a barrel in Asian trade': where it is priced, not a good
        if spent is not None:  # 'collected $300 million in fines', '... ($65 million) in aid'
            last = doc[after - 1]  # the span stays off a bracketed figure
            end_char = spent[1] if aside == after else last.idx + len(last)
            return Item(spent[0], end_char, spent[2], True, after)
        source = _earned_from(doc, start, after) if unit in money() else None
        if source is not None:  # 'earned $2bn from copper exports': the exports, not earnings
            return Item(source[0], doc[after - 1].idx + len(doc[after - 1]), source[2], True, after)
        good = _misread_rate_verb(doc, start, after) if rated else None
        if good is not None:  # 'bottled water cost €2 a litre' read with 'cost' a noun: the water
            return Item(good[0], doc[after - 1].idx + len(doc[after - 1]), good[2], True, after)
        paid = (
            (_money_verb(doc, start, after) or _sum_undergoes(doc, after))
            if unit in money()
            else None
        )
        bought = paid is not None and rated  # 'paid $3 a kilo for beans': the beans, priced
        meant = _purpose_for(doc, aside) if paid in _purpose_for_items() or bought else None
        if meant is not None:  # 'announced $3m for school roofs': the roofs, not 'funding'
            last = doc[after - 1]
            end_char = meant[1] if aside == after else last.idx + len(last)
            return Item(meant[0], end_char, meant[2], True, after)
        if paid is not None:
            return Item(paid, doc[after - 1].idx + len(doc[after - 1]), after - 1, False, after)
        bound_for = _destination(doc, start, after) if unit in money() else None
        if bound_for is not None:  # 'SEK 2 billion will go to demining'
            return Item(bound_for[0], bound_for[1], bound_for[2], True, after)
        if unit in money() and _purpose(doc, start, after):  # 'EUR 4 million will hire staff'
            last = doc[after - 1]
            return Item(str(words()["purpose_item"]), last.idx + len(last), after - 1, False, after)
        placed = _place_row(doc, start)
        if placed is not None:  # 'Norway 1,810 kt | y/y +2%' under 'Crude output': the output
            return Item(placed[0], placed[1], placed[2], True, after)
        relative = words()["relative_units"]  # 'Idle fleet: 0.6% of capacity': the fleet;
        # 'Load: 12,000 tonnes of coal': the steel, a measure's 'of' phrase names the good
        by_change = (
            (_object_changed_by(doc, start) or _changed_object(doc, after))
            if unit in relative
            else None
        )
        if unit in relative and _share_of_pronoun(doc, after):
            return unit_item(doc, after, unit)  # '40% of them at night': the figure before's
        ownership = _owned_share(doc, start, after) if unit in relative else None
        if ownership is not None:  # 'the mill, owned 60% by a state fund': its ownership
            return ownership
        share_whole = _whole_of_share(doc, after) if unit in relative else None
        fronted = _fronted_partitive(doc, start) if unit == "%" else None
        found = (
            headline_subject(doc, start)
            or by_change
            or fronted  # 'Of the 900 files, 30% were lost': a share of the files
            or (
                label_of(doc, start, periods=False)
                if unit in relative and not share_whole
                else None
            )
            or _row_name(doc, start, unit)
            or _more_of(doc, after, unit)
            or of_phrase(doc, _past_brackets(doc, after))  # '3 gigawatts (GW) of capacity'
            or _reference(doc, after, unit)
            or label_of(doc, start)
            or _modified_noun(doc, after)
            or _governing_noun(doc, start, after)
            or _participle_owner(doc, start, after)
            or _change_level(doc, start, after)
            or _verbless_change(doc, start, after)
        )
        if found is not None and unit in money() and _measure_figure(doc[found[2]]):
            found = _figure_thing(doc, doc[found[2]])  # 'exports total 2m tonnes worth $5bn':
            # the tonnes are a figure, what they measure is what the sum is the value of
        if found is None and unit in money():
            found = of_phrase(doc, aside, MONEY_PREPS, common=True)
            if rated and found is not None and not _is_good_word(doc[found[2]].lower_):
                found = None  # a unit price's 'for' or 'in' phrase that names no good says
                # when or where ('EUR 40 a tonne for the second week running'), not what is paid for
            found = _listed_head(doc, found) if found is not None else None  # 'for roof, ...'
            if found is not None and aside != after:  # the span stays off the bracketed figure
                found = (found[0], doc[after - 1].idx + len(doc[after - 1]), found[2])
        if found is None and unit not in money() and unit not in words()["relative_units"]:
            sold = traded(doc, after, start)  # 'the mill produced 2 million tonnes': the steel
            if sold is not None:  # named before, else what the verb names
                return Item(sold, doc[after - 1].idx + len(doc[after - 1]), after - 1, False, after)
        subject = (
            (_raised_object(doc, start) or subject_noun(doc, start)) if found is None else None
        )
        if subject is not None and is_agent(doc[subject[2]]) and not _complement_state(doc, start):
            subject = None  # 'analysts expect EUR 14 billion': who expects it, not what it measures
        if subject is not None and _rating(doc, start, unit):
            subject = None  # 'the line can carry 900 MW': its capacity (the unit's), not the line
        found = _share_of(doc, found or subject)
        found = _good_priced(doc, found) if unit in money() else found  # not '15% below a price'
        if found is not None and start - 1 <= found[2] < after:
            found = None  # 'A further USD 2.3bn was disbursed': the subject is the sum itself
        kind = found is not None and doc[found[2]].lower_ in words()["measure_nouns"]
        raised = _raised_object(doc, start) if kind else None
        kind = kind and (raised is None or found is None or raised[2] != found[2])
        if found is not None and kind and found is not by_change:  # not 'raised a forecast by 4%',
            # nor 'lifted its forecast to 4%'
            subject = subject_noun(doc, start)  # 'inflation dropped to a low of 3.1%'
            found = subject if subject is not None and subject[2] != found[2] else found
        if found is not None and found[2] < start:  # 'the 4% rise in rents took them to $9'
            found = _changed_thing(doc, doc[found[2]]) or found
        if found is not None and unit == "%" and doc[found[2]].lower_ in words()["base_nouns"]:
            return _against_base(doc, start, after, found)
        if found is not None:
            return Item(found[0], found[1], found[2], True, after)
        return unit_item(doc, after, unit)
    hyphened = _craft_length(doc, after) or _measured_by_hyphen(doc, after)
    if hyphened is not None:  # 'a 42-metre patrol boat': the boat's length, it counts nothing
        return hyphened
    headline = headline_subject(doc, start)
    bare = after >= len(doc) or not doc[after].is_alpha or doc[after].lower_ in HEADLINE_SMALL
    # in a headline's capitals the counted noun is tagged as a name: 'TORIES LOSE 11 SEATS'
    found = (
        noun_after(doc, after, proper=headline is not None)
        if headline is None or not bare
        else None
    )
    if found is not None and time_unit and found[2] >= after:
        found = None  # 'extends by five years the curbs on ...': the years are what is counted
    lettered = found is not None and len(doc[found[2]].text) == 1 and doc[found[2]].is_alpha
    if lettered and label_of(doc, start) is not None:
        found = None  # 'Beam: 9 m': a letter left unread as a unit names nothing; the label does
    if found is not None and doc[found[2]].lower_ in words()["pro_nouns"]:
        meant = _counted_before(doc, start)  # 'repair 30 old ones': the schools counted before
        found = (meant[0], found[1], found[2]) if meant is not None else found
    said = _people_predicate(doc, doc[found[2]]) if found is not None else None
    if found is not None and said is not None:  # '9,000 Syrians are refugees': the refugees
        found = (said[0], found[1], found[2])
    periods = load_data("units")["time_units"]
    spaced = found is not None and found[2] == after and f"{doc[after].lower_}s" in periods
    if (
        found is not None
        and found[2] == after + 1
        and doc[after].lower_ in load_data("item_features")["more_words"]
    ):
        word = doc[found[2]].lower_  # 'for three more months', read with no unit
        spaced = word in periods or f"{word}s" in periods
    if found is not None and spaced:
        timed = _term_of(doc, start, found[2] + 1)  # 'jail for one year', 'one year of war'
        if timed is not None:
            return timed
    head_word = doc[found[2]].lower_ if found is not None else ""
    bare = found is not None and not any(
        t.is_alpha and not _inside_word(t) for t in doc[after : found[2]]
    )  # no noun before the measure word: '2 million bags', '60-kg bags', not 'jute bags'
    loose = bare and head_word in words()["bare_measures"]  # '9,000 units', not 'housing units'
    measures = load_data("item_features")["measure_words"]  # '2.1 million hectolitres'
    packed = head_word in load_data("item_features")["package_measures"]
    packed = packed and found is not None and of_phrase(doc, found[2] + 1) is not None
    if (
        found is not None
        and not packed  # '4,000 cartons of cigarettes': the cartons are what is counted
        and (head_word in words()["of_measures"] or head_word in measures or loose)
    ):
        measure = doc[found[2]]
        good = of_phrase(doc, measure.i + 1)  # '300 pounds of cocaine': the cocaine
        owner = None if good or loose else _governing_noun(doc, start, measure.i + 1)
        if owner is not None and is_agent(doc[owner[2]]):
            owner = None  # 'limited shoppers to two cartons': the cartons, not who buys them
        if owner is not None:  # 'raised their position to 900 lots': the position
            return Item(owner[0], measure.idx + len(measure), owner[2], True, measure.i + 1)
        level = None if good or not bare else _measure_level(doc, start, measure)
        if level is not None:  # 'exports fell to 2 million bags': the exports
            return Item(level[0], measure.idx + len(measure), level[2], True, measure.i + 1)
        label = label_of(doc, start) if loose and not good else None
        if label is not None:  # 'New cars: 61,720 units': the label names what they count
            return Item(label[0], measure.idx + len(measure), label[2], True, measure.i + 1)
        weighed = head_word in measures and not loose  # a weight or volume, not '40,000 bags'
        sold = None if good or not weighed else traded(doc, measure.i + 1, start)
        if sold is not None:  # 'the mines sold 9 million carats': the gems named before
            return Item(sold, measure.idx + len(measure), measure.i, False, measure.i + 1)
        found = good if good is not None else found
    scale = found is not None and doc[found[2]].lower_ in words()["scale_nouns"]
    scale = scale or (found is not None and doc[found[2]].lower_ in measures)  # 'Cellar: 3 hl'
    counted = load_data("item_features")["counted_units"]  # 'Warehouse stocks: 9,000 bales'
    scale = scale or (found is not None and doc[found[2]].lower_ in counted)
    labelled = label_of(doc, start) if found is not None and scale else None
    if found is not None and labelled is not None:  # 'Price index: 1,870 points': the index,
        return Item(labelled[0], found[1], labelled[2], True, found[2] + 1)
    if found is not None:
        return Item(found[0], found[1], found[2], True, found[2] + 1)
    apposed = _apposed_count(doc, start, end) if found is None else None
    if apposed is not None:  # '410 jobs: 240 in Asti and 170 in Spain': the jobs, by place
        return Item(apposed[0], doc[end - 1].idx + len(doc[end - 1]), apposed[2], True, end)
    if headline is not None:  # 'Death Toll Rises To 24 As Rivers Recede'
        return Item(headline[0], doc[end - 1].idx + len(doc[end - 1]), headline[2], True, end)
    placed = _place_row(doc, start) if start > 0 and doc[start - 1].text == ":" else None
    if placed is not None:  # 'Osh: 42,700' under 'Shipments by district': the deliveries
        return Item(placed[0], doc[end - 1].idx + len(doc[end - 1]), placed[2], True, end)
    label = _share_of(doc, label_of(doc, start))  # 'Number of branches: 14': the stops
    if label is not None:  # 'Crew: 24', 'Killed: 12 |'
        return Item(label[0], doc[end - 1].idx + len(doc[end - 1]), label[2], True, end)
    if time_unit:
        timed = _term_of(doc, start, after)
        return timed if timed is not None else unit_item(doc, after, str(unit))
    named_as = _predicate_noun(doc, start, end)
    if named_as is not None:  # 'two of the crew were trainee divers': the welders
        return Item(named_as[0], doc[end - 1].idx + len(doc[end - 1]), named_as[2], True, end)
    pronoun = end + 1 < len(doc) and doc[end + 1].lower_ in words()["pronoun_partitives"]
    named = end + 2 < len(doc) and doc[end + 2].pos_ in ("NOUN", "ADJ")  # 'eight of them minors'
    # 'launched 4,310 of them, a record': what 'them' stands for, found below
    bare_pronoun = pronoun and not named
    partitive = None if bare_pronoun else of_phrase(doc, end) or _of_casualties(doc, end)
    if partitive is not None:  # '52 of the 60 missiles': the scan goes on to count the 60;
        whole = [t for t in doc[end : partitive[2]] if t.like_num]  # the span reaches its number,
        last = whole[-1] if whole else doc[end - 1]  # the noun stays with the count of the whole
        return Item(partitive[0], last.idx + len(last), partitive[2], True, end)
    owner = _share_of(doc, _governing_noun(doc, start, end, verbs=False))
    if owner is not None and doc[owner[2]].lower_ in words()["fractions"]:
        owner = None  # 'a third of the two million pledged': a figure of its own, counted below
    if owner is not None and doc[owner[2]].lower_ in words()["measure_nouns"]:
        owner = subject_noun(doc, start) or owner  # 'the lira hit a record low of 41,500'
    if owner is not None and doc[owner[2]].lower_ in words()["settlement_nouns"]:
        owner = (str(words()["settlement_item"]), owner[1], owner[2])  # 'a town of 40,000'
    if owner is not None:  # 'put the number of casualties at 3,000': the casualties
        return Item(owner[0], owner[1], owner[2], False, end)
    changed = _changed_by(doc, start)
    if changed is not None:  # 'payrolls fell by 109,000': what changed is what is counted
        return Item(changed[0], doc[end - 1].idx + len(doc[end - 1]), changed[2], False, end)
    fronted = _fronted_partitive(doc, start)
    if fronted is not None:  # 'Of the aircraft, 32 crossed the line': the aircraft
        return Item(fronted[0], doc[end - 1].idx + len(doc[end - 1]), fronted[2], True, end)
    elided = _share_of(doc, elided_item(doc, start, end))  # 'nurses, whose numbers rose to 900'
    if elided is not None:
        return Item(elided[0], doc[end - 1].idx + len(doc[end - 1]), elided[2], False, end)
    return None


def _owned_share(doc: Doc, start: int, after: int) -> Item | None:
    """A share a passive participle of item_features ownership_lemmas governs, with no 'of'
    phrase after it ('the port, owned 51% by the city and 49% by a shipping group', 'firms
    owned 25 percent or more by a listed person'): the owner's part of the owned thing, its
    ownership (item_features ownership_item), not what the clause is about."""
    features = load_data("item_features")
    verb = governing_verb(doc[start])
    if verb.lemma_.lower() not in features["ownership_lemmas"]:
        return None
    agent = any(
        c.i >= after and c.lower_ in features["ownership_agent_preps"] for c in verb.children
    )
    if verb.tag_ != "VBN" and not agent:  # 'owned 25 percent or more by', read as a past tense
        return None
    if of_phrase(doc, after) is not None:
        return None
    last = doc[after - 1]
    return Item(str(features["ownership_item"]), last.idx + len(last), last.i, False, after)


def _share_of_pronoun(doc: Doc, after: int) -> bool:
    """'900 raids, roughly 40% of them at night', 'about 70% of those in the north': a share of a
    plural pronoun (quantity_words plural_partitives) with no noun after it to say what the share
    is is a share of what the figure before counted (claims.extract.quantities.finder reads it
    as compared with that figure), not of the clause's subject."""
    if after + 1 >= len(doc) or doc[after].lower_ not in words()["partitive_preps"]:
        return False
    if doc[after + 1].lower_ not in words()["plural_partitives"]:
        return False
    nxt = doc[after + 2] if after + 2 < len(doc) else None
    return nxt is None or nxt.pos_ in ("ADP", "ADV", "PUNCT", "SCONJ")


def _craft_length(doc: Doc, after: int) -> Item | None:
    """A length written on with a hyphen before a vessel ('a 42-metre patrol boat', 'the 76-foot
    trawler') or a named craft whose kind the sentence names ('the 64-metre Aurelia, the biggest
    yacht'): the craft's length."""
    units = load_data("units")
    if after + 2 >= len(doc) or doc[after].text != "-" or doc[after - 1].whitespace_:
        return None
    if units["words"].get(doc[after + 1].lower_) not in units["craft_length_units"]:
        return None
    return _craft_of(doc, after, after + 2)


def _measured_by_hyphen(doc: Doc, after: int) -> Item | None:
    """A measure written on with a hyphen before a common noun ('a 90-metre seawall', 'the
    12-kilometre bypass road'): the noun is what the measure sizes, not the unit word."""
    units = load_data("units")
    if after + 2 >= len(doc) or doc[after].text != "-" or doc[after - 1].whitespace_:
        return None
    if doc[after + 1].lower_ not in units["words"] or doc[after + 1].whitespace_ == "":
        return None
    found = noun_after(doc, after + 2, proper=True)
    if found is None or found[2] - after > 5 or doc[found[2]].pos_ != "NOUN":
        return None
    if doc[found[2]].lower_ in words()["not_items"]:
        return None
    return Item(found[0], found[1], found[2], True, found[2] + 1)


def _craft_of(doc: Doc, after: int, first: int) -> Item | None:
    """The craft whose length the figure before token `first` states: a vessel noun phrase, or
    a named craft whose kind its sentence names."""
    found = noun_after(doc, first, proper=True)
    if found is None or found[2] - after > 5:
        return None
    head = doc[found[2]]
    vessel = kind_of_word().get(head.lower_) == "vessel"
    if not vessel and head.pos_ != "PROPN":
        return None
    craft = found[0]
    if not vessel:  # a named craft: the kind its sentence names
        kind = next((t for t in head.sent if kind_of_word().get(t.lower_) == "vessel"), None)
        if kind is None:
            return None
        craft = kind.lemma_.lower()
    return Item(f"{craft} length", found[1], found[2], True, found[2] + 1)


def _complement_state(doc: Doc, start: int) -> bool:
    """'The plant is 60% complete', 'the firm was 30% owned by ...': a figure on the adjective
    or participle that completes a copula states how far along its subject is, even a subject
    that could act (a plant, a firm)."""
    return any(t.dep_ == "acomp" for t in doc[start].ancestors)


def _predicate_noun(doc: Doc, start: int, end: int) -> tuple[str, int, int] | None:
    """'Three of the passengers were pilots', 'six are nurses', 'two of whom were cooks':
    a bare count that is the subject of a copula whose complement is a plural noun is a count of
    what that noun names: the complement says what the counted are, CLAIMS.md's 'what is
    counted'. An adjective ('eight were local') or a place ('were in Poland') names no such thing.
    The count must break down a set its sentence names ('of the dead', 'of whom', a count
    before it): a bare 'Two are brokers' after a sanction list counts that list's targets."""
    subject = next((t for t in doc[start:end] if t.dep_ == "nsubj"), None)
    if subject is None or subject.head.i < end:
        return None
    of = [c for c in subject.children if c.lower_ in words()["partitive_preps"]]
    partitive = bool(of)
    earlier = doc[subject.sent.start : start]
    fronted = [t for t in earlier if t.lower_ in words()["partitive_preps"]]
    if any(_casualty_whole(o) for p in of + fronted for o in p.children if o.dep_ == "pobj"):
        return None  # 'five of the hurt were farm hands', 'Of the 40 hurt, six are ...'
    if not partitive and not any(
        t.like_num or t.lower_ in words()["partitive_preps"] for t in earlier
    ):
        return None
    copulas = load_data("item_features")["copula_lemmas"]
    verb = subject.head
    complement = next((c for c in verb.rights if c.dep_ == "attr"), None)
    if verb.lemma_ in copulas and verb.dep_ in ("aux", "auxpass") and verb.head.i > verb.i:
        complement = verb.head  # 'were contract welders' parsed with the noun as the root
        if complement.dep_ in ("amod", "compound") and complement.head.i > complement.i:
            complement = complement.head  # 'were hired welders': the auxiliary on the modifier
    elif verb.lemma_ not in copulas:
        copula = any(c.lemma_ in copulas and c.dep_ in ("aux", "auxpass") for c in verb.lefts)
        complement = verb if copula else None
    complement = None if complement is None else _glued_end(doc, complement)
    if complement is None or complement.tag_ not in ("NNS", "NNPS"):
        return None
    return _glued_phrase(doc, complement)


def _people_predicate(doc: Doc, noun: Token) -> tuple[str, int, int] | None:
    """'another 9,000 Syrians are refugees', 'some 40,000 people were migrants': a count of
    people named only by where they are from (a proper plural) or as people (item_features
    people_nouns), that is the subject of a copula with a plural noun complement, counts what
    the complement names: it says what the counted are, CLAIMS.md's 'what is counted'."""
    named = noun.tag_ == "NNPS" or noun.lower_ in load_data("item_features")["people_nouns"]
    if not named or noun.dep_ != "nsubj":
        return None
    verb = noun.head
    if verb.lemma_.lower() not in load_data("item_features")["copula_lemmas"]:
        return None
    complement = next((c for c in verb.rights if c.dep_ == "attr"), None)
    if complement is None or complement.tag_ != "NNS":
        return None
    return phrase_of(doc, complement)


def _casualty_whole(whole: Token) -> bool:
    """'the wounded', 'the 40 injured': a whole named by an adjective or participle is a
    casualty count, and a count broken out of it keeps that item (tests/extract/quantities)."""
    if whole.tag_ in ("JJ", "VBN"):
        return True
    return whole.like_num and any(
        c.tag_ in ("JJ", "VBN") and c.dep_ in ("acl", "amod") for c in whole.children
    )


def _apposed_count(doc: Doc, start: int, end: int) -> tuple[str, int, int] | None:
    """A bare figure set beside a counted noun, or joined to one that is, splits that count
    ('cut 410 jobs: 240 in Asti and 170 in Spain'; 'three vessels, two in port'): it counts the
    same noun."""
    tok = next((t for t in doc[start:end] if t.dep_ in ("appos", "conj")), None)
    for _ in range(4):
        if tok is None or tok.dep_ != "conj" or not tok.head.like_num:
            break
        tok = tok.head
    if tok is None or tok.dep_ != "appos" or tok.head.pos_ != "NOUN":
        return None
    noun = tok.head
    if not any(c.dep_ == "nummod" and c.like_num for c in noun.children):
        return None
    opened = tok.i == noun.i + 2 and doc[noun.i + 1].is_punct  # 'jobs: 240', 'violations, 40'
    return phrase_of(doc, noun) if opened else None


def _counted_before(doc: Doc, start: int) -> tuple[str, int, int] | None:
    """The plural noun the nearest count before `start` in its sentence counts, for a noun of
    pro_nouns that stands for it."""
    first = doc[start].sent.start
    for t in reversed(doc[first:start]):
        if t.tag_ == "NNS" and any(c.dep_ == "nummod" and c.i < t.i for c in t.children):
            return t.lower_, t.idx + len(t), t.i
    return None


def _rating(doc: Doc, start: int, unit: str) -> bool:
    """A rating a holder's verb states ('the cable carries up to 700 MW', 'the plant will
    generate 40 MW'): a unit that names what it measures, on one of the rating verbs."""
    features = load_data("item_features")
    verb = governing_verb(doc[start])
    return unit in features["unit_measures"] and verb.lemma_.lower() in features["rating_verbs"]


def _level_subject(doc: Doc, start: int) -> tuple[str, int, int] | None:
    """The subject of a level or change verb a measure is the level or change of ('deliveries
    will reach 3 million TEU', 'throughput rose by 80,000 TEU'): what the measure measures. Not
    who acts ('the port handled ...'), nor the measure itself."""
    verb = governing_verb(doc[start])
    if verb.lemma_.lower() not in words()["level_lemmas"] and direction_of(verb) is None:
        return None
    raised = _raised_object(doc, start)
    if raised is not None:  # 'the port raised its TEU target to 9 million': the target
        return raised
    subject = subject_noun(doc, start, verb)
    if subject is None or is_agent(doc[subject[2]]) or subject[2] >= start - 1:
        return None
    return subject


def _raised_object(doc: Doc, start: int) -> tuple[str, int, int] | None:
    """'the board raised its output forecast to 4 mt', 'the bank cut its key rate to 5%': the
    level that a change verb sets its object to, after a level preposition ('to', 'at'), or the
    change it makes to it ('by'), measures that object; the verb's subject only sets it."""
    preps = {*words()["level_preps"], *words()["change_by_preps"]}  # 'cut its forecast by 4%'
    lead = _past_summary(doc, start)  # 'lifted fees by an average of 7%': the same 'by' phrase
    prep = next((t for t in reversed(doc[max(0, lead - 3) : lead]) if t.lower_ in preps), None)
    if prep is None:
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or direction_of(verb) is None:
        return None
    kinds = ("NOUN", "VERB")  # the parser may tag a noun object as a verb ('our demand forecast')
    obj = next(
        (c for c in verb.children if c.dep_ == "dobj" and c.pos_ in kinds and c.i < prep.i), None
    )
    if obj is None or is_agent(obj) or _measure_figure(obj) or _counted(obj):
        return None  # not 'slipped 0.05 zloty to 4.31 zloty', 'gained 3.4% to CNY 12,300', 'eased
        # 12 basis points to 7.6%': a figure of its own
    return phrase_of(doc, obj)


def _past_summary(doc: Doc, start: int) -> int:
    """Where the amount's phrase opens once a summary noun that only frames it is passed ('by an
    average of 7%', 'to a total of 40'): the noun (antecedent_nouns) and its 'of' stand between
    the preposition and the figure, and the preposition still governs the figure's change or
    level. Else `start`."""
    of = start - 1
    if of < 1 or doc[of].lower_ not in words()["partitive_preps"]:
        return start
    noun = doc[of - 1]
    if noun.lower_ not in words()["antecedent_nouns"] or noun.dep_ != "pobj":
        return start
    dets = [c for c in noun.lefts if c.dep_ == "det"]
    return dets[0].i if dets else noun.i


def _framed(tok: Token) -> Token:
    """The summary noun that frames an amount in a change's 'by' phrase ('by an average of 7%',
    'by a total of 300'): it stands in the amount's place in the parse, so the change reads
    through it. Else the amount's own token."""
    frame = tok.head.head
    if tok.dep_ != "pobj" or tok.head.lower_ not in words()["partitive_preps"]:
        return tok
    if frame.lower_ not in words()["antecedent_nouns"] or frame.dep_ != "pobj":
        return tok
    return frame if frame.head.lower_ in words()["change_by_preps"] else tok


def _term_of(doc: Doc, start: int, after: int) -> Item | None:
    """What a stretch of time doc[start:after] measures, when the text names it: the penalty
    ('ten years in prison'), the noun a participle on it
    describes ('the hearing, lasting four hours'; not 'curbs imposed for ten years', which keep
    their years) or the subject of the level it is ('the wait rose to six days'). An 'of'
    phrase names the event the time measures ('20 hours of talks': the talks)."""
    last = doc[after - 1]
    spent = of_phrase(doc, after, common=True)
    if spent is not None:  # 'after 20 hours of talks': the talks, the event the hours measure
        return Item(spent[0], spent[1], spent[2], True, after)
    measured = _penalty(doc, start, after)
    if measured is None and last.dep_ != "pobj":
        measured = _participle_owner(doc, start, after)
    measured = measured or _measure_level(doc, start, last, time=True)
    if measured is None:
        return None
    return Item(measured[0], max(measured[1], last.idx + len(last)), measured[2], True, after)


def _measure_level(
    doc: Doc, start: int, measure: Token, time: bool = False
) -> tuple[str, int, int] | None:
    """What a bare measure word or time unit after a number measures when its clause states a
    level or change of something ('exports fell to 2 million bags', 'temperatures climbed above
    40 degrees', 'the wait rose to six days', 'the blackout lasted nine hours'): the subject of the
    verb, when the measure is that verb's level (after 'to', 'at', 'by', 'above' ..., or its
    object), not a stretch of time the verb holds over ('prices rose for six months')."""
    prep = measure.head if measure.dep_ == "pobj" else None
    verb = prep.head if prep is not None else measure.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    preps = {*words()["level_preps"], *words()["change_by_preps"]}
    if not time:  # 'rose over the past year' is a stretch of time, 'above 40 degrees' a level
        preps |= set(words()["threshold_preps"])
    lemma = verb.lemma_.lower()
    lasting = prep is not None and prep.lower_ in load_data("item_features")["duration_preps"]
    lasting = lasting and lemma in words()["duration_lemmas"]  # 'the strike lasted for 9 days'
    if prep is not None and prep.lower_ not in preps and not lasting:
        return None
    held = lemma in words()["level_lemmas"] or lemma in words()["duration_lemmas"]
    if prep is None and (measure.dep_ not in ("dobj", "attr", "npadvmod") or not held):
        return None  # 'diverting adds ten days': what adds it is no level of the days
    rated = prep is not None and prep.lower_ in words()["passive_level_preps"]
    if rated and any(c.dep_ == "auxpass" for c in verb.children):
        subject = subject_noun(doc, start, verb)  # 'the harvest is forecast at 60 million bags'
        if subject is not None and not is_agent(doc[subject[2]]) and subject[2] < start - 1:
            return subject
    level = lemma in words()["level_lemmas"] or direction_of(verb) is not None
    on_noun = verb.dep_ == "acl" and _nominal(verb.head) and verb.head.i < verb.i
    if level and on_noun and not is_agent(verb.head):  # 'with temperatures falling by 6 degrees'
        return phrase_of(doc, verb.head)
    if lemma in words()["duration_lemmas"] and (prep is None or lasting):
        subject = subject_noun(doc, start, verb)
        if subject is None or is_agent(doc[subject[2]]) or subject[2] >= start - 1:
            return None
        return subject
    return _level_subject(doc, start) if governing_verb(doc[start]) == verb else None


def _hyphen_modified(doc: Doc, after: int) -> tuple[str, int, int] | None:
    """The noun an amount written into a hyphenated modifier describes ('the $490-a-tonne
    minimum price', 'a 40-tonne truck'): what the amount measures."""
    j = after
    if j >= len(doc) or doc[j].text != "-" or doc[j - 1].whitespace_:
        return None
    while (
        j < len(doc)
        and (doc[j].text == "-" or doc[j - 1].text == "-")
        and not doc[j - 1].whitespace_
    ):
        j += 1
    found = noun_after(doc, j)
    if found is None or found[2] - j > 3 or doc[found[2]].lower_ in words()["not_items"]:
        return None
    return found


def _penalty(doc: Doc, start: int, after: int) -> tuple[str, int, int] | None:
    """The penalty a term of time measures: 'in prison' right after it, the penalty noun it is
    the 'of' phrase of ('jail of up to ten years', 'a sentence of 12 years'), or the penalty the
    verb its 'for' phrase hangs on imposes ('faces imprisonment for up to two years')."""
    nouns = words()["penalty_nouns"]
    served = after + 1 < len(doc) and doc[after].lower_ in words()["penalty_preps"]
    if served and doc[after + 1].lower_ in nouns:
        noun = doc[after + 1]
        return noun.lower_, noun.idx + len(noun), noun.i
    owner = _governing_noun(doc, start, after, verbs=False)
    if owner is not None and doc[owner[2]].lower_ in nouns:
        return owner
    term = doc[after - 1]  # 'faces imprisonment for up to two years', 'sent to jail for a year'
    if term.dep_ != "pobj" or term.head.lower_ not in words()["term_preps"]:
        return None
    verb = term.head.head
    held = [verb] if verb.pos_ == "NOUN" else [c for c in verb.children if c.dep_ == "dobj"]
    held += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    held += [c for h in held for c in h.conjuncts]  # 'fines and jail for a year'
    penalty = next((t for t in held if t.lower_ in nouns and t.i < term.i), None)
    return None if penalty is None else (penalty.lower_, penalty.idx + len(penalty), penalty.i)


def _lasting(doc: Doc, after: int) -> tuple[str, int, int] | None:
    """The noun a hyphenated duration modifies ('a 90-day pause', 'a ten-year supply deal'): the
    duration measures it, as a unit does what it measures. Not a level noun ('a 12-week low'),
    which the time says how far back, nor another time word."""
    found = noun_after(doc, after)
    if found is None or found[2] - after > 3:
        return None
    head = doc[found[2]]
    times = load_data("units")["time_units"]
    timely = head.lower_ in times or f"{head.lower_}s" in times
    never = words()["measure_nouns"] + words()["not_items"] + words()["statistic_nouns"]
    if head.lower_ in never or timely:  # nor a bond's tenor ('10-year bonds')
        return None
    return found


def headline_verb(tok: Token) -> bool:
    """A change or level verb written in a headline's capitals ('Rises', 'FALLS', 'Tops'),
    where the tagger cannot be trusted: known by its form alone."""
    low = tok.lower_
    forms = {low, low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("es") else low}
    changes = {lemma for group in words()["change_lemmas"].values() for lemma in group}
    known = changes | set(words()["level_lemmas"]) | set(words()["headline_level_verbs"])
    return tok.is_alpha and bool(forms & known) and low not in words()["change_adverbs"]


#: The Doc asked about last and whether each of its lines (first, last token) is title case:
#: every number of a line asks the same, and reading a line walks all its tokens.
_title_lines: LastSeen[Doc, dict[tuple[int, int], bool]] = LastSeen(lambda _doc: {})


def _title_line(doc: Doc, first: int, last: int) -> bool:
    lines = _title_lines.get(doc)
    known = lines.get((first, last))
    if known is None:
        known = lines[(first, last)] = is_title_case(doc[first:last])
    return known


def _headline_cue(tok: Token) -> bool:
    """A headline verb, or a verbless 'Up', 'Down' or 'At' that stands for one ('Demand Up 8%',
    'Load Factor at Record 84%'): the words before it name what the figure measures."""
    return headline_verb(tok) or tok.lower_ in words()["headline_cues"]


def headline_subject(doc: Doc, start: int) -> tuple[str, int, int] | None:
    """'Coal Imports Fall 7% In May', 'DEATH TOLL CLIMBS TO 24': in a title-case headline
    the words before the change or level verb name what the figure measures (the tagger reads
    them all as names, so the parse cannot say)."""
    first, last = _line_start(doc, start), columns(doc).next_break(start)
    sent = doc[first:last]  # a headline is its own line, whatever the sentence splitter says
    if not _title_line(doc, first, last):
        return None
    v = start - 1
    while v > sent.start and start - v <= 4 and not _headline_cue(doc[v]):
        v -= 1
    if v <= sent.start or not _headline_cue(doc[v]):
        return None
    bounds = {w for phrase in load_data("bounds")["before"] for w in phrase.split()}
    skip = HEADLINE_SMALL | bounds | set(words()["headline_qualifiers"])
    between = [t for t in doc[v + 1 : start] if t.is_alpha and t.lower_ not in skip]
    k = v - 1
    while k >= sent.start and doc[k].is_alpha and doc[k].lower_ not in HEADLINE_SMALL:
        k -= 1
    named = between or [t for t in doc[k + 1 : v] if nationality_of(t.text) is None]
    if not named or any(headline_verb(t) for t in named):
        return None
    head = named[-1]
    if head.lower_ in words()["toll_nouns"]:  # 'Death Toll Rises To 24': people
        return str(words()["casualty_item"]), head.idx + len(head), head.i
    return " ".join(t.lower_ for t in named), head.idx + len(head), head.i


def casualty_word_item(word: str) -> str:
    """A tally's casualty word as an item: a noun counts itself ('Deaths: 3': deaths); an
    adjective or participle ('Injured: 58', '7 Dead') is no noun phrase and counts people
    ('injured people'), as writers of CLAIMS.md read it."""
    if word in words()["casualty_label_nouns"]:
        return word
    return f"{word} {words()['casualty_item']}"


def label_of(doc: Doc, start: int, periods: bool = True) -> tuple[str, int, int] | None:
    """The label of a label-style line ('Crew on board: 21', 'Key rate: 21%', 'Killed: 12'): its
    words up to the first preposition or participle; a casualty label is named by its casualty
    word ('Injured: 40' -> injured), or by the plural nouns it names before that word."""
    j, skipped = start - 1, 0
    units = load_data("units")
    cols = columns(doc)
    while (
        j > 0
        and skipped < 3
        and (
            cols.pos[j] in ("ADV", "ADP", "ADJ", "SYM", "DET")
            or cols.text[j] in units["symbols"]
            or cols.lower[j] in units["prefix_codes"]
            or cols.lemma[j].lower() in _change_words()
        )
    ):
        j, skipped = j - 1, skipped + 1  # 'Ports struck: more than 30', 'Revenue: EUR 2 bn'
    if j < 1 or cols.text[j] not in (":", "):"):
        return None
    closed = doc[j].text == "):" or doc[j - 1].text == ")"
    if closed:  # 'Peso (parallel rate): ...', 'Coffee (Mar): ...': a qualifier in brackets
        opening = next((t.i for t in reversed(doc[max(0, j - 8) : j]) if t.text == "("), None)
        j = opening if opening is not None and opening > 0 else j
    k = j - 1
    while k >= 0 and not doc[k].is_space and doc[k].text not in words()["label_separators"]:
        k -= 1
    qualified = False
    aside = doc[k].text == "("  # 'Stocks: 2 mt (Aug: 1.8 mt)': a period inside a bracket
    for _ in range(3):  # 'Output, second quarter: -0.8%', 'Corn, FOB: $216/t', 'Lamb, chilled,
        # GBP/kg: 7.1', 'Oat harvest, Ontario: 2 mt': the first part names what the figure is of
        terms = k > 0 and doc[k].text == "," and _is_quote_terms(doc[k + 1 : j])
        comma = k > 0 and doc[k].text == "," and _is_label_qualifier(doc[k + 1 : j])
        if not (k > 0 and doc[k].is_punct and not aside):
            break
        summed = doc[k].text == "," and _is_period_label(doc[k + 1 : j])  # ', monthly average'
        if not (_is_period(doc[k + 1 : j]) or terms or comma or summed):
            break
        qualified = qualified or terms or (comma and _is_unit_rate(doc[k + 1 : j]))
        j, k = k, k - 1
        while k >= 0 and not doc[k].is_space and doc[k].text not in words()["label_separators"]:
            k -= 1
    dash = _dash_before_noun(doc, k + 1, j)
    k = dash if dash is not None else k  # 'Green Party – seats: 12': the seats, by party
    label = [t for t in doc[k + 1 : j]]
    while label and label[0].is_punct:
        label = label[1:]  # '- Barley share: 21%': a bullet before the label
    times = load_data("units")["time_units"]  # not '2024 average: 870' nor '2024 full year: 5'
    dated = not _is_period_label(doc[k + 1 : j]) and f"{doc[j - 1].lower_}s" not in times
    while (
        dated
        and len(label) > 1
        and re.fullmatch(r"(19|20)\d\d", label[0].text)
        and label[1].is_alpha
    ):
        label = label[1:]  # '2023 departures: 5,210': the year dates the figure, the noun names it
    label = _after_dated_opening(label) if dated else label  # 'Full-year 2023 shipments'
    label = _without_period(label)  # 'Imports Jan-May: 4 mt', 'Quota 2026: 90,000 t': the noun
    period = re.sub(r"\s*/\s*", "/", doc[k + 1 : j].text.lower()).strip("-|• ").split()
    changed = {w for group in words()["change_lemmas"].values() for w in group}
    changed |= set(words()["change_label_nouns"])
    if period and period[-1] in changed:
        period = period[:-1]  # '| m/m change: -7%'
    elif period and period[0] in changed:
        period = period[1:]  # '| Change q/q: -2%'
    if " ".join(period) in words()["period_comparisons"] or _is_change_label(doc[k + 1 : j].text):
        # '| m/m: -3%': a change of the row's figure, which names the item; a line of changes
        # alone changes the figure on the line above ('Stocks: 2 mt' over 'm/m change: +4%')
        return _above_label(doc, j) if _changes_only_line(doc, j) else None
    if label and _is_period_label(doc[k + 1 : j]) and not periods:
        return None
    region = any(t.lower_ in words()["place_words"] for t in label)  # 'Region II', as nouns
    placed = not qualified and (region or any(t.pos_ == "PROPN" for t in label))  # no good
    opens = k < 0 or doc[k].is_space or "\n" in doc[k].text  # a row's label opens its line
    ends = _cell_ends(doc, start) or (
        region  # 'Region II: VND 4.7m, up from VND 4.4m': a change after the region's figure
        and any(_change_follows(doc, n) for n in range(start, min(len(doc), start + 4)))
    )
    placed = placed and opens and ends and _is_place_text(doc[k + 1 : j].text)
    rate = bool(label) and _is_unit_rate(doc[k + 1 : j])  # 'EUR/kg: 9.10' under 'Hake, fresh'
    if label and (
        _is_period_label(doc[k + 1 : j])
        or _is_route(label)
        or _is_previous(label)
        or placed
        or rate
    ):
        lined = _line_label(doc, j)
        if lined is not None:  # 'Exports: 2 mt (prev. month: 1.8 mt)', 'Exports: 2023 4 | 2024 6'
            return lined
        if _is_previous(label) and _changes_only_line(doc, j):
            return _above_label(doc, j)  # 'Rents: $900' over 'Prior quarter: $870': the rents
        heading = _heading_item(doc, j)
        if heading is not None:  # 'Strikes by month' over 'June: 9 | July: 4': the strikes
            return heading
        if rate:
            return None  # a currency per unit measures in, it names nothing measured
    rest = 0
    while start + rest < len(doc) and not doc[start + rest].is_space:
        if (
            doc[start + rest].text in words()["label_separators"][:3]
            or _change_follows(doc, start + rest)
            or _aside_follows(doc, start + rest)
            or _relative_follows(doc, start + rest)
        ):
            break  # 'Revenue: EUR 17.8 bn, down 4%': a change after the value ends it
        rest += 1
    if rest > 7:
        return None  # 'Chad: 3 million uprooted as ...': a headline, no label line
    numbered = len(label) > 2 and label[0].like_num and _inside_word(label[1])  # '91-day bill: 11%'
    coded = re.fullmatch(r"[A-Za-z]+\d+[A-Za-z]*", label[0].text) if len(label) > 1 else None
    numbered = numbered or (coded is not None and label[-1].pos_ == "NOUN")  # 'C1 cash cost: $2'
    if not label or not (label[0].is_alpha or numbered) or label[0].pos_ in ("ADP", "DET", "PRON"):
        return None
    hit = next((n for n, t in enumerate(label) if t.lower_ in words()["casualty_labels"]), None)
    if hit is not None:
        named = label[:hit]  # 'Medics wounded: 3': the plural nouns before the casualty word
        if named and label[hit].pos_ == "VERB" and all(t.tag_ == "NNS" for t in named):
            head = named[-1]
            return " ".join(t.lower_ for t in named), head.idx + len(head), head.i
        lead = 0  # 'Items reported missing: 40', 'Riders under 18 injured: 12': the plural noun
        while lead < hit and label[lead].pos_ == "NOUN":  # that opens the label, before the
            lead += 1  # words that say which of them the tally counts
        if 0 < lead <= hit and label[lead - 1].tag_ == "NNS" and label[lead].tag_ in ("VBN", "VBD"):
            head = label[lead - 1]
            return " ".join(t.lower_ for t in label[:lead]), head.idx + len(head), head.i
        # 'Deaths: 4', 'Wounded in Lviv: 9': the tally's own word names what it counts
        return casualty_word_item(label[hit].lower_), doc[j - 1].idx + len(doc[j - 1]), j - 1
    cut = next(
        (
            n
            for n, t in enumerate(label)
            if n
            and (
                t.pos_ in ("ADP", "VERB", "ADV", "SCONJ", "DET")
                or not t.is_alpha
                or t.lower_ in words()["trade_terms"]  # 'Urea FOB Egypt: $415/t': the urea
            )
            and not _inside_word(t)
            and not _hyphened(t)
            and not _label_noun(label, n)
            and not _slashed(t)
            and not _good_word(t)  # 'Lithium hydroxide (CIF): $9,950/t', mistagged as an adverb
        ),
        len(label),
    )
    cut = _before_comparison(label, cut)
    proper = cut
    while proper > 1 and (label[proper - 1].pos_ == "PROPN" or _inside_word(label[proper - 1])):
        proper -= 1
    if proper < cut and label[proper - 1].pos_ == "NOUN":
        cut = proper  # 'Average freight Odesa-Alexandria: $24/t': the freight, on a named route
    changes = _change_words() | set(words()["change_label_nouns"])
    if cut > 1 and label[cut - 1].pos_ == "NOUN" and label[cut - 1].lemma_ in changes:
        cut -= 1  # 'Fare rise since May: 9%', 'Rent change on year: 3%': the fares, the rent
    head = label[cut - 1]
    nominal = _label_noun(label, cut - 1) or _good_word(head)
    if head.pos_ not in ("NOUN", "PROPN", "ADJ") and not nominal:
        return None
    return doc[label[0].i : head.i + 1].text.lower(), head.idx + len(head), head.i


def _before_comparison(label: list[Token], cut: int) -> int:
    """Where a label ends before a period comparison after its noun ('CPI y/y: 24%', 'Retail
    sales m/m in May: -2%'): the comparison says the figure is a change over a period, so the
    noun before it names what is measured."""
    comparisons = words()["period_comparisons"]
    for n in range(min(cut - 1, 5), 0, -1):
        tail = label[cut - n].doc[label[cut - n].i : label[cut - 1].i + 1]
        if re.sub(r"\s*/\s*", "/", tail.text.lower()) in comparisons:
            return cut - n
    return cut


def _good_word(tok: Token) -> bool:
    """A priced good or a processed form of one ('hydroxide', 'concentrate'), whatever the tagger
    reads it as: in a label it names the good the quote is of."""
    return _is_good_word(tok.lower_)


@cache
def _unit_rate_words() -> frozenset[str]:
    """Currency, unit and per words: the parts of a rate label ('NOK/kg', 'USD per tonne')."""
    units = load_data("units")
    found = {
        str(w).lower()
        for key in ("symbols", "prefix_codes", "words", "glued", "per_words")
        for w in units[key]
    }
    found |= {str(w).lower() for w in units["price_pers"]} | {str(u).lower() for u in money()}
    found |= {str(w).lower() for w in load_data("item_features")["rate_words"]}
    return frozenset(found)


def _is_unit_rate(span: Span) -> bool:
    """A label that only names the unit of its figure ('NOK/kg', 'USD per tonne', 'c/lb')."""
    joiners = load_data("item_features")["rate_joiners"]
    words_ = re.sub(r"\s*/\s*", " / ", span.text.lower()).split()
    parts = [p for p in words_ if p not in joiners]
    rated = any(w in joiners for w in words_)
    return rated and bool(parts) and all(p in _unit_rate_words() for p in parts)


def _is_label_qualifier(span: Span) -> bool:
    """A comma-separated part of a label that qualifies the part before it: a unit rate, a place
    ('Lake Erie'), or grade words ('frozen', 'chilled, whole'), not a noun of its own."""
    words_ = [t for t in span if not t.is_punct]
    if not words_:
        return False
    if _is_unit_rate(span) or _is_place_text(span.text):
        return True
    basis = words_[-1].lower_ in words()["label_basis_nouns"]  # ', at current prices', ', private
    if basis and all(t.pos_ in ("ADJ", "NOUN", "PROPN") for t in words_):  # sector': a basis
        return True
    return all(t.pos_ in ("ADJ", "VERB") or t.lower_ in words()["quote_qualifiers"] for t in words_)


def _after_dated_opening(label: list[Token]) -> list[Token]:
    """A label opened by a period its year closes ('Full-year 2023 shipments', 'Annual 2021
    output'): the words after the year, which name what the figure counts."""
    openers = set(words()["period_label_openers"]) | set(
        load_data("item_features")["frequency_words"]
    )
    for n, token in enumerate(label[:-1]):
        if re.fullmatch(r"(19|20)\d\d", token.text) and label[n + 1].is_alpha:
            opening = label[:n]
            if opening and all(t.is_punct or t.lower_ in openers for t in opening):
                return label[n + 1 :]
            break
    return label


def _without_period(label: list[Token]) -> list[Token]:
    """A label without the period after its noun ('Landings Jan-Mar', 'Quota 2026', 'Sales Q2')."""
    for n in (3, 2, 1):
        if (
            len(label) <= n
            or not label[-n - 1].is_alpha
            or label[-n - 1].pos_ not in ("NOUN", "PROPN")
        ):
            continue
        tail = label[-n].doc[label[-n].i : label[-1].i + 1]
        year = n == 1 and re.fullmatch(r"(19|20)\d\d", tail.text) is not None
        quarter = n == 1 and re.fullmatch(r"[QH][1-4]", tail.text) is not None
        if year or quarter or _is_period(tail):
            return label[:-n]
    return label


def _dash_before_noun(doc: Doc, first: int, colon: int) -> int | None:
    """The last spaced dash inside a label that a common noun follows ('Green Party – seats',
    'North ward — turnout'): what is before it names whom the line is about, the noun after it
    what the figure measures. Not a route ('Busan – Long Beach'), whose places are names."""
    dashes = [
        t.i
        for t in doc[first:colon]
        if t.text in ("–", "—", "-") and t.whitespace_ and t.i > 0 and doc[t.i - 1].whitespace_
    ]
    if not dashes or dashes[-1] + 1 >= colon:
        return None
    nxt = doc[dashes[-1] + 1]
    return dashes[-1] if nxt.is_alpha and nxt.is_lower else None


@cache
def _change_words() -> frozenset[str]:
    """Lemmas that state a change ('2026: cut 2.5%', 'Q3: rose 4%'): no label word."""
    return frozenset(w for group in words()["change_lemmas"].values() for w in group)


@cache
def _change_inflections() -> frozenset[str]:
    """The change lemmas and their regular past forms, for rows read as plain text."""
    lemmas = _change_words()
    return lemmas | {f"{w}d" if w.endswith("e") else f"{w}ed" for w in lemmas}


def _hyphened(tok: Token) -> bool:
    """The first part of a word written with a hyphen ('on-warrant stocks'): no cut there."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and _inside_word(doc[tok.i + 1])


def _label_noun(label: list[Token], n: int) -> bool:
    """A label word the tagger read as a verb that is part of the label's noun phrase: a
    participle before a noun, after a name ('India refined output: 1.1 mt', 'Seized cargo: 40 t')
    or, after a noun
    at the label's end, a plural noun ('Port calls: 58', 'Bank transfers: 1,200')."""
    t = label[n]
    if t.pos_ != "VERB":
        return False
    if t.tag_ in ("VBN", "VBD", "VBG") and n + 1 < len(label):
        named = n == 0 or label[n - 1].pos_ == "PROPN"  # not 'Staff kept aboard', a clause
        return named and label[n + 1].pos_ == "NOUN"
    waiting = t.tag_ == "VBG" and n > 0 and label[n - 1].tag_ in ("NNS", "NNPS")
    return (
        (
            t.tag_ == "VBZ" or waiting  # 'Tankers waiting: 38': the label as written
        )
        and n == len(label) - 1
        and n > 0
        and label[n - 1].pos_ in ("NOUN", "PROPN")
    )


def _slashed(tok: Token) -> bool:
    """A slash inside a label's words, or the word after it ('Oil/gas revenue', 'Debt/GDP
    ratio'): one noun phrase, read as written."""
    doc = tok.doc
    if tok.text == "/":
        return tok.i > 0 and not doc[tok.i - 1].whitespace_ and not tok.whitespace_
    return tok.i > 0 and doc[tok.i - 1].text == "/" and _slashed(doc[tok.i - 1])


def _row_name(doc: Doc, start: int, unit: str) -> tuple[str, int, int] | None:
    """'Q3 2025: copper $9,400 | nickel $16,200': in a row of a table, the words between a
    separator and a sum name what is priced."""
    units = load_data("units")
    j = start - 1
    if unit not in money() or j < 1:
        return None
    if doc[j].text not in units["symbols"] and doc[j].lower_ not in units["prefix_codes"]:
        return None
    k = j - 1
    while k >= 0 and j - k <= 3 and doc[k].is_alpha and doc[k].pos_ in ("NOUN", "PROPN", "ADJ"):
        k -= 1
    opened = k < 0 or doc[k].is_space or doc[k].text in ("|", ":")
    if k == j - 1 or not opened or doc[j - 1].pos_ == "ADJ":
        return None
    head = doc[j - 1]
    return doc[k + 1 : j].text.lower(), head.idx + len(head), head.i


def _fronted_partitive(doc: Doc, start: int) -> tuple[str, int, int] | None:
    """'Of the aircraft, 32 crossed the line', 'Of those detained, 12 were released': a bare count
    after a fronted 'of' phrase and its comma counts that phrase's noun."""
    if start < 3 or doc[start - 1].text != ",":
        return None
    first = doc[start].sent.start
    if doc[first].lower_ not in words()["partitive_preps"] or start - first > 10:
        return None
    nouns = [t for t in doc[first + 1 : start - 1] if t.pos_ == "NOUN" or t.tag_ == "NNS"]
    if not nouns:
        return None
    whole = next((c for c in doc[first].children if c.dep_ == "pobj" and c in nouns), None)
    if whole is None and start - first > 7:
        return None
    # 'Of the 900 files in the audit, 30% ...': the files, not the audit they sit in
    text, end_char, head = phrase_of(doc, whole if whole is not None else nouns[-1])
    if text in words()["casualty_labels"]:  # 'Of the 30 hurt, four ...': the hurt are people
        text = casualty_word_item(text)
    return text, end_char, head


def _inside_word(tok: Token) -> bool:
    """A hyphen, or the word after it, inside a compound written without spaces ('Shanghai-Rotterdam')."""
    doc = tok.doc
    if tok.text == "-":
        return tok.i > 0 and not doc[tok.i - 1].whitespace_ and not tok.whitespace_
    return tok.i > 0 and doc[tok.i - 1].text == "-" and _inside_word(doc[tok.i - 1])


def _aside_follows(doc: Doc, i: int) -> bool:
    """A comma or bracket at i that opens the same figure at another time ('..., versus 30 a year
    ago', '(prev. season 1.2 mt)'): the label line's value ends before it."""
    if i + 1 >= len(doc) or doc[i].text not in (",", "("):
        return False
    cues = {cue.split()[0] for cue in words()["compare_cues"]} | set(words()["previous_words"])
    return doc[i + 1].lower_ in cues


def _is_quote_terms(span: Span) -> bool:
    """'FOB', 'March delivery', 'CIF Rotterdam': the terms of a price quote, not what is priced."""
    return any(t.lower_ in words()["quote_qualifiers"] for t in span)


def _is_period(span: Span) -> bool:
    """Whether a label names only a date or a period ('third quarter', 'past month', 'May',
    '1 Apr-3 May': days, months and the dashes between them)."""
    months = load_data("dates")["months"]
    if len(span) == 1 and span[0].lower_ in months:
        return True
    if len(span) == 1 and span[0].lower_ in load_data("dates")["day_parts"]:
        return True  # 'Open shelters, morning: 41': the time of day the tally was taken
    if len(span) == 1 and span[0].lower_ in load_data("item_features")["frequency_words"]:
        return True  # 'Admissions, daily average: 340': the period it averages over
    parts = [p for t in span for p in re.split(r"[-–—]", t.lower_.rstrip(".")) if p]
    if any(p in months for p in parts) and all(p in months or p.isdigit() for p in parts):
        return True  # 'Apr-3' is one token
    text = span.text
    return bool(text) and any(d.surface_start == 0 and d.end == len(text) for d in find_dates(text))


def _is_period_label(span: Span) -> bool:
    """A label that names only a period, maybe with a summary word ('June 2025', '2024 average')."""
    if len(span) > 1 and span[-1].lower_ in words()["period_label_nouns"]:
        span = span[:-1]
    return len(span) > 0 and (_is_period(span) or all(t.like_num for t in span))


def _is_change_label(text: str, previous: bool = False) -> bool:
    """A label that names only a change over a period ('m/m change', 'Change y/y', 'Monthly
    change'), not what changed; with `previous`, also an earlier value ('Previous month')."""
    said = re.sub(r"\s*/\s*", "/", text.lower()).strip("-|•* ").split()
    changes, frequencies = (
        words()["change_label_nouns"],
        load_data("item_features")["frequency_words"],
    )
    kept = [w for w in said if w not in changes and w not in frequencies]
    if previous and len(kept) == 2 and kept[0] in words()["previous_words"]:
        return f"{kept[1]}s" in load_data("units")["time_units"]
    named = any(w in changes for w in said)
    return (named and not kept) or (bool(kept) and " ".join(kept) in words()["period_comparisons"])


def _changes_only_line(doc: Doc, j: int) -> bool:
    """Whether the line of the label that ends at token j opens with a label of a change alone
    ('y/y change: -4% | w/w: +1%', 'Previous month: 3.5%'): no cell on it names a figure of its
    own, so its changes are of the figure on the line above."""
    first = _line_start(doc, j)
    colon = _first_colon(doc, first)
    if colon is None:
        return False
    label = doc[first:colon]
    opening = next((t.i for t in label if t.text == "("), None)  # 'Previous month (May):'
    return _is_change_label(doc[first : opening if opening is not None else colon].text, True)


def _above_label(doc: Doc, j: int) -> tuple[str, int, int] | None:
    """The label of the first cell on the line above the label that ends at token j (blank lines
    passed over), which names the figure a line of changes is of; a row parsed on its own reads
    the line above from the text before it (`doc._.lines_before`)."""
    i = _line_start(doc, j) - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0:
        return _label_before(doc, j)
    colon = _first_colon(doc, _line_start(doc, i))
    return label_of(doc, colon + 1) if colon is not None else None


def _label_before(doc: Doc, j: int) -> tuple[str, int, int] | None:
    """The label of the nearest line before the doc that is no line of changes alone, as text:
    its words before the colon, less a bracket and a qualifier after a comma ('Tin stocks,
    end-May: 9 kt': tin stocks)."""
    for line in reversed((doc._.lines_before or "").splitlines()[-6:]):
        label, colon, _ = line.strip().lstrip("-•* ").partition(":")
        if not label:
            continue
        if not colon:
            return None
        label = re.sub(r"\([^)]*\)", " ", label).split(",")[0].strip().lower()
        if _is_change_label(label, True):
            continue  # 'm/m change: -2%' over 'y/y change: +5%': the line above it
        if not label or not re.fullmatch(r"[^\W\d][\w'&/ -]*", label) or len(label.split()) > 5:
            return None
        last = doc[j - 1]
        return label, last.idx + len(last), last.i
    return None


def _first_colon(doc: Doc, first: int) -> int | None:
    """The first label colon on the line that opens at token `first`."""
    for tok in doc[first:]:
        if tok.text in (":", "):"):
            return tok.i
        if "\n" in tok.text_with_ws:
            return None
    return None


def _is_previous(label: list[Token]) -> bool:
    """A label naming an earlier time of the figure before it ('previous month', 'prior year')."""
    return len(label) > 1 and label[0].lower_ in words()["previous_words"]


def _line_label(doc: Doc, j: int) -> tuple[str, int, int] | None:
    """The label that opens the line of a cell labelled by a period at token j ('Sales (units):
    2024 average 800 | May 2025: 950'): it names what the line's cells measure."""
    first = _line_start(doc, j)
    colon = next((t.i for t in doc[first:j] if t.text in (":", "):")), None)
    if colon is None:
        return None
    return label_of(doc, colon + 1, periods=False)


def _is_route(label: list[Token]) -> bool:
    """A label naming a route between places ('Shanghai - Rotterdam', 'Busan to Long Beach'):
    it says where a figure holds, not what it measures."""
    joiners = words()["route_joiners"]
    parts = [t for t in label if t.lower_ not in joiners]
    cut = [n for n, t in enumerate(label) if t.lower_ in joiners]
    return (
        len(cut) == 1
        and 0 < cut[0] < len(label) - 1
        and all(t.pos_ == "PROPN" and t.is_title for t in parts)
    )


def _route_text(text: str) -> bool:
    """The text of a route label, as `_is_route` reads a parsed one."""
    joiners = "|".join(re.escape(j) for j in words()["route_joiners"])
    places = re.split(rf"\s+(?:{joiners})\s+", text.strip())
    return len(places) == 2 and all(
        p and all(w[:1].isupper() and w.isalpha() for w in p.split()) for p in places
    )


def _is_place_text(text: str) -> bool:
    """A label that only names a place ('Leeds centre', 'Co Durham', 'Gulf (GCC)', 'Europe
    (ex-Russia)'): title-case names and place words, no traded good."""
    plain = re.sub(r"[()]", " ", text).split()
    if not plain or len(plain) > 5:
        return False
    places = words()["place_words"]
    units = load_data("units")["words"]
    never = set(words()["priced_goods"]) | set(words()["quote_qualifiers"])
    named = False
    joiners = words()["coordinators"]
    for n, w in enumerate(plain):
        low = w.lower().strip(",-")
        if low in never or low in units or low.rstrip("s") in units:
            return False  # 'Potash, India CFR', 'Peso (parallel rate)': a good or a currency
        if low in places or low.startswith("ex-"):
            named = named or (n == 0 and w[:1].isupper())  # 'Rest of Europe', 'North'
            continue
        if low in joiners and 0 < n < len(plain) - 1:
            continue  # 'North and South Batinah': names joined
        if low in words()["place_particles"] and 0 < n < len(plain) - 1:
            continue  # 'Isle of Skye', 'Rest of Europe'
        if not (w[:1].isupper() and w[:1].isalpha() and (w[1:].islower() or w.isupper())):
            return False
        named = True
    return named


def _cell_ends(doc: Doc, start: int) -> bool:
    """Whether the figure at start ends its table cell within a few tokens (a bar, the line's
    end): not 'Chad: 3 million uprooted as ...', a headline."""
    for t in doc[start : start + 4]:
        if t.text == "|" or "\n" in t.text_with_ws:
            return True
    return start + 4 >= len(doc)


def _place_row(doc: Doc, start: int) -> tuple[str, int, int] | None:
    """A figure that opens a table row after only a place name ('Norway 1,810 kt | y/y +2%')
    measures what the heading line over the rows names."""
    first = _line_start(doc, start)
    if first == start or start - first > 6 or any(t.like_num for t in doc[first:start]):
        return None
    rest = doc[start : min(len(doc), start + 8)]
    label = doc[first:start].text.rstrip()
    if label.endswith(":"):  # 'Osh: 42,700': a row of a breakdown by place, or a known place
        label = label[:-1].rstrip()
        names = [w.lower() for w in re.findall(r"[A-Z][\w'-]*", label)]
        known = bool(names) and all(w in _places() or w in _countries() for w in names)
        if not known and not _place_breakdown(doc, start):
            return None
    elif not any(t.text == "|" for t in rest) and not _is_row(label + ":1"):
        return None
    if not _is_place_text(label):
        return None
    if any(_headline_cue(t) or t.tag_ == "TO" for t in doc[first:start]):
        return None  # 'Leeds Fares To Rise 8%': a title-case headline with its verb, no row
    return _heading_item(doc, start)


def _place_breakdown(doc: Doc, start: int) -> bool:
    """Whether the heading over the block of rows the figure at start is in breaks a figure down
    by place ('Shipments by district', 'Where the buyers live')."""
    row_start = doc[_line_start(doc, start)].idx
    before = (doc._.lines_before or "") + doc_text(doc)[:row_start]
    lines = [line.strip() for line in before.splitlines() if line.strip()]
    for line in reversed(lines[-12:]):
        if _is_row(line) or re.match(r"[^:]{1,40}: *[\d$€£]", line):
            continue  # another row of the same block
        low = re.findall(r"[a-z]+", line.lower())
        if low and low[0] in words()["place_questions"]:
            return True
        dims = words()["place_dimensions"]
        preps = words()["place_breakdown_preps"]
        pairs = list(itertools.pairwise(low))
        if pairs and pairs[0][0] in dims:
            return False  # 'Region by region': the rows name the things themselves
        return any(a in preps and b in dims for a, b in pairs)
    return False


def _line_start(doc: Doc, i: int) -> int:
    """Index of the first token of the line token i is on."""
    return columns(doc).line_start(i)


def _is_row(line: str) -> bool:
    """A period-labelled row of a table ('2023: 11', 'March: 210,000 TEU | April: ...')."""
    label, colon, value = line.partition(":")
    bare = re.match(r"([^\d:|]+?)\s+([\d$€£].*)", line)
    if not colon and bare is not None and _is_place_text(bare.group(1)):
        label, colon, value = bare.group(1), ":", bare.group(2)  # 'Norway 1,810 kt | ...'
    value = value.strip()
    if value.split(" ", 1)[0].lower() in _change_inflections():
        value = value.partition(" ")[2]  # '2026: cut 5%'
    if value.split(" ", 1)[0].lower() in load_data("units")["prefix_codes"]:
        value = value.partition(" ")[2]  # 'Zone B: VND 4,100,000'
    first = value[:1]
    signs = load_data("units")["symbols"]
    if not colon or not (first.isdigit() or first in signs or sign_of(f"{first}1") is not None):
        return False
    words_ = label.split()
    if words_ and words_[-1].lower() in words()["period_label_nouns"]:
        words_ = words_[:-1]
    text = " ".join(words_)
    return bool(text) and (
        _route_text(text)
        or _is_place_text(text)
        or text.isdigit()
        or text.lower() in load_data("dates")["months"]
        or any(d.surface_start == 0 and d.end == len(text) for d in find_dates(text))
    )


def _heading_item(doc: Doc, label_end: int) -> tuple[str, int, int] | None:
    """What the rows of a table count, from the short heading line over them ('Monthly drone
    launches' over '2024: 1,100 | 2025: 5,438'); rows of the block above are passed over. A row
    may be parsed alone: the text before it comes from `doc._.lines_before`."""
    row_start = doc[_line_start(doc, label_end)].idx
    before = (doc._.lines_before or "") + doc_text(doc)[:row_start]
    lines = [line.strip() for line in before.splitlines() if line.strip()]
    for line in reversed(lines[-12:]):
        if _is_row(line):
            continue  # another row of the same block
        numbered = re.match(r"(\w+)\.? *\w*\d\w*[.:] +(.+)", line)
        if numbered is not None and numbered.group(1).lower() in words()["heading_prefixes"]:
            line = numbered.group(2)  # 'Table 3: Wheat harvest by province'
        wrapped = re.fullmatch(r"([^(]+)\(([^)]+)\)", line)
        wrappers = words()["heading_wrappers"]
        if wrapped is not None and all(w in wrappers for w in wrapped.group(1).lower().split()):
            line = wrapped.group(2)  # 'Regional summary (average rents, March)'
        if line.endswith(":") and line.count(":") == 1:  # 'Bed nights by market:' over the
            # rows it introduces, alone or as the last sentence of a paragraph
            line = re.split(r"(?<=[.!?])\s+", line[:-1].rstrip())[-1]
        if not line or len(line.split()) > 10 or line[-1] in ".:?!" or ":" in line:
            return None
        kept: list[str] = []
        found = re.findall(r"[^\W\d][\w'-]*|[,(]", line.split(",")[0])
        if found and found[0].lower() in words()["heading_question_words"]:
            found = [w for w in found[1:] if w.lower() not in words()["calendar_determiners"]][:1]
            # 'Where the buyers live': the visitors
        months = load_data("dates")["months"]
        for word in found:
            if word.lower() in words()["heading_cut_words"]:
                break
            if kept and word.lower().split("-")[0] in months:
                break  # 'Ferry sailings January-March 2027': the months date the rows
            kept.append(word.lower())
        while len(kept) > 1 and (kept[-1].endswith("ed") or kept[-1] in _change_words()):
            kept.pop()  # 'Ships detained in the Baltic': the ships; 'Quotas cut': the quotas
        if not kept:
            return None
        last = doc[label_end - 1]
        return " ".join(kept), last.idx + len(last), last.i
    return None


def _relative_follows(doc: Doc, i: int) -> bool:
    """A comma at i followed by a percentage and a comparative ('..., 3% lower y/y'): the
    figure's change, which ends the label line's value."""
    if i + 4 >= len(doc) or doc[i].text != "," or not doc[i + 1].like_num:
        return False
    return doc[i + 2].text == "%" and doc[i + 3].lower_ in words()["change_adverbs"]


def _change_follows(doc: Doc, i: int) -> bool:
    """A separator at i followed by a change ('..., down 4%', '(+2% m/m)', '..., year on year
    +4%')."""
    if i + 1 >= len(doc) or doc[i].text not in words()["label_separators"]:
        return False
    nxt = doc[i + 1]
    if nxt.lower_ in words()["change_adverbs"] or sign_of(nxt.text) is not None:
        return True
    rest = doc[i + 1 : i + 6].text.lower()  # '..., month on month -3%': a period change
    return any(rest.startswith(f"{p} ") for p in words()["period_comparisons"])


def whole_of_multiple(doc: Doc, after: int) -> tuple[str, int, int] | None:
    """'four times the number of drones': the drones; 'triple the normal charge', 'nearly twice its
    share': the fee, the share, the noun the multiple is of. None when the multiple names no
    whole, or names only a figure that refers back ('six times the number a year ago', 'three
    times their level': what the figure before measured)."""
    counted = _as_many(doc, after) or _multiple_held(doc, after)
    if counted is not None:
        return counted
    owned = after < len(doc) and doc[after].tag_ == "PRP$"  # 'twice its share'
    if after + 1 >= len(doc) or not (doc[after].pos_ == "DET" or owned):
        return None
    j = after + 1
    while j < len(doc) and (
        doc[j].pos_ == "ADJ" or doc[j].tag_ == "VBN" or _count_of(doc[j]) or _premodifier(doc[j])
    ):
        j += 1  # 'twice its designed throughput', 'double the 900 sailings of 2019'
    if j >= len(doc) or doc[j].pos_ != "NOUN":
        return None
    of = of_phrase(doc, j + 1, common=True)
    if doc[j].lower_ in words()["wrapper_nouns"] and of is not None:
        dated = YEAR.search(doc[of[2]].text) is not None  # 'the peak of early 2024': a time
        return of if doc[of[2]].pos_ == "NOUN" and not dated else None
    named = words()["antecedent_nouns"] + words()["not_items"] + words()["measure_nouns"]
    if doc[j].lower_ in named:  # 'four times the 2019 figure': the figure before's item
        return None
    if not doc[j].is_alpha:  # 'twice its 2% target': the figure before's item
        return None
    # only set beside a figure, after a comma and the multiple's few words ('EUR 0.9bn, nearly
    # double the bill'); not 'inflation is more than twice the target': the inflation
    before = [t for t in doc[max(0, after - 5) : after] if t.is_punct]
    return phrase_of(doc, doc[j]) if before and before[-1].text == "," else None


def _premodifier(tok: Token) -> bool:
    """A word that only modifies a noun a few words on: a year ('double the 2024 fee'), a name or
    noun read as a modifier ('the WHO daily limit', 'the national minimum wage')."""
    if YEAR.fullmatch(tok.text) is not None:
        return True
    ahead = tok.head.i - tok.i
    return tok.dep_ in ("compound", "nmod", "amod") and 0 < ahead <= 3 and tok.head.pos_ == "NOUN"


def _multiple_held(doc: Doc, after: int) -> tuple[str, int, int] | None:
    """'fines of up to three times the value of the deal', 'a surcharge of twice the usual fee':
    a multiple in the 'of' phrase of a noun states that noun's size, so the noun is what is N
    times, not the base it is set against. Not a change noun ('a rise of three times') nor one
    that only names a figure ('an average of twice the rate')."""
    data = words()
    i = after - 1
    while i > 0 and after - i <= 6 and doc[i].lower_ not in data["partitive_preps"]:
        if doc[i].pos_ not in ("ADP", "PART", "ADV", "NUM", "ADJ", "DET") and i != after - 1:
            return None  # the multiple's own word ('times') is the only noun in its words
        i -= 1
    if i <= 0 or doc[i].lower_ not in data["partitive_preps"] or after - i < 2:
        return None
    noun = doc[i - 1]
    if noun.pos_ != "NOUN" or not noun.is_alpha:
        return None
    changes = {w for lemmas in data["change_lemmas"].values() for w in lemmas}
    named = set(data["measure_nouns"]) | set(data["wrapper_nouns"]) | set(data["antecedent_nouns"])
    if noun.lemma_.lower() in changes or noun.lower_ in named:
        return None
    return phrase_of(doc, noun)


def _count_of(tok: Token) -> bool:
    """A number that counts the plural noun after it ('the 900 sailings'), not one that dates
    or labels a singular one ('the 2019 forecast')."""
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return tok.pos_ == "NUM" and nxt is not None and nxt.tag_ == "NNS"


def _as_many(doc: Doc, after: int) -> tuple[str, int, int] | None:
    """'three times as many lorries', 'twice as much grain': the noun that is N times."""
    data = words()
    if after + 2 >= len(doc) or doc[after].lower_ not in data["multiple_as"]:
        return None
    if doc[after + 1].lower_ not in data["multiple_amounts"]:
        return None
    j = after + 2
    while j < len(doc) and doc[j].pos_ == "ADJ":
        j += 1
    if j >= len(doc) or doc[j].pos_ != "NOUN":
        return None
    text, end, head = phrase_of(doc, doc[j].head if doc[j].dep_ == "compound" else doc[j])
    kept = [w for w in text.split() if w not in data["multiple_amounts"]]
    return " ".join(kept), end, head


def event_counted(doc: Doc, start: int, after: int) -> tuple[str, int] | None:
    """How often an event happened: a count in times ('struck the depot 20 times', 'has been
    postponed at least three times', 'flew twice a week') counts the event its verb names
    (item_features' event_nouns); not a multiple ('five times the fare', 'N times as many',
    'three times higher'). (event noun, verb index)"""
    data = load_data("item_features")
    said = [t for t in doc[start:after] if t.lower_ in data["occurrence_words"]]
    if not said:
        return None
    nxt = said[-1].i + 1
    if nxt < len(doc):
        follower = doc[nxt]
        units = load_data("units")
        rate = (
            follower.lower_ in units["per_openers"]
            and nxt + 1 < len(doc)
            and doc[nxt + 1].lower_ in units["per_words"]
        )  # 'twice a week': how often, not a multiple of the week
        multiple = follower.tag_ in ("JJR", "RBR", "PRP$")  # 'three times higher', 'twice its'
        multiple = multiple or follower.pos_ == "NOUN"  # 'four times output'
        if not rate and (multiple or follower.lower_ in data["multiple_followers"]):
            return None
    if whole_of_multiple(doc, after) is not None:
        return None
    verb = governing_verb(doc[start])
    if verb.pos_ != "VERB":
        return None
    events = data["event_nouns"]
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    lemma = verb.lemma_.lower()
    noun = (events.get(f"{lemma} {particle}") if particle else None) or events.get(lemma)
    if noun is None:
        return None
    return str(noun), verb.i


def _reference(doc: Doc, after: int, unit: str) -> tuple[str, int, int] | None:
    """'15% below the average market price': a share set against a reference measures it."""
    if unit != "%" or after + 1 >= len(doc) or doc[after].lower_ not in words()["reference_preps"]:
        return None
    j = after + 1
    while j < len(doc) and doc[j].pos_ == "DET":
        j += 1
    found = noun_after(doc, j)
    if found is None or found[2] - j > 3 or doc[found[2]].lower_ in words()["not_items"]:
        return None  # not '6% over the year'
    if doc[found[2]].dep_ == "poss":
        return None  # 'priced 12% above the assessor's estimate': whose figure, no reference;
        # the figure measures its clause's subject
    if doc[found[2]].lower_ in words()["earlier_level_nouns"]:
        return None  # 'bills remain 60% above pre-2022 levels': the bills, at another time
    return found


def _of_casualties(doc: Doc, i: int) -> tuple[str, int, int] | None:
    """'nine of the wounded', 'two of the dead': a partitive of a casualty word."""
    partitive = i < len(doc) and doc[i].lower_ in words()["partitive_preps"]
    if i + 2 >= len(doc) or not partitive or doc[i + 1].pos_ != "DET":
        return None
    word = doc[i + 2]
    if word.lower_ not in words()["casualty_labels"]:
        return None
    return casualty_word_item(word.lower_), word.idx + len(word), word.i  # 'the dead': people


def _modified_noun(doc: Doc, after: int) -> tuple[str, int, int] | None:
    """'a 25% stake', 'a $2 million bribe': the noun the amount modifies, also through the
    adjective the parser hangs a unit on ('a 100 MW solar park': the park)."""
    head = doc[after - 1].head
    if head.dep_ == "amod" and head.pos_ == "ADJ" and head.i >= after and head.head.i > head.i:
        head = head.head
    while head.pos_ == "PROPN" and head.dep_ == "compound" and head.i < head.head.i <= after + 4:
        head = head.head  # 'a $9M Mill Creek sewer plan': the plan past the name the sum is on
    times = load_data("units")["time_units"]
    never = head.lower_ in words()["not_items"] or f"{head.lower_.rstrip('s')}s" in times
    between = doc[after : head.i]  # 'a $2.5 million settlement fee', 'a $2 million flood
    modifiers = all(  # relief fund': modifiers of the noun or of a modifier before it
        (t.dep_ in ("amod", "compound", "nmod") and t.i < t.head.i <= head.i) or _inside_word(t)
        for t in between
    )  # also 'a 600km high-speed line', 'a 20kW rooftop heat pump': a hyphened or noun modifier
    if head.i < after or not modifiers or head.pos_ != "NOUN" or never:
        return None  # not 'slid 18% year on year'
    if _dated_change(head):
        return None  # 'after a 3.1% rise in May': what rose is the clause's subject
    changed = _changed_thing(doc, head)
    if changed is not None:  # 'a 6% rise in rents': the rents
        return changed
    return doc[after : head.i + 1].text.lower(), head.idx + len(head), head.i


def _dated_change(noun: Token) -> bool:
    """A change noun whose 'in' phrase is only a time ('a 4.8% rise in April', 'a 3% fall in
    the first quarter') says when it changed, not what changed."""
    if noun.lemma_.lower() not in _change_words():
        return False
    obj = prep_object(noun, words()["whole_preps"])
    return obj is not None and _calendar(obj)


def _calendar(obj: Token) -> bool:
    """A month, season, year or time unit: when something changed, not what changed."""
    dates, times = load_data("dates"), load_data("units")["time_units"]
    word = obj.lower_
    periods = [*times, *words()["change_period_units"]]
    calendar = word in dates["months"] or word in dates["seasons"] or f"{word}s" in periods
    return calendar or (obj.like_num and len(word) == 4)


def _changed_thing(doc: Doc, noun: Token) -> tuple[str, int, int] | None:
    """What a change noun says changed: its 'in' or 'of' phrase ('a 6% rise in rents', 'the
    increase in the Minimum Wage'), a common noun or a name that is no place or body; past an
    'of' phrase that holds the size of the change ('a drop of 4% in bookings': the bookings)."""
    if noun.lemma_.lower() not in _change_words():
        return None
    wholes = words()["whole_preps"]
    inner = [p for p in wholes if p not in words()["change_noun_preps"]]
    objs = []
    for o in prep_objects(noun, wholes):  # 'a rise of 7 per cent in fares': the parse may hang
        sized = any(t.like_num for t in o.subtree)  # the 'in' phrase on the size
        if sized and not _relative_size(o):
            return None  # 'a swell of 3 metres off the coast': a physical size, the swell's own
        objs += prep_objects(o, inner) if sized else [o]
    objs = [o for o in objs if not _calendar(o)]  # 'a fall of 9% in March': when, not what
    obj = objs[0] if objs else None  # not 'a rise of 40%' alone: the size, not what changed
    if obj is None or is_agent(obj) or (obj.pos_ == "PROPN" and is_place(obj)):
        return None
    return phrase_of(doc, obj) if _nominal(obj) or obj.pos_ == "PROPN" else None


@cache
def _relative_words() -> frozenset[str]:
    """The last words of the units that state a change relative to a level ('%', 'per cent',
    'percentage points', 'bps', 'times')."""
    units = load_data("units")
    relative = words()["relative_units"]
    written = {**units["words"], **units["glued"]}
    return frozenset(w.split()[-1] for w, u in written.items() if u in relative) | set(relative)


def _relative_size(size: Token) -> bool:
    """The size of a change in its 'of' phrase is relative (a percentage, points, a multiple) or
    a bare count: the change's 'in' phrase names what changed ('a rise of 7 per cent in fares',
    'a drop of 4 points in the index'); a physical measure ('a surge of 3 metres') is the size of
    the change noun's own thing."""
    return size.lower_ in _relative_words() or (size.like_num and size.pos_ == "NUM")


def _change_level(doc: Doc, start: int, after: int) -> tuple[str, int, int] | None:
    """'a 6% rise in rents, to EUR 900 a month': the level a change noun reaches measures what
    changed."""
    tok = doc[after - 1]
    while tok.head != tok and start - 2 <= tok.head.i < after and tok.head.pos_ != "ADP":
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in words()["level_preps"] or prep.head.pos_ != "NOUN":
        return None
    return _changed_thing(doc, prep.head)


def _more_of(doc: Doc, after: int, unit: str) -> tuple[str, int, int] | None:
    """'30% fewer mortar bombs', '20% more drones': a relative figure before a comparative
    and a noun measures that noun."""
    if unit not in words()["relative_units"] or after + 1 >= len(doc):
        return None
    if doc[after].lower_ not in words()["change_adverbs"]:
        return None
    found = noun_after(doc, after + 1)
    return found if found is not None and found[2] - after <= 3 else None


def _verbless_change(doc: Doc, start: int, after: int) -> tuple[str, int, int] | None:
    """'Profit down 6% year on year', 'Profits up 4% in May': a noun with a change adverb and
    no verb, in a summary line or a headline, is what the change measures."""
    adverb = doc[after - 1].head
    noun = adverb.head
    if adverb.lower_ not in words()["change_adverbs"] or not noun.i < adverb.i < start:
        return None  # not '2.1 million tonnes, 5% less than a month ago': a comparison after
    if noun.lower_ in load_data("units")["words"] or noun.lower_ in words()["scale_nouns"]:
        return None  # '61,200 t, up 8%': the unit of the figure before, not what it measures
    if (
        noun.lower_ in load_data("numbers")["scales"]
        or noun.lower_ in load_data("numbers")["suffixes"]
    ):
        return None  # '$4 bln, up 9%': the scale of the figure before, as its unit is
    figure = noun.left_edge
    labelled = figure.i < noun.i and (figure.like_num or HAS_DIGIT.search(figure.text))
    label = label_of(doc, figure.i) if labelled else None
    if label is not None:  # 'Vans: 8,100 units, up 3%': the vans, the label of the figure
        return label  # the counted noun belongs to, never that figure's measure word
    return phrase_of(doc, noun) if noun.pos_ == "NOUN" else None


def _share_of(doc: Doc, found: tuple[str, int, int] | None) -> tuple[str, int, int] | None:
    """'the share of imported engines fell below 50%', 'the value of goods trade fell 42%': the
    engines and the trade, not the share or the value."""
    wrappers = words()["wrapper_nouns"]
    noun = doc[found[2]] if found is not None else None
    if (
        found is None
        or noun is None
        or (noun.lower_ not in wrappers and noun.lemma_ not in wrappers)
    ):
        return found
    whose = any(c.lower_ in words()["relative_possessives"] for c in noun.children)
    clause = next((v for v in [noun, *list(noun.ancestors)[:3]] if v.dep_ == "relcl"), None)
    if whose and clause is not None and _nominal(clause.head):  # 'nurses, whose numbers rose'
        return phrase_of(doc, clause.head)
    if noun.lower_ not in wrappers:  # 'shares of toolmakers' are stock, not a share of them
        return found
    obj = prep_object(noun, ("of",))
    if obj is not None and any(c.isdigit() for t in obj.subtree for c in t.text):
        return found  # 'a street value of £2bn': the 'of' phrase is the figure, not a thing
    return phrase_of(doc, obj) if obj is not None and obj.pos_ == "NOUN" else found


def _good_priced(doc: Doc, found: tuple[str, int, int] | None) -> tuple[str, int, int] | None:
    """'the average price of a pint hit GBP 5', 'the spot price of cobalt rose to $30,000':
    a price whose 'of' phrase names a good measures that good (annotation/guidelines.md
    names the good); 'spot prices for modules' names none in an 'of' phrase and stays."""
    noun = doc[found[2]] if found is not None else None
    if noun is None or noun.lemma_.lower() != words()["price_word"]:
        return found
    obj = prep_object(noun, words()["price_good_preps"])
    if obj is not None and (_per_unit_word(obj) or any(t.like_num for t in obj.subtree)):
        obj = None  # 'prices of $90 a barrel': the barrel is the price's base, not its good
    obj = obj if obj is not None else _sold_at(noun)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or is_agent(obj) or is_place(obj):
        return found
    if any(t.like_num for t in obj.subtree):
        return found  # 'the contract price of £97m': the figure itself, no good
    return phrase_of(doc, obj)


MONEY_PREPS = ("in", "for", "worth", "from")


def _whole_of_share(doc: Doc, after: int) -> tuple[str, int, int] | None:
    """The whole a percentage is a share of, in an 'of' phrase right after it ('Rail: 20% of
    cargo', 'Reserve area: 35% of the island's forests'): CLAIMS.md counts a share's whole, so on a
    label line it names the item over the label; a wrapper ('of the total') names no whole."""
    found = of_phrase(doc, after, common=True)
    if found is None:
        return None
    head = doc[found[2]]
    wrappers = set(words()["wrapper_nouns"]) | set(words()["whole_nouns"])
    if head.pos_ != "NOUN" or head.lower_ in wrappers or is_place(head) or is_agent(head):
        return None
    return found


def _per_unit_word(tok: Token) -> bool:
    """A unit word a price is quoted per ('a kilogram', 'per barrel'): the base of a price."""
    units = load_data("units")
    per = units["per_words"].get(tok.lower_) or units["per_words"].get(tok.lemma_.lower())
    return per in units["price_pers"] or units["words"].get(tok.lower_) in units["price_pers"]


def _passive_measure(doc: Doc, start: int) -> tuple[str, int, int] | None:
    """A sum a passive verb of passive_measure_verbs sets at ('the plant is budgeted at $9m'):
    the measure the verb names (its budget), of the subject when it names a thing."""
    verb = governing_verb(doc[start])
    named = words()["passive_measure_verbs"].get(verb.lemma_.lower())
    if named is None or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    tok = doc[start]
    while tok.head != tok and tok.head != verb and tok.dep_ != "pobj":
        tok = tok.head
    prep = tok.head if tok.dep_ == "pobj" else None
    if prep is None or prep.head != verb or prep.lower_ not in words()["passive_level_preps"]:
        return None
    subject = subject_noun(doc, start, verb)
    text = f"{subject[0]} {named}" if subject is not None else str(named)
    return text, verb.idx + len(verb), verb.i


def _unit_subject_good(doc: Doc, start: int) -> tuple[str, int, int] | None:
    """A clause whose subject is one unit of a good ('a tonne of cocoa costs $9,000', 'one litre
    of diesel now sells for ...'): the sum is that good's price per the unit."""
    verb = governing_verb(doc[start])
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i > start or not _per_unit_word(subj):
        return None
    good = prep_object(subj, words()["price_good_preps"])
    if good is None or good.pos_ not in ("NOUN", "PROPN") or is_agent(good) or is_place(good):
        return None
    return phrase_of(doc, good)


def named_good(doc: Doc, head: int) -> bool:
    """Whether an item's head is a good its clause names as sold or paid for at a unit price:
    the object sold at a price ('sold the ore at prices of ...'), the good of a subject that is
    one unit of it ('a tonne of cocoa costs ...') or the object of a pay verb's 'for' phrase after
    a unit ('paid $3 a kilo for beans'). Such a good is named as itself, not as its 'price'."""
    if not 0 <= head < len(doc):
        return False
    tok = doc[head]
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ in words()["price_good_preps"]:
        if _per_unit_word(prep.head) and prep.head.dep_ in ("nsubj", "nsubjpass"):
            return True  # 'a tonne of cocoa costs ...'
        counted = prep.head  # 'sold 40 tonnes of tin at ...': the tonnes are the object
        tok = counted if counted.dep_ == "dobj" else tok
    feats = load_data("item_features")
    if tok.dep_ == "pobj" and prep.lower_ in feats["purpose_for_preps"]:
        return prep.i > 0 and _per_unit_word(doc[prep.i - 1])  # '... a kilo for beans'
    if tok.dep_ != "dobj":
        return False
    preps = [c for c in tok.head.children if c.lower_ in words()["sale_price_preps"]]
    prices = [p for c in preps for p in c.children if p.dep_ == "pobj"]
    price = words()["price_word"]
    return any(p.lemma_.lower() == price and _sold_at(p) is not None for p in prices)


def _sold_at(price: Token) -> Token | None:
    """The object of the verb a price hangs on through one of sale_price_preps ('sold the ore at
    prices of ...', 'bought wheat at a price of ...'): the good the price is paid for."""
    prep = price.head
    if price.dep_ != "pobj" or prep.lower_ not in words()["sale_price_preps"]:
        return None
    if any(c.dep_ in ("amod", "compound") for c in price.children):
        return None  # 'at the subsidised price of': a kind of price, which names the figure
    verb = prep.head
    if verb.pos_ != "VERB":
        return None
    sold = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    counted = sold is not None and any(c.like_num for c in sold.children)
    good = prep_object(sold, words()["price_good_preps"]) if sold is not None and counted else None
    return good if good is not None else sold  # 'sold 40 tonnes of ore at prices of ...': the ore


def _unit_priced(doc: Doc, after: int) -> bool:
    """A sum that ends in a unit of a good ('$80 a barrel', 'EUR 300 per tonne'): a price per
    unit (units.json price_pers), whose item is the good priced, not a phrase after it."""
    if after < 2 or doc[after - 2].lower_ not in load_data("units")["per_openers"]:
        return False
    units = load_data("units")
    last = doc[after - 1]
    per = units["per_words"].get(last.lower_) or units["per_words"].get(last.lemma_.lower())
    return per in units["price_pers"]


def _past_brackets(doc: Doc, i: int) -> int:
    """The index after a bracketed aside at i ('3 billion forints ($8 million) in relief'), else i."""
    if i >= len(doc) or doc[i].text != "(":
        return i
    close = next((t.i for t in doc[i + 1 : i + 10] if t.text == ")"), None)
    return i if close is None else close + 1


def _currency_base(doc: Doc, after: int) -> int | None:
    """Index after the other currency a sum is quoted against, right after it ('to the dollar',
    'per US dollar', 'against the euro'): the sum is an exchange rate."""
    table = words()
    j = after
    if j + 1 >= len(doc) or doc[j].lower_ not in table["exchange_openers"]:
        return None
    j += 1
    if doc[j].lower_ in [*table["calendar_determiners"], *table["indefinite_articles"]]:
        j += 1
    units = load_data("units")
    for n in (2, 1):
        phrase = " ".join(t.lower_ for t in doc[j : j + n])
        code = units["words"].get(phrase) or units["symbols"].get(phrase)
        priced = j + n < len(doc) and (doc[j + n].like_num or HAS_DIGIT.search(doc[j + n].text))
        if j + n <= len(doc) and code in money() and not priced:
            return j + n  # not 'from $5,500 to $6,000', a range's other end
    return None


def _destination(doc: Doc, start: int, after: int) -> tuple[str, int, int] | None:
    """What a sum goes to: the common noun after 'to', 'towards', 'into' right after the sum
    ('and DKK 2 billion to housing repairs') or in the clause the sum is the subject of ('EUR 2
    million will go to repairs'). A place or name ('$5 million to Ukraine') is no item."""
    preps = tuple(words()["destination_preps"])
    i = _past_brackets(doc, after)
    units = load_data("units")
    coded = start > 0 and (
        doc[start - 1].text in units["symbols"] or doc[start - 1].lower_ in units["prefix_codes"]
    )
    start = start - 1 if coded else start  # 'SEK 3 billion': the code heads the phrase
    root = next((t for t in doc[start:after] if not start <= t.head.i < after), None)
    held = (
        root is not None and root.dep_ == "pobj" and root.head.lower_ in words()["partitive_preps"]
    )
    if held and root is not None and _nominal(root.head.head):
        return None  # 'pays a grant of $4m a year to farmers': the grant, which goes to them
    moved = root is not None and root.dep_ == "dobj" and i < len(doc) and doc[i].head == root.head
    direct = None if moved else of_phrase(doc, i, preps, common=True)  # 'sent $5m to buyers'
    if direct is not None:
        return None if kind_of_word().get(doc[direct[2]].lower_) in AGENTS else direct
    if root is None or root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = root.head
    prep = next((c for c in verb.children if c.i >= after and c.lower_ in preps), None)
    found = of_phrase(doc, prep.i, preps, common=True) if prep is not None else None
    if found is not None and kind_of_word().get(doc[found[2]].lower_) in AGENTS:
        return None
    last = doc[after - 1]  # the claim's span stays on the sum, not the verb after it
    return None if found is None else (found[0], last.idx + len(last), found[2])


def _purpose(doc: Doc, start: int, after: int) -> bool:
    """A sum that is the subject of a verb of purpose_lemmas or runs straight into one as its
    infinitive ('$3m will hire teachers', '$3m to train nurses'): money for that purpose."""
    purposes = words()["purpose_lemmas"]
    i = _past_brackets(doc, after)
    if i + 1 < len(doc) and doc[i].tag_ == "TO":  # the infinitive marker
        verb = doc[i + 1]
        return verb.pos_ == "VERB" and verb.lemma_.lower() in purposes
    units = load_data("units")
    coded = start > 0 and (
        doc[start - 1].text in units["symbols"] or doc[start - 1].lower_ in units["prefix_codes"]
    )
    first = start - 1 if coded else start
    root = next((t for t in doc[first:after] if not first <= t.head.i < after), None)
    if root is None or root.dep_ != "nsubj" or root.head.pos_ != "VERB":
        return False
    return root.head.lemma_.lower() in purposes


@cache
def _purpose_for_items() -> frozenset[str]:
    return frozenset(load_data("item_features")["purpose_for_items"])


def _purpose_for(doc: Doc, i: int) -> tuple[str, int, int] | None:
    """The common noun of a 'for' phrase at token i that says what a sum is for ('for new
    buses', 'for a coastal patrol mission'); none for an agent, a place, a time or a per-word
    ('for each nurse', 'for eight weeks', 'for Chile')."""
    feats = load_data("item_features")
    if i + 1 >= len(doc) or doc[i].lower_ not in feats["purpose_for_preps"]:
        return None
    units = load_data("units")
    each = set(units["per_openers"]) - set(words()["indefinite_articles"])
    if doc[i + 1].like_num or doc[i + 1].lower_ in each:  # 'for each pupil': a rate's base
        return None
    found = of_phrase(doc, i, tuple(feats["purpose_for_preps"]), common=True)
    if found is None:
        return None
    head = doc[found[2]]
    if any(t.dep_ == "case" for t in doc[i + 1 : found[2]]):
        return None  # 'for the region's power grid': funding for a place's own thing
    periods = units["time_units"]
    if is_agent(head) or is_place(head) or head.pos_ != "NOUN" or head.lower_ in periods:
        return None
    if head.lower_ in feats["occasion_nouns"]:
        return None  # 'for the first time': when, not what
    first = next(  # 'for road repairs and new bridges': the first purpose heads the phrase
        (
            t
            for t in doc[i + 1 : found[2]]
            if t.tag_ == "NNS" and doc[t.i + 1].lower_ in words()["coordinators"]
        ),
        None,
    )
    return phrase_of(doc, first) if first is not None else _listed_head(doc, found)


def _listed_head(doc: Doc, found: tuple[str, int, int]) -> tuple[str, int, int]:
    """'for roof, door and window repairs': singular nouns listed before a coordinator modify the
    plural head after it, which is what the phrase names."""
    k = found[2]
    if doc[k].tag_ != "NN":
        return found
    m = k + 1
    while m + 1 < len(doc) and doc[m].text == "," and doc[m + 1].tag_ == "NN":
        m += 2
    if m >= len(doc) or doc[m].lower_ not in words()["coordinators"]:
        return found
    m += 1
    while m + 1 < len(doc) and doc[m].tag_ == "NN" and doc[m + 1].pos_ == "NOUN":
        m += 1
    if m >= len(doc) or doc[m].tag_ != "NNS" or doc[m].pos_ != "NOUN":
        return found
    return phrase_of(doc, doc[m])


def _money_verb(doc: Doc, start: int, after: int) -> str | None:
    """A sum that is the object of a money verb measures what the verb names: 'spent $3
    billion on drones' -> 'drones spending', 'earned $12 billion' -> 'revenue'."""
    verbs = words()["money_verbs"]
    obj = next((t for t in doc[max(0, start - 1) : after] if t.dep_ == "dobj"), None)
    verb = obj.head if obj is not None else None
    if of_phrase(doc, after) is not None or of_phrase(doc, after, ("worth",)) is not None:
        return None  # 'froze CHF 7 billion of Russian assets', '$9m worth of gems': the goods
    moved = set(words()["level_preps"]) - set(words()["passive_level_preps"])
    sum_ = doc[max(0, start - 1) : after]
    if verb is None and any(t.dep_ == "pobj" and t.head.lower_ in moved for t in sum_):
        return None  # 'the grant was raised to GBP 7,500': a level the thing reached, no sum raised
    levels = {*words()["measure_nouns"], *words()["antecedent_nouns"]}  # 'lost an average of
    of_noun = any(  # $9,000 each': still the verb's sum
        t.dep_ == "pobj" and t.head.head.pos_ == "NOUN" and t.head.head.lower_ not in levels
        for t in sum_
    )
    worth = words()["worth_lemmas"]
    lead = doc[max(0, start - 5) : start]  # 'worth well over half a billion dollars'
    lead = lead[next((k + 1 for k in range(len(lead) - 1, -1, -1) if lead[k].is_punct), 0) :]
    if any(t.head.lemma_.lower() in worth for t in sum_ if t.head.i < start) or any(
        t.lemma_.lower() in worth for t in lead
    ):
        return None  # 'moved crude worth $500m': the value of the crude, not a sum moved
    if verb is None and not of_noun:  # 'promised about GBP 900 mn', parsed as a preposition's
        near = governing_verb(doc[start])  # object; not 'moved at a cost of $9m': the cost
        level = words()["measure_nouns"]  # 'spent a record USD 4.4 bn': the record is the sum
        owned = not any(
            c.dep_ == "dobj" and not start - 1 <= c.i < after and c.lower_ not in level
            for c in near.children
        )
        verb = near if owned and near.i < start and near.pos_ == "VERB" else None
    added = _added_to(verb) if verb is not None else None
    if added is not None:  # 'adds $90 a year to the average bill': the bill
        return added
    named = load_data("item_features")["money_verb_items"]  # 'earned $3m': the earnings
    noun = named.get(verb.lemma_.lower()) if verb is not None else None
    units = load_data("units")
    rate = any(
        doc[k].lower_ in units["per_openers"] and doc[k + 1].lower_ in units["per_words"]
        for k in range(start, min(after + 1, len(doc) - 1))
    )
    passive = verb is not None and any(c.dep_ == "auxpass" for c in verb.children)
    wage = verb is not None and verb.lemma_.lower() in load_data("item_features")["wage_verbs"]
    if wage and (rate or passive):  # 'pays $2,000 a month to each soldier', 'is paid $900': pay
        noun = None
    noun = noun or (
        (verbs.get(verb.lower_) or verbs.get(verb.lemma_)) if verb is not None else None
    )
    if verb is None or noun is None:
        return None
    subj = subject_noun(doc, start)  # 'exports, which earned Belarus $2.5 billion': exports
    things = verb.lower_ in words()["thing_subject_verbs"]
    things = things or (rate and verb.lower_ in words()["rate_subject_verbs"])
    if things and subj is not None and kind_of_word().get(doc[subj[2]].lower_) not in AGENTS:
        return None
    on = [p for c in verb.children if c.lower_ == "on" for p in c.children if p.dep_ == "pobj"]
    return f"{phrase_of(doc, on[0])[0]} {noun}" if on and on[0].pos_ == "NOUN" else str(noun)


def _misread_rate_verb(doc: Doc, start: int, after: int) -> tuple[str, int, int] | None:
    """A price per unit that is the object of a rate verb (quantity_words rate_subject_verbs) the
    tagger read as a noun compounded onto the thing before it ('bottled water cost €2 a litre',
    'the coach ticket costs £30 a seat' parsed as a 'water cost' or 'ticket costs'): the thing is
    what the sum prices, as it is when the verb is read as a verb."""
    first = max(0, start - 1)  # a currency code before the figure: 'MYR 4,100 a tonne'
    heads = {t.head for t in doc[first:after] if not first <= t.head.i < after}
    verb = next((h for h in heads if h.lower_ in words()["rate_subject_verbs"]), None)
    if verb is None:
        return None
    subj = noun_read_as_verb(verb)
    if subj is None or is_agent(subj) or is_place(subj):
        return None
    left = subj.i  # its own modifiers, some read as the misread noun's: 'crude palm oil cost'
    while (
        left > 0
        and doc[left - 1].dep_ in ("compound", "amod")
        and doc[left - 1].pos_
        in (
            "NOUN",
            "ADJ",
            "PROPN",
        )
    ):
        if not left - 1 < doc[left - 1].head.i <= verb.i:
            break
        left -= 1
    return doc[left : subj.i + 1].text.lower(), subj.idx + len(subj), subj.i


def _earned_from(doc: Doc, start: int, after: int) -> tuple[str, int, int] | None:
    """'The port earns EUR 40m a year from cruise fees', 'earned $2bn from copper exports': a sum
    an earning verb (item_features earned_from) takes in from a flow of trade or charges measures
    that flow, not the earnings. A source of another kind ('from the programme', a date, a gerund)
    leaves the sum its earnings."""
    spec = load_data("item_features")["earned_from"]
    verb = governing_verb(doc[start])
    if verb.lemma_.lower() not in spec["lemmas"] or verb.i > start:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in spec["preps"] or prep.i < after:
            continue
        source = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if source is not None and source.pos_ == "NOUN" and source.lower_ in spec["sources"]:
            return phrase_of(doc, source)
    return None


def _added_to(verb: Token) -> str | None:
    """A sum a verb of added_to_lemmas adds to a thing ('adds $90 a year to the typical bill',
    'adding EUR 2 million to labour costs') measures that thing: the bill, the costs. Not a
    sum added to each unit of a good ('adds 3p to a pint', 'EUR 2 to each cubic metre'), which
    is a price rise of what the clause names."""
    features = load_data("item_features")
    if verb.lemma_.lower() not in features["added_to_lemmas"]:
        return None
    units = load_data("units")
    each = set(features["added_to_portions"]) | set(units["per_words"]) | set(units["words"])
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in features["added_to_preps"]:
            continue
        thing = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if thing is None or thing.pos_ != "NOUN" or thing.lemma_.lower() in each:
            return None
        every = set(units["per_openers"]) - set(words()["indefinite_articles"])
        if any(c.dep_ == "det" and c.lower_ in every for c in thing.children):
            return None  # 'to each tonne'
        return phrase_of(verb.doc, thing)[0]
    return None


def _sum_undergoes(doc: Doc, after: int) -> str | None:
    """'EUR 9 million was still seized', 'some $4m remains blocked', '$2m had been stolen':
    a sum that is the subject of a passive money verb (one of money_verb_items) is what the
    verb names, as when it is the verb's object ('froze $4m')."""
    features = load_data("item_features")
    named, skips = features["money_verb_items"], features["passive_links"]
    k = after
    while (
        k < len(doc) and k < after + 4 and (doc[k].lemma_.lower() in skips or doc[k].pos_ == "ADV")
    ):
        k += 1
    if k == after or k >= len(doc) or doc[k].tag_ != "VBN":
        return None
    if any(c.dep_ == "dobj" for c in doc[k].children):
        return None  # 'has frozen three accounts': the sum is not what was frozen
    return named.get(doc[k].lemma_.lower())


#: The article's paragraphs read so far, for a good named in an earlier one (claims.extract.story).
_STORY = Story()


def note_story(doc: Doc) -> None:
    """Put `doc` on its article's story (the finder calls it on every Doc, so a paragraph with no
    figure still hands on the good it names)."""
    _STORY.note(doc)


def story_upto(doc: Doc) -> tuple[Doc, ...]:
    """The article's paragraphs up to and including `doc` (every Doc is noted by `note_story`)."""
    return _STORY.upto(doc)


def context_good(doc: Doc, start: int) -> str | None:
    """The good a traded or produced measure counts when its clause names none: the nearest
    good named before it in the text ('Nickel prices slid. Indonesia produced 1.8 million
    tonnes': nickel), in its paragraph or else in the article's paragraphs before it (the
    story's). CLAIMS.md counts the good, not the trade."""
    goods = set(words()["priced_goods"])
    for span in (doc[:start], *(d[:] for d in reversed(_STORY.before(doc)))):
        for t in reversed(span):
            if t.lower_ in goods and t.pos_ in ("NOUN", "PROPN"):
                return t.lower_
    return None


def traded(doc: Doc, after: int, before: int | None = None) -> str | None:
    """What a measure that is the object of a trade or output verb counts: the good named
    before token `before` (default: the measure's end), else what the verb names ('sold 9,000
    bales': the cotton, else sales). A share is no traded measure ('only 42% was removed')."""
    if 0 < after <= len(doc) and relative_unit_token(doc[after - 1]):
        return None
    noun = _measure_verb(doc, after)
    return None if noun is None else context_good(doc, after if before is None else before) or noun


def _measure_verb(doc: Doc, after: int) -> str | None:
    """A measure that is the object of a trade or output verb, or the subject of the verb in the
    passive, and names no good measures what the verb names: 'exported 15 million tonnes' ->
    exports, 'pumped 9 million barrels' -> output, '2 million barrels were shipped' -> shipments."""
    roles = ("dobj", "nsubjpass")
    unit = next((t for t in reversed(doc[max(0, after - 4) : after]) if t.dep_ in roles), None)
    verb = unit.head if unit is not None else None
    if verb is None or verb.pos_ != "VERB":  # 'pumped 9 million barrels a day': the barrels
        return None
    noun = words()["measure_verbs"].get(verb.lemma_.lower())
    return str(noun) if noun is not None else None


def spelled_out(doc: Doc, text: str) -> str:
    """A good the text names by an acronym it spelled out before ('Iron ore concentrate (IOC)
    slid', then 'IOC: $140/t'): the good's own name, as CLAIMS.md-only writers name it. Only an
    acronym whose spelled-out last word is a good; an index keeps its acronym ('the CPI')."""
    words_ = text.split()
    if len(words_) != 1 or not 2 <= len(text) <= 6 or not text.isalpha():
        return text
    defined = _defined_acronym(text)
    bracketed = f"({text.upper()})"  # in every match: a paragraph without it is not searched
    for story_doc in reversed(story_upto(doc)):
        said = doc_text(story_doc)  # Doc.text joins every token
        match = defined.search(said) if bracketed in said else None
        if match is None:
            continue
        long = match.group(1).split()
        initials = "".join(w[0] for w in long).lower()
        if initials == text and _is_good_word(long[-1].lower()):
            return " ".join(long).lower()
    return text


@lru_cache(maxsize=1024)
def _defined_acronym(text: str) -> re.Pattern[str]:
    """spelled_out's pattern for one acronym, compiled once per word (not on every call)."""
    short = re.escape(text.upper())
    return re.compile(rf"((?:[A-Za-z][\w-]* ){{{len(text)}}})\({short}\)")


def _is_good_word(word: str) -> bool:
    """A word of priced_goods or good_forms ('powder', 'concentrate')."""
    return word in words()["priced_goods"] or word in words()["good_forms"]


def priced(text: str, unit: str | None, per: str | None, good: bool = False) -> str:
    """Money per barrel, tonne or litre is the price of a good: an item that names the good
    itself ('Brent crude fetched $80 a barrel', 'urea at $400 a tonne') or already names a price,
    cap or rate stays as written; one that names only a market, contract, grade or place ('the
    three-month contract averaged $2,600 a tonne', 'Vietnam 25% broken: $391/t') gets 'price'."""
    if good or unit not in money() or per not in load_data("units")["price_pers"]:
        return text  # a good the clause names as what is sold or paid for ('named_good')
    last = text.split()[-1] if text.split() else ""
    prices = words()["price_nouns"] + words()["priced_goods"] + words()["good_forms"]
    if last in prices or (last.endswith("s") and last[:-1] in prices):
        return text
    if GRADE_CODE.fullmatch(last):
        return text  # a grade's code names the good ('SMR10 closed at $1.70/kg'), as 'brent' does
    price = str(words()["price_word"])
    if any(w.rstrip("s") == price for w in text.split()):
        return text  # 'Price forecast, 2026: $5,200/t': a price already, its forecast
    return f"{text} {price}"


def unit_item(doc: Doc, after: int, unit: str) -> Item:
    """The unit itself as the item when nothing else names what is measured."""
    units = load_data("units")
    last = doc[after - 1]
    if after >= 3 and doc[after - 2].lower_ in units["per_openers"]:
        last = doc[after - 3]  # '1.1 million barrels a day': the barrels, not the day
    names = {"USD": "dollars", "EUR": "euros", "GBP": "pounds", "%": "percent"}
    scale = last.lower_ in load_data("numbers")["scales"] or last.lower_ in units["prefix_codes"]
    scale = scale or last.lower_ in load_data("numbers")["suffixes"]  # '$1m': the 'm'
    measured = load_data("item_features")["unit_measures"]
    if unit in units["unit_items"]:
        word = str(units["unit_items"][unit])  # '88,000 TEU': a TEU sizes a container
    elif unit in measured:
        word = _installed(doc, after) or str(measured[unit])  # '1.2 MW came online': capacity
    elif unit in names or not last.is_alpha or scale:
        word = names.get(unit, unit.lower())
    else:
        word = last.lower_
    return Item(word, doc[after - 1].idx + len(doc[after - 1]), last.i, False, after)


def _installed(doc: Doc, after: int) -> str | None:
    """A power rating an install, add or connect verb governs ('the grid connected 4 GW this
    year') counts the installations (CLAIMS.md-only writers), not the capacity a holder has."""
    features = load_data("item_features")
    verb = governing_verb(doc[after - 1])
    if verb.lemma_.lower() in features["install_lemmas"]:
        return str(features["install_item"])
    return None


def phrase_of(doc: Doc, head: Token) -> tuple[str, int, int]:
    """A noun with the compounds and adjectives before it, lower case ('federal budget revenue')."""
    left = head.i
    while (
        left - 1 >= 0
        and doc[left - 1].dep_ in ("compound", "amod")
        and doc[left - 1].head == head
        and doc[left - 1].pos_ in ("NOUN", "ADJ", "PROPN")
        and nationality_of(doc[left - 1].text) is None
    ):
        left -= 1
    left = _numbered_compound(doc, left)
    return doc[left : head.i + 1].text.lower(), head.idx + len(head), head.i


def _glued_hyphen(doc: Doc, k: int) -> bool:
    """Token k is a hyphen written between two words with no space ('non-debarments')."""
    return (
        1 <= k < len(doc) - 1
        and doc[k].text == "-"
        and not doc[k].whitespace_
        and not doc[k - 1].whitespace_
        and doc[k - 1].is_alpha
        and doc[k + 1].is_alpha
    )


def _glued_end(doc: Doc, tok: Token) -> Token:
    """The last piece of a hyphened word the tokenizer split, from any of its pieces ('non' or
    the hyphen in 'non-debarments')."""
    if _glued_hyphen(doc, tok.i):
        tok = doc[tok.i + 1]
    while _glued_hyphen(doc, tok.i + 1):
        tok = doc[tok.i + 2]
    return tok


def _glued_phrase(doc: Doc, head: Token) -> tuple[str, int, int]:
    """`phrase_of` the head, with the pieces of a hyphened word the tokenizer split at its start
    ('re-flagged tankers', 'non-profits'), which the phrase would cut at the hyphen."""
    text, end_char, i = phrase_of(doc, head)
    start_char = end_char - len(text)
    left = next((t.i for t in doc[: head.i + 1] if t.idx == start_char), head.i)
    if _glued_hyphen(doc, left):
        left -= 1  # the phrase starts at the hyphen itself
    while _glued_hyphen(doc, left - 1):
        left -= 2
    return doc[left : head.i + 1].text.lower(), end_char, i


def _numbered_compound(doc: Doc, left: int) -> int:
    """'three-wheelers', 'two-seaters': a noun of numbered_nouns with a number word hyphened onto
    it is one word, which keeps its number (the number counts nothing: hyphen_modifiers)."""
    hyphen = doc[left - 1] if left >= 2 else None
    if hyphen is None or hyphen.text != "-" or hyphen.whitespace_ or doc[left - 2].whitespace_:
        return left
    number = doc[left - 2]
    numbered = doc[left].lower_ in words()["numbered_nouns"]
    return left - 2 if numbered and number.is_alpha and number.like_num else left


def of_phrase(
    doc: Doc, i: int, preps: tuple[str, ...] = ("of",), common: bool = False
) -> tuple[str, int, int] | None:
    """The noun of an 'of' phrase starting at token i ('of Russian oil', 'of the ships');
    money also takes 'in', 'for' and 'worth' ('$900 million in gold')."""
    if i >= len(doc) or doc[i].lower_ not in preps:
        return None
    if doc[i].lower_ == "worth" and i + 1 < len(doc) and doc[i + 1].lower_ == "of":
        i += 1
    j = i + 1
    while j < len(doc) and (doc[j].pos_ in ("DET", "PRON") or doc[j].dep_ in ("poss", "case")):
        j += 1
    owner = next((t for t in doc[j : j + 6] if t.dep_ == "case" and t.lower_ in ("'s", "'")), None)
    name = owner is not None and all(t.pos_ in ("PROPN", "ADP", "DET") for t in doc[j : owner.i])
    timed = owner is not None and _period_owner(doc[j : owner.i])  # "of last season's harvest"
    if owner is not None and (name or timed) and owner.head.dep_ == "poss":
        j = owner.i + 1  # "of the Reserve Bank of Fiji's reserves"
    found = noun_after(doc, j, proper=not common)
    between = (
        [t for t in doc[j : found[2]] if t.pos_ not in ("ADJ", "CCONJ", "PUNCT")] if found else []
    )
    if (
        found is None
        or len(between) > 4  # listed adjectives do not count: 'in military, legal and other aid'
        or (common and doc[found[2]].lower_ in words()["not_items"])
        or (common and any(c.isdigit() for c in doc[found[2]].text))  # 'in mid-2024': a time
    ):
        return None
    return found


def _period_owner(owner: Span) -> bool:
    """A period or place that owns the noun after it ('last year's', 'this season's', 'the
    world's'): words of not_items or owner_wholes, never what a figure counts, with only
    modifiers before."""
    owners = words()["not_items"] + words()["owner_wholes"]
    if len(owner) == 0 or owner[-1].lower_ not in owners:
        return False
    return all(t.pos_ in ("DET", "ADJ", "NUM") for t in owner[:-1])


def _against_base(doc: Doc, start: int, after: int, base: tuple[str, int, int]) -> Item:
    """'premiums rose to 1% of a ship's value', 'the deficit reached 1.7% of GDP': a percentage
    of a base, stated as the level or change of a subject, measures that subject (a thing, not
    who acts), not the base; otherwise it keeps the base."""
    k = start - 1
    of = words()["partitive_preps"]
    while k > 0 and doc[k].pos_ in ("ADV", "ADJ") and doc[k].lower_ not in of:
        k -= 1  # 'a deficit of about 3% of GDP'
    owner = doc[k].head if k > 0 and doc[k].lower_ in of else None
    if (
        owner is not None
        and owner.i < k
        and owner.pos_ == "NOUN"
        and owner.lemma_.lower() in words()["base_ratio_nouns"]
    ):
        found = phrase_of(doc, owner)  # 'a budget deficit of 3.5% of GDP': the deficit
        return Item(found[0], base[1], found[2], True, after)
    verb = governing_verb(doc[start])
    level = verb.lemma_.lower() in words()["level_lemmas"] or direction_of(verb) is not None
    subject = subject_noun(doc, start) if level else None  # not 'the canal earns 2% of GDP'
    word = doc[subject[2]].lower_ if subject is not None else ""
    thing = kind_of_word().get(word) not in AGENTS and word not in words()["base_nouns"]
    if subject is not None and thing:
        return Item(subject[0], base[1], subject[2], False, after)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and _nominal(c)), None)
    if level and obj is not None and obj.i < start and obj.lower_ not in words()["base_nouns"]:
        moved = phrase_of(doc, obj)  # 'insurers raised premiums to 1% of a ship's value'
        return Item(moved[0], base[1], moved[2], False, after)
    return Item(base[0], base[1], base[2], False, after)


def _through_bound(doc: Doc, start: int, after: int) -> Token:
    """The amount's top token through bound words and a currency code ('to more than DKK 9
    billion': 'more', the object of 'to'), up to the preposition that governs it."""
    preps = set(words()["owner_preps"]) | set(words()["level_preps"])
    t = doc[after - 1]
    for _ in range(6):
        head = t.head
        if head == t or head.i < start - 4 or head.i >= after or head.lower_ in preps:
            break
        t = head
    return t


def _nominal(tok: Token) -> bool:
    """A noun, or a plural the tagger took for a verb but parsed in a noun's role ('cargoes')."""
    return tok.pos_ == "NOUN" or (tok.tag_ == "VBZ" and tok.dep_ in ("dobj", "nsubj", "pobj"))


def payer(noun: Token, figure: Token) -> bool:
    """Who a cost verb's sum falls on ('cost the port about $8m'): no owner of the sum."""
    return noun.head.lemma_.lower() in words()["payer_verbs"] and first_of_two_objects(
        noun, figure, words()["partitive_preps"]
    )


def _governing_noun(
    doc: Doc, start: int, after: int, verbs: bool = True
) -> tuple[str, int, int] | None:
    """'a price ceiling of $45', 'a range of about 120 km', 'a radar worth $20 million': the noun
    the amount belongs to."""
    j = start - 1
    codes = load_data("units")["prefix_codes"]
    cols = columns(doc)
    pos, lowers = cols.pos, cols.lower
    while (
        j > 0
        and (pos[j] in ("DET", "SYM", "ADV", "ADP", "ADJ", "VERB") or lowers[j] in codes)
        and lowers[j] != "worth"
    ):
        j -= 1
    if j > 0 and lowers[j] == "worth" and start - j <= 5 and _nominal(doc[j - 1]):
        return phrase_of(doc, doc[j - 1])
    partitive = lowers[j + 1] in words()["partitive_preps"]
    top = _through_bound(doc, start, after)
    frame = _framed(top)
    framing = frame != top and frame == doc[j]  # 'by an average of 8%'
    if 0 < j < start - 2 and pos[j] == "NOUN" and partitive and not payer(doc[j], doc[after - 1]):
        return phrase_of(doc, doc[j])  # 'a penalty of up to JPY 5 million': bound words between
    if framing:
        return None  # the summary noun only frames a change's size: the change names the thing
    k = start - 1
    symbols = load_data("units")["symbols"]
    while k > 0 and (cols.text[k] in symbols or lowers[k] in codes):
        k -= 1  # 'rents up to $1,200/month', 'tickets around EUR 45': a bound between noun and sum
    size = next(
        (n for b, n in _bound_phrases() if cols.span_text(max(0, k - n + 1), k + 1).lower() == b),
        0,
    )
    noun = doc[k - size] if size and k - size >= 0 else None
    if (
        noun is not None
        and noun.pos_ == "NOUN"
        and not is_agent(noun)
        and noun.lower_ not in words()["not_items"]
        and f"{noun.lemma_.lower()}s" not in load_data("units")["time_units"]
        and not payer(noun, doc[after - 1])
    ):
        return phrase_of(doc, noun)
    tok = doc[after - 1]
    core = _through_bound(doc, start, start + 1)  # the sum itself, before a 'per 50kg bag' after it
    for t in (tok, tok.head, _through_bound(doc, start, after), core):
        owner = t.head.head
        if (
            (t.dep_ == "pobj" or t.head.lower_ == "worth")
            and t.head.lower_ in words()["owner_preps"]
            and owner.pos_ == "NOUN"
            and owner.i < start
            and not payer(owner, t)  # 'cost the trade about $7m': who pays, no owner
        ):
            return phrase_of(doc, owner)
        if (
            verbs
            and t.dep_ == "pobj"
            and t.head.lower_ in words()["threshold_preps"]
            and owner.dep_ == "dobj"
            and owner.pos_ == "NOUN"
            and owner.i < start
        ):
            return phrase_of(doc, owner)  # 'pushed prices above $90 a barrel', parsed on the noun
        # 'cut exports to 300,000 barrels', 'keep output under 9 million barrels': the object
        thresholds = tuple(words()["threshold_preps"])
        verb_preps = ("to", "from", "at", "by", *thresholds) if verbs else ("at",)
        if (
            t.dep_ == "pobj"
            and t.head.lower_ in verb_preps
            and owner.pos_ == "VERB"
            and owner.i < start
        ):
            obj = next((c for c in owner.children if c.dep_ == "dobj" and _priced(c)), None)
            if obj is not None and not payer(obj, t):
                return phrase_of(doc, obj)
    return None


def _worth_owner(doc: Doc, start: int) -> tuple[str, int, int] | None:
    """The thing a sum is the value of: a sum right after 'worth' or 'valued at' ('cargoes worth
    a combined USD 3.1 billion', 'the fund, which is worth around NOK 20,000 billion', 'LNG sold
    through EU terminals was worth EUR 7 bn', 'parts, valued at more than $11 million') counts
    what is worth it, the noun the word is said of."""
    units = load_data("units")
    j, reach = start - 1, 4
    while (
        j > 0
        and start - j <= reach
        and (
            doc[j].pos_ in ("ADP", "DET", "ADJ", "ADV", "SYM")
            or doc[j].dep_ in ("quantmod", "amod")
            or doc[j].lower_ in words()["worth_sum_nouns"]
            or doc[j].text in units["symbols"]
            or doc[j].lower_ in units["prefix_codes"]
        )
    ):
        if doc[j].lemma_.lower() in words()["worth_lemmas"]:
            break
        reach += 2 if doc[j].lower_ in words()["worth_sum_nouns"] else 0  # 'a total of'
        j -= 1  # 'worth about', 'valued at more than', 'worth a combined'
    word = doc[j] if j >= 0 else None
    if word is None or word.lemma_.lower() not in words()["worth_lemmas"]:
        return None
    if word.pos_ == "VERB" and j + 1 >= start:
        return None  # 'valued at' needs its preposition
    owner: Token | None = next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    before = doc[word.i - 1] if word.i > 0 else None
    if (
        owner is None
        and before is not None
        and (_nominal(before) or (before.tag_ == "VBZ" and before.pos_ == "VERB"))
    ):
        owner = before  # 'will seize holdings worth roughly EUR 45mn': the assets ('cargoes' a
        # plural the tagger took for a verb)
    if owner is not None and owner == before and word.pos_ == "NOUN" and before.head == word:
        return None  # 'a street value of £2bn': the noun before only modifies the value noun
    if owner is None and word.dep_ in ("amod", "acl") and _nominal(word.head):
        owner = word.head  # 'cargoes worth', 'villas, valued at'
        if doc[word.i - 1].text == "," and word.i > 1 and _nominal(doc[word.i - 2]):
            owner = doc[word.i - 2]  # 'shipments of aircraft parts, valued at': the parts
    verb = word.head
    said = word.dep_ in ("acomp", "attr")  # not 'made 37 exports, worth $2m': no copula's subject
    for _ in range(2 if said else 0):  # 'was worth', 'which is worth', 'is said to be worth'
        if owner is not None or verb.pos_ not in ("AUX", "VERB"):
            break
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
        if subj is not None and subj.dep_ == "csubj":  # 'Gas piped through the corridor was'
            subj = next((c for c in subj.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        owner = antecedent_subject(subj, verb)
        verb = verb.head
    named = owner is not None and (_nominal(owner) or owner.pos_ == "PROPN" or owner == before)
    if owner is None or not named or is_agent(owner) or _measure_figure(owner):
        return None
    return None if owner.lower_ in words()["not_items"] else phrase_of(doc, owner)


def _figure_thing(doc: Doc, measure: Token) -> tuple[str, int, int] | None:
    """What a figure in a unit word measures ('exports total 2m tonnes': the exports), read as
    that figure's own item; None when it names only its unit."""
    unit = load_data("units")["words"].get(measure.lower_)
    got = _rule_item(doc, measure.left_edge.i, measure.i, measure.i + 1, unit)
    if got is None or got.head == measure.i:
        return None
    return got.text, got.end_char, got.head


def _measure_figure(tok: Token) -> bool:
    """A unit word with its number ('exports total 2m tonnes worth $5bn'): a figure of its own,
    not the thing a sum is the value of; what that figure measures is found as for any other."""
    units = load_data("units")["words"]
    measures = load_data("item_features")["measure_words"]
    unit = tok.lower_ in units or tok.lower_ in measures
    return unit and any(c.like_num or c.dep_ == "nummod" for c in tok.children)


def _participle_owner(doc: Doc, start: int, after: int) -> tuple[str, int, int] | None:
    """'costs, estimated at EUR 150,000', 'accounts holding 12 million pesos', 'a cargo weighing
    40 tonnes': a measure inside a participle clause on a noun measures that noun."""
    tok = doc[after - 1]
    while (
        tok.head != tok
        and start - 2 <= tok.head.i < after
        and tok.head.pos_ not in ("VERB", "AUX", "ADP")
    ):
        tok = tok.head  # the top of the amount, through its bound words and currency
    tok = _framed(tok)  # 'fares raised by an average of 8%'
    if tok.dep_ not in ("pobj", "dobj", "npadvmod", "attr"):
        return None  # not a second figure joined to the first: 'slowing from 4% and 5%'
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if verb.pos_ != "VERB" or verb.dep_ not in ("acl", "advcl") or verb.tag_ not in ("VBN", "VBG"):
        return None
    owner = verb.head  # after a comma, an adverbial participle is read on the noun before it
    if verb.dep_ == "advcl":
        owner = doc[verb.i - 2] if verb.i > 1 and doc[verb.i - 1].text == "," else verb
        owner = owner if owner.dep_ == "dobj" and owner.head == verb.head else verb
    if not _nominal(owner) or not 0 < verb.i - owner.i <= 2 or is_agent(owner):
        return None  # the noun right before its participle
    return None if owner.lower_ in words()["not_items"] else phrase_of(doc, owner)


@cache
def _bound_phrases() -> tuple[tuple[str, int], ...]:
    """The bound words of data/bounds.json that open an amount ('up to', 'around') and their
    length in words, longest first."""
    bounds = load_data("bounds")["before"]  # not 'under' nor 'over': 'drivers under 21'
    phrases = [(b, len(b.split())) for b, kind in bounds.items() if kind in ("lte", "approx")]
    return tuple(sorted(phrases, key=lambda p: -p[1]))


def _changed_by(doc: Doc, start: int) -> tuple[str, int, int] | None:
    """The subject of a change verb a bare count is the size of ('jobs fell by 40,000',
    'with payrolls falling by 9,000'): it names what the count counts."""
    prep = doc[start].head
    if prep.lower_ not in words()["change_by_preps"] or doc[start].dep_ != "pobj":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or direction_of(verb) is None:
        return None
    if verb.dep_ == "acl" and _nominal(verb.head) and verb.head.i < verb.i:
        return phrase_of(doc, verb.head)  # 'jobs falling by 52,000'
    return subject_noun(doc, start, verb)


def _object_changed_by(doc: Doc, start: int) -> tuple[str, int, int] | None:
    """'cut average fees by 70%', 'raised its bus fares by 8%', 'lifted rents by an average of 6%':
    the noun phrase between a change verb and 'by' is what changed, read on the surface (the
    parser may take the verb for an adjective of the noun)."""
    cols = columns(doc)
    b = start - 1
    while b > 0 and (cols.text[b] in load_data("units")["symbols"] or cols.pos[b] == "ADV"):
        b -= 1  # 'by about 40%', 'by $5'
    b = _past_summary(doc, b + 1) - 1  # 'by an average of 40%'
    if b < 2 or cols.lower[b] not in words()["change_by_preps"]:
        return None
    head = b - 1
    if cols.pos[head] != "NOUN":
        return None
    k = head
    while k > 0 and cols.pos[k - 1] in ("NOUN", "ADJ", "DET", "PRON", "PROPN") and head - k < 5:
        k -= 1
    verb = doc[k - 1] if k > 0 else None
    if verb is None or verb.tag_ not in ("VBD", "VBN", "VBG", "VBZ", "VBP", "VB"):
        return None
    if direction_of(verb) is None:
        return None
    return phrase_of(doc, doc[head])


def _changed_object(doc: Doc, after: int) -> tuple[str, int, int] | None:
    """'raise our 2026 demand forecast by 4%', 'trimmed the 2025 budget by 3%': the object of
    the change verb whose 'by' holds the figure, read on the parse when a year or other number
    stands between the verb and its object."""
    fig = doc[after - 1]
    if fig.dep_ != "pobj" or fig.head.lower_ not in words()["change_by_preps"]:
        return None
    verb = fig.head.head
    if verb.pos_ != "VERB" or direction_of(verb) is None:
        return None
    # the parser may tag a noun object as a verb ('our demand forecast')
    kinds = ("NOUN", "VERB")
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in kinds), None)
    return phrase_of(doc, obj) if obj is not None and not is_agent(obj) else None


def _counted(tok: Token) -> bool:
    """A noun with a number of its own ('12 basis points', '$930/t'), a year aside."""
    return any(c.dep_ == "nummod" and c.like_num and not YEAR.match(c.text) for c in tok.children)


def _priced(tok: Token) -> bool:
    """A common noun, or a named rate or price ('held Bank Rate at 4%', 'set the Key Rate')."""
    if _counted(tok):
        return False  # 'averaged $980/t, up from $930/t': the object is a figure of its own
    return _nominal(tok) or (tok.pos_ == "PROPN" and tok.lower_ in words()["price_nouns"])


def antecedent_subject(subj: Token | None, verb: Token) -> Token | None:
    """A relative pronoun that is the subject of a relative clause stands for the noun the
    clause is on ('a strike that lasted a week': strike)."""
    if subj is not None and subj.lower_ in words()["relative_pronouns"] and verb.dep_ == "relcl":
        return verb.head
    return subj


def subject_noun(doc: Doc, start: int, verb: Token | None = None) -> tuple[str, int, int] | None:
    """The common-noun subject of the clause ('crude exports averaged 3.1 million barrels')."""
    verb = verb if verb is not None else governing_verb(doc[start])
    roles = ("nsubj", "nsubjpass", "csubj")
    inner = verb
    relative = inner.dep_ in ("ccomp", "xcomp") and inner.head.dep_ == "relcl"
    if relative and direction_of(inner) is not None:
        pronouns = [
            c
            for v in (inner, inner.head)
            for c in v.children
            if c.lower_ in words()["relative_pronouns"]
        ]
        if pronouns and not any(c.dep_ in roles and c not in pronouns for c in inner.children):
            verb = inner.head.head  # 'the levy, which analysts expect to rise by 8%': the levy
            return (
                None
                if verb.i > start or not _nominal(verb)
                else _share_of(doc, phrase_of(doc, verb))
            )
    subj = next((c for c in reversed(list(verb.lefts)) if c.dep_ in roles), None)
    subj = subj or next((c for c in verb.children if c.dep_ in roles), None)  # the nearest first:
    # 'the manufacturing PMI slipped', read as two subjects, is about the PMI
    subj = subj if subj is not None else _reported_subject(verb)
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i
    participle = participle and direction_of(verb.head) is not None  # a change, then its level
    if subj is None and (
        verb.dep_ in ("acomp", "xcomp", "oprd", "conj") or participle or _reduced(verb)
    ):
        verb = verb.head  # 'the appeal is 13% funded'; a second verb shares the first's subject;
        # so does a participle after it ('shipments climbed 9%, reaching 880,000 barrels'); a
        # clause with no subject of its own is a reduced relative read as a complement ('claims
        # filed with the insurer rose 9%': filed, the root, has the claims)
        subj = next((c for c in verb.children if c.dep_ in roles), None)
    to_clause = verb.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ in words()["purpose_markers"] for c in verb.children
    )
    if subj is None and to_clause and direction_of(verb.head) is not None:
        verb = verb.head  # 'futures lost 9% to settle at £3,100': the change's subject settles
        subj = next((c for c in verb.children if c.dep_ in roles), None)
    prepped = verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and direction_of(verb) is not None
    if subj is None and prepped and verb.head.head.pos_ in ("VERB", "AUX"):
        verb = verb.head.head  # 'sales peaked in May before falling 6%': a change in a
        # preposition's clause has no subject of its own; the clause it hangs on lends its own
        subj = next((c for c in verb.children if c.dep_ in roles), None)
    subj = antecedent_subject(subj, verb)
    misread = subj is not None and subj.dep_ == "csubj" and _opens(doc, subj)  # 'Aid deliveries
    # fell 38%', its first noun read as a verb with the plural as its object
    if subj is not None and (subj.tag_ == "VBG" or misread) and subj.i < start:
        noun = doc[subj.i + 1]  # 'hacking losses rose', read as a gerund and its object
        if noun.head == subj and noun.dep_ == "dobj" and noun.tag_ == "NNS" and noun.i < start:
            return doc[subj.i : noun.i + 1].text.lower(), noun.idx + len(noun), noun.i
        if subj.tag_ == "VBG":
            return subj.lower_, subj.idx + len(subj), subj.i  # 'lending to companies grew 1.6%'
    if subj is not None and subj.i < start:
        short = _acronym_of(doc, subj, start)
        if short is not None:  # 'CPI fell 0.4%', 'the Producer Price Index (PPI) rose 2%'
            return short
    common = subj is not None and (
        _nominal(subj)
        or (subj.pos_ == "PROPN" and subj.is_lower)
        or (subj.pos_ == "PROPN" and _opens(doc, subj) and not is_place(subj))
    )  # 'Wheat slipped 2%', '- Lira hits a low': a capital the sentence or a line gave a common
    # noun, not 'Norway'
    if subj is None or not common or subj.i > start:
        return None
    found = _share_of(doc, phrase_of(doc, subj))
    if found is not None and found[2] == subj.i and relative_unit_token(subj):
        return None  # 'of which 61% went to plants and 24% to grids': the subject of the
        # second share is the first share, no thing; what both are shares of is found elsewhere
    return found


def relative_unit_token(tok: Token) -> bool:
    """Whether a token is a relative unit's symbol or word ('%', 'percent', 'times') or a fraction
    ('half'): the unit of a share or multiple, which names no thing."""
    if tok.lower_ in words()["fractions"]:  # 'half of the grant goes to A, 20% to B'
        return True
    units = load_data("units")
    unit = units["symbols"].get(tok.text) or units["words"].get(tok.lower_)
    return unit in words()["relative_units"]


def _reported_subject(verb: Token) -> Token | None:
    """'The agency said occupancy at the resorts fell to 48%': a reported clause the parser left
    without a subject, having read it as the object of the speech verb before it; that object,
    between the two verbs, is the clause's subject."""
    speech = verb.head
    if verb.dep_ != "ccomp" or speech.lemma_.lower() not in load_data("cues")["speech_verbs"]:
        return None
    said = [c for c in speech.children if c.dep_ == "dobj" and speech.i < c.i < verb.i]
    return said[0] if len(said) == 1 and said[0].pos_ == "NOUN" else None


def _reduced(verb: Token) -> bool:
    """A finite verb read as the complement of a bare participle before it, with no subject or
    auxiliary of its own ('claims filed with the insurer rose 9%'): the participle is a reduced
    relative on the subject, which the verb shares."""
    head = verb.head
    bare = not any(c.dep_ in ("aux", "auxpass") for v in (verb, head) for c in v.children)
    return (
        verb.dep_ == "ccomp"
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and head.tag_ in ("VBD", "VBN")
        and head.i < verb.i
        and bare
    )


def is_agent(tok: Token) -> bool:
    """A person or body that acts on a figure ('officials expect', 'the ministry targets',
    'buyers paid'), never what a sum, share or weight measures."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and _place_name(doc_phrase(tok)):
        return True  # 'Spain imported 2 mt, up 9%': the importer, not what is imported
    return kind_of_word().get(tok.lower_) in AGENTS or lemma in words()["agent_nouns"]


def doc_phrase(tok: Token) -> str:
    """The proper name a token ends ('Latin America', 'South Korea'), lower case."""
    first = tok
    while first.i > 0 and tok.doc[first.i - 1].pos_ == "PROPN" and first.i > tok.i - 3:
        first = tok.doc[first.i - 1]
    return tok.doc[first.i : tok.i + 1].text.lower()


@cache
def _places() -> frozenset[str]:
    """States, aliases and regions: names that say where, never what is measured."""
    states = load_data("sanctions")["actor_countries"]["names"]
    named = {str(s).lower() for s in states} | set(words()["region_names"])
    return frozenset(named | {str(a).lower() for a in load_data("aliases")["aliases"]})


def _place_name(phrase: str) -> bool:
    words_ = phrase.split()
    return any(" ".join(words_[n:]) in _places() for n in range(len(words_)))


def _is_acronym(tok: Token) -> bool:
    """'CPI', 'CPIH', 'PMI': capitals of an index or measure, not a place ('UK', 'EU') or a
    body's name read as the subject of a verb with an object."""
    text = tok.text
    coded = text.isalnum() and sum(c.isalpha() for c in text) >= 2 and text[0].isalpha()
    return (  # a grade's code of capitals and digits is one too ('SIR10 rose 2%')
        tok.is_upper
        and (tok.is_alpha or coded)
        and 2 <= len(text) <= 6
        and text.lower() not in load_data("aliases")["aliases"]
        and kind_of_word().get(text.lower()) not in AGENTS
    )


def _acronym_of(doc: Doc, subj: Token, start: int = -1) -> tuple[str, int, int] | None:
    """A subject that is an acronym, or a title-case name with its acronym in brackets after it
    ('the Producer Price Index (PPI)'): the acronym, with a common modifier ('core CPIH')."""
    if subj.pos_ != "PROPN":
        return None
    verb = subj.head
    if any(
        c.dep_ == "dobj" and not c.left_edge.i <= start <= c.right_edge.i for c in verb.children
    ):
        return None  # 'OPEC cut output by 5%': the output (the figure itself is no other object)
    short = subj if _is_acronym(subj) else None
    if short is None:  # 'the Index (PPI) rose', 'the Index including rents (CPIH) rose'
        k = next((t.i for t in doc[subj.i + 1 : verb.i] if t.text == "("), None)
        if k is not None and k + 2 < verb.i and doc[k + 2].text == ")":
            short = doc[k + 1] if _is_acronym(doc[k + 1]) else None
    if short is None:
        return None
    left = short.i
    while left > 0 and doc[left - 1].dep_ in ("amod", "compound") and doc[left - 1].head == short:
        left -= 1  # 'Core CPIH'
    return doc[left : short.i + 1].text.lower(), short.idx + len(short), short.i


def _opens(doc: Doc, tok: Token) -> bool:
    """Whether a token opens its sentence or its line, after a bullet at most ('- Lira hits'), or
    the story after a dateline's dash."""
    if tok.is_sent_start:
        return True
    if tok.i > 1 and doc[tok.i - 1].text in DASHES and tok.i - tok.sent.start <= 12:
        opening = doc[tok.sent.start : tok.i - 1]  # 'ATHENS, May 3 (Wire) - Wheat fell 2%'
        if opening and (opening[0].is_upper or any(t.like_num for t in opening)):
            return True
    first = _line_start(doc, tok.i)
    return first < tok.i and all(
        t.is_punct or t.is_space or CLOCK.fullmatch(t.text) for t in doc[first : tok.i]
    )  # (a live page's time stamp opens its lines: '22:15 Flames reached 80 metres')


def is_place(tok: Token) -> bool:
    """A country or capital by name ('Ukraine', 'Seoul'), or a word in capitals ('OPEC')."""
    return (
        tok.is_upper or tok.lower_ in load_data("aliases")["aliases"] or tok.lower_ in _countries()
    )


@cache
def _countries() -> frozenset[str]:
    return frozenset(c.lower() for c in load_data("aliases")["demonyms"].values())


def _coordinated_noun(doc: Doc, k: int) -> int:
    """'95 rockets and shells', 'cargo and patrol boats': one count of nouns joined by 'and'
    or 'or' (not '198 drones and eight missiles', a second count). Index of the last head."""
    if k + 2 >= len(doc) or doc[k + 1].lower_ not in words()["coordinators"]:
        return _parsed_list_end(doc, k)
    m, reach = k + 2, 4
    while m + 1 < len(doc) and m - k <= reach:
        if _inside_word(doc[m]) and doc[m].text == "-":
            m, reach = m + 1, reach + 2  # 'and river-level gauges': one hyphened modifier
            continue
        if (
            doc[m].pos_ not in ("NOUN", "ADJ")
            or doc[m].tag_ == "NNS"
            or not doc[m].is_alpha
            or doc[m].lower_ in words()["quantifiers"]
        ):
            break
        m += 1  # modifiers of the second noun: 'decoy drones'
    if doc[m].pos_ != "NOUN" or doc[m].tag_ != "NNS" or doc[k].pos_ != "NOUN":
        return _parsed_list_end(doc, k)
    if m + 1 < len(doc) and doc[m + 1].like_num:
        return k  # 'kills two people and injures 17': a verb the tagger took for a plural
    if m + 1 < len(doc) and _opens_object(doc[m + 1]):
        return k  # 'stores 4 tonnes of rice and feeds about a third of the region': a verb too
    if doc[k + 2].lower_ in words()["quantifiers"]:
        return k  # 'one citizen and several activists': two amounts
    return m


def _parsed_list_end(doc: Doc, k: int) -> int:
    """'litres of milk and cream', 'of sardines, anchovies and other small fish', 'nurses,
    porters and ward clerks': nouns the parser joins to the counted noun as conjuncts, in one
    list that a coordinator closes, are counted together (a mass noun is singular, so the plural
    walk of `_coordinated_noun` misses them). Index of the last head, or k when there is no list."""
    if doc[k].pos_ != "NOUN":
        return k
    last, tok = k, doc[k]
    while True:
        nxt = next((c for c in tok.children if c.dep_ == "conj" and c.i > last), None)
        if nxt is None or nxt.pos_ != "NOUN" or not _list_gap(doc[last + 1 : nxt.i], nxt):
            return k
        last, tok = nxt.i, nxt
        if any(t.lower_ in words()["coordinators"] for t in doc[k + 1 : last]):
            break
    after = doc[last + 1] if last + 1 < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN"):
        return k  # 'kitchen, door and window upgrades': the list modifies the noun after it
    if after is not None and (after.like_num or _opens_object(after)):
        return k  # 'and supplies about half the town': a verb the tagger took for a noun
    return last


def _list_gap(gap: Span, noun: Token) -> bool:
    """The words between two listed nouns: commas, a coordinator, and modifiers of the next noun
    ('and other small fish', 'and ward clerks'); a determiner or an amount opens a second count."""
    if not len(gap):
        return False
    return all(
        t.text == ","
        or t.lower_ in words()["coordinators"]
        or (
            t.head == noun
            and t.dep_ in ("amod", "compound")
            and t.pos_ in ("ADJ", "NOUN")
            and t.is_alpha
            and t.lower_ not in words()["quantifiers"]
        )
        for t in gap
    )


def _opens_object(tok: Token) -> bool:
    """An approximation word, which opens the amount a verb takes ('and supplies about a fifth',
    'and feeds roughly half the town'), not a word after a plural noun. A determiner is no such
    sign: a time phrase follows a list of nouns too ('trucks and vans this week')."""
    return tok.lower_ in load_data("item_features")["object_openers"]


def space_after(doc: Doc, k: int) -> bool:
    """Whether `doc[k].whitespace_` is a space (it is " " or ""), read from the columns: the gap
    between the token's text and the next token (or the text's end)."""
    cols = columns(doc)
    idx = cols.idx
    if k < 0:
        k += len(idx)  # as doc[k] counts from the end
    following = idx[k + 1] if k + 1 < len(idx) else len(doc_text(doc))
    return following > idx[k] + len(cols.text[k])


def noun_after(doc: Doc, i: int, proper: bool = False) -> tuple[str, int, int] | None:
    """The noun phrase right after a number: skip modifiers, take compound nouns and the head.
    Read from the Doc's columns; a Token is made only where its children are asked."""
    cols = columns(doc)
    texts, lowers, pos, tags, deps = cols.text, cols.lower, cols.pos, cols.tag, cols.dep
    n = len(texts)
    j, skipped = i, 0
    if j + 1 < n and lowers[j] in words()["time_determiners"]:
        periods = load_data("units")["time_units"]
        named = lowers[j + 1] in words()["determined_periods"]  # 'sold 40 last season'
        if f"{lowers[j + 1]}s" in periods or lowers[j + 1] in periods or named:
            return None  # 'hope to deliver 20 next year': a time, not what is counted
    while j < n and skipped <= 6:
        text, p = texts[j], pos[j]
        listed = text == "," and j > i and pos[j - 1] == "ADJ" and j + 1 < n
        if listed and pos[j + 1] in ("ADJ", "CCONJ"):
            j, skipped = j + 1, skipped + 1  # 'in medical, food and shelter aid'
            continue
        people = _demonym_count(doc, i, j) if p in ("ADJ", "PROPN") else None
        if people is not None:  # '3.4 million Ethiopians', '120 Thai and 45 ...'
            return people
        if j == i and doc[j].is_quote and j + 1 < n and pos[j + 1] in ("NOUN", "ADJ"):
            if _sanction_story(doc):
                return None  # 'blocked the funds of three "couriers"': the sanction's own word
            j, skipped = j + 1, skipped + 1  # '14 "quiet weeks"': the words in quotes
            continue
        if not any(c.isalpha() for c in text):
            if p in ("NOUN", "PROPN") or text in words()["label_separators"]:
                return None  # '12 |' in a table: no noun
        elif (
            p in ("NOUN",)
            or (p == "PROPN" and (proper or tags[j] == "NNPS"))
            or (tags[j] == "VBZ" and any(c.dep_ == "nummod" for c in doc[j].children))
            or _good_of_a_measure(doc, j)  # 'tonnes of coltan', the good tagged as a modifier
        ):  # '17 cargoes a month', the plural the tagger took for a verb with the count on it
            if lowers[j] in words()["more_after"]:
                return None  # 'six others': more of what the figure before counts
            if j == i and lowers[j] in load_data("dates")["day_words"]:
                return None  # 'from 4.1 million today': a time, not what is counted
            k = j
            heads = cols.head
            while k + 1 < n and (
                (
                    pos[k + 1] == "NOUN"
                    and (deps[k] in ("compound", "amod", "nmod") or texts[k - 1] == "-")
                )
                or (  # 'interceptor drones', the plural tagged as a verb it modifies
                    tags[k + 1] == "VBZ" and deps[k] in ("compound", "nmod") and heads[k] == k + 1
                )
                or (  # 'South Koreans', 'palm oil' with the oil tagged as a name; not a
                    # name after a common noun ('the exchange Bybit')
                    pos[k + 1] == "PROPN"
                    and deps[k] == "compound"
                    and heads[k] == k + 1
                    and (pos[k] == "PROPN" or lowers[k + 1] == texts[k + 1])
                )
                or (
                    not space_after(doc, k)
                    and texts[k + 1] == "-"
                    and k + 2 < n
                    and texts[k + 2].isalpha()
                )
                or (texts[k] == "-" and not space_after(doc, k) and texts[k + 1].isalpha())
                or _joined_modifier(doc, k)
            ):
                if _joined_modifier(doc, k) and i <= heads[k] < j:
                    j = heads[k]  # 'of coal and gas output': both modifiers, and the head
                k += 1
            k = _joined_head(doc, k)
            k = _past_inner_adjective(doc, k)
            k = _noun_read_as_adjective(doc, k)
            if _class_number(doc, k):
                k += 2  # 'of Category 2 claims': the claims, not the class
                while k + 1 < n and pos[k + 1] == "NOUN" and deps[k] in ("compound", "nmod"):
                    k += 1
            moved = _modified_head(doc, i, k)
            while j - 2 >= i and _inside_word(doc[j]) and _inside_word(doc[j - 1]):
                j -= 2  # the whole of 'short-range', not its noun alone
            k = _coordinated_noun(doc, moved)
            item = cols.span_text(j, k + 1).lower()
            return item, cols.idx[k] + len(texts[k]), k
        if p in ("ADJ", "ADV", "PROPN", "NUM", "VERB", "CCONJ") or text in (
            "-",
            "additional",
            "more",
            "other",
        ):
            if p == "VERB" and deps[j] not in ("amod", "compound", "conj") and tags[j] != "VBN":
                return None
            j, skipped = j + 1, skipped + 1
            continue
        return None
    return None


def _sanction_story(doc: Doc) -> bool:
    """Whether this paragraph or one before it in the article states a sanction (the sanction
    component's sentence spans, claims.extract.quantities.sanctioned): there a quoted word after a
    count is often the name the sanction gives its targets ('blocked the funds of three "couriers"'),
    which the sanction counts."""
    return any(len(d.spans.get("sanction_sentences", ())) for d in story_upto(doc))


def _good_of_a_measure(doc: Doc, j: int) -> bool:
    """The object of 'of' after a measure unit ('120 tonnes of coltan'), tagged as an adjective or
    an adverb: the good the unit measures. Not after a share ('61% of normal': the base)."""
    tok = doc[j]
    if tok.pos_ not in ("ADJ", "ADV") or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    unit = load_data("units")["words"].get(tok.head.head.lower_)
    return unit is not None and unit not in words()["relative_units"]


def _joined_modifier(doc: Doc, k: int) -> bool:
    """A noun at k that is the conjunct of a modifier of the noun after it ('road and rail
    traffic', 'wheat and barley exports'): the modifiers are joined, the noun after them is the head."""
    if k + 1 >= len(doc) or doc[k + 1].pos_ != "NOUN" or doc[k].dep_ != "conj":
        return False
    first = doc[k].head
    return first.i < k and first.dep_ in ("amod", "compound") and first.head.i == k + 1


def _demonym_count(doc: Doc, i: int, j: int) -> tuple[str, int, int] | None:
    """A nationality word that ends the counted phrase ('3.4 million Ethiopians need
    aid', 'evacuated 210 Filipinos'): the count is of those people, named by the word. When a
    second count follows and the word modifies the noun after it ('120 Thai and 45 Lao
    nationals', 'eight Indonesian, five Chinese workers'), that shared noun is named too."""
    tok = doc[j]
    plural = tok.text[:1].isupper() and tok.text.endswith("s")  # 'Zimbabweans'
    if nationality_of(tok.text) is None and not (plural and nationality_of(tok.text[:-1])):
        return None
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    if nxt is not None and (nxt.text == "-" or _inside_word(nxt)):
        return None  # 'a Kenyan-led mission': the word is part of a hyphened modifier
    joined = nxt is not None and (nxt.text == "," or nxt.lower_ in words()["coordinators"])
    second = joined and j + 2 < len(doc) and doc[j + 2].like_num
    if nxt is not None and not joined and nxt.pos_ in ("NOUN", "PROPN", "ADJ"):
        return None  # '12 Eritrean diplomats': the word modifies the noun counted
    if joined and not second and nxt is not None and nxt.text != ",":
        return None  # 'Chinese and Russian firms': joined modifiers of one noun, read on
    first = j - 1 if j - 1 >= i and nationality_of(doc[j - 1 : j + 1].text) is not None else j
    words_ = doc[first : j + 1].text.lower()
    head = doc[j + 2].head if second else None  # the noun the second count counts
    if head is not None and head.pos_ == "NOUN" and j + 2 < head.i <= j + 5:
        modifiers = doc[j + 3 : head.i]
        parallel = any(nationality_of(t.text) is not None for t in modifiers)
        if parallel and all(t.pos_ in ("ADJ", "PROPN") for t in modifiers):
            words_ = f"{words_} {head.lower_}"
    return words_, tok.idx + len(tok), j


def _joined_head(doc: Doc, k: int) -> int:
    """A noun at k that modifies a later noun with a conjunct between them ('sugar and cocoa exports',
    'rail and road bridges'): the joined nouns only modify; the later noun is the head. Its
    index, else k."""
    tok = doc[k]
    head = tok.head
    if tok.dep_ not in ("compound", "amod", "nmod") or head.pos_ != "NOUN":
        return k
    if not 1 < head.i - k <= 4:
        return k
    between = doc[k + 1 : head.i]
    coordinators = words()["coordinators"]
    if not any(t.lower_ in coordinators for t in between):
        return k
    joined = all(
        t.lower_ in coordinators
        or t.text == ","
        or (t.dep_ == "conj" and t.head == tok and t.pos_ in ("NOUN", "ADJ"))
        or (t.dep_ in ("amod", "compound") and t.head.dep_ == "conj" and t.head.head == tok)
        for t in between
    )
    return head.i if joined else k


def _noun_read_as_adjective(doc: Doc, k: int) -> int:
    """'litres of sulphuric acid', 'kg of potassium chloride': the tagger reads the second noun
    of a compound as an adjective hung on something before it. An adjective that ends the noun
    phrase right after a singular noun modifies nothing after it, so it is that compound's head
    (unless it is a post-positive one: 'grain available', 'fuel needed'). Index of the head."""
    if k + 1 >= len(doc) or doc[k].tag_ != "NN":
        return k
    adj = doc[k + 1]
    if adj.tag_ != "JJ" or not adj.is_alpha or not adj.is_lower or adj.head.i > adj.i:
        return k
    if adj.lower_ in load_data("item_features")["postpositive_adjectives"]:
        return k
    ends = k + 2 >= len(doc) or doc[k + 2].pos_ in ("ADP", "PUNCT", "VERB", "AUX", "DET", "CCONJ")
    return k + 1 if ends and space_after(doc, k) else k


def _past_inner_adjective(doc: Doc, k: int) -> int:
    """'nine gas main leaks', 'three sewer main collapses': a noun that modifies a head past an
    adjective the tagger put between them belongs to that head, which is what is counted."""
    if (
        k + 2 >= len(doc)
        or doc[k].tag_ != "NN"
        or doc[k].dep_ not in ("compound", "nmod", "conj", "appos")
    ):
        return k  # a conjunct too: the parser may join the noun to a modifier before the count
    mid, head = doc[k + 1], doc[k + 2]
    if mid.pos_ != "ADJ" or head.pos_ != "NOUN" or not mid.is_alpha or mid.dep_ != "amod":
        return k
    return k + 2 if mid.head == head and doc[k].head.i in (head.i, *range(k - 3, k)) else k


def _class_number(doc: Doc, k: int) -> bool:
    """A class noun with its number that modifies the noun after them ('Category 2 claims',
    'Tier 1 banks', 'Phase 3 trials'): the later noun is what is counted."""
    if k + 2 >= len(doc):
        return False
    noun, num, head = doc[k], doc[k + 1], doc[k + 2]
    return (
        num.like_num
        and num.head.i == k
        and head.pos_ == "NOUN"
        and noun.head.i == k + 2
        and noun.dep_ in ("compound", "nmod", "amod")
    )


def _modified_head(doc: Doc, i: int, k: int) -> int:
    """A noun at k that only modifies a later noun the number also counts ('three short-range
    ballistic missiles', 'two long-range patrol aircraft'): the later noun is the head. Index of
    the head."""
    head = doc[k].head
    counted = i > 0 and doc[i - 1].head == head
    if doc[k].dep_ not in ("compound", "amod", "nmod") or not counted or head.pos_ != "NOUN":
        return k
    if not 0 < head.i - k <= 3:
        return k
    between = doc[k + 1 : head.i]
    if any(t.pos_ == "PROPN" and t.is_title and is_place(t) for t in between):
        return k  # 'half of the copper Chile ships': the place is a relative clause's subject
    joined = [t.lower_ in words()["coordinators"] for t in between]
    if any(joined) and (joined[-1] or head.tag_ != "NNS"):
        return k  # 'ten steel-framed and glass units': modifiers joined before a plural head
    return (
        head.i
        if all(
            t.pos_ in ("ADJ", "NOUN", "PROPN") or j for t, j in zip(between, joined, strict=True)
        )
        else k
    )


def attribute_of(doc: Doc, start: int, after: int, unit: str | None, item: Item, text: str) -> str:
    """The attribute a measured figure gives when its unit measures one: an area figure is an
    area ('the lake covers 850 square miles': lake area; 'the blaze burned 7,000 hectares': burned
    area), a length a gauge reads is a water level. `text` stays for any other figure."""
    features = load_data("item_features")
    head = doc[item.head] if 0 <= item.head < len(doc) else None
    if unit in money() and not item.direct and start - 1 <= item.head < after:
        return str(features["money_item"]) if _currency_word(text, unit) else text
    if unit in features["gauge_units"]:
        return str(features["gauge_item"]) if _gauge_read(doc, start, head) else text
    if unit not in features["area_units"] or after < 1:
        return text
    participle = _area_participle(doc, after)
    if participle is not None:  # 'the 9,000 hectares sown this year': the sown area
        return f"{participle} {features['area_item']}"
    named_after = item.direct and item.head >= after and not _unit_word(text)
    if not named_after and governing_verb(doc[after - 1]).lemma_.lower() in features["burn_lemmas"]:
        return str(features["burned_area_item"])
    if _unit_word(text) or (head is not None and is_agent(head)):
        return str(features["area_item"])  # 'growers will plant 2 million acres': the area
    if named_after:
        return text  # 'farms cover 9,000 hectares of rice paddies': what the area is made of
    if head is not None and head.lemma_.lower() in features["area_holders"]:
        return f"{text} {features['area_item']}"
    return text


def _area_participle(doc: Doc, after: int) -> str | None:
    """'the 9,000 hectares sown this year', 'some 40,000 acres burned across the state': a past
    participle right after an area figure that hangs on it as a reduced relative says what the
    area is (sown area, burned area), as CLAIMS.md-only writers name it; a participle that is
    its clause's main verb, or takes an object of its own, says what the area did."""
    if after >= len(doc) or doc[after].tag_ not in ("VBN", "VBD"):
        return None
    verb = doc[after]
    if verb.lemma_.lower() not in load_data("item_features")["area_participle_lemmas"]:
        return None  # 'a record low of 1.8 million sq km set in 2012': the record's, no area
    if verb.dep_ not in ("acl", "advcl", "relcl") or any(c.dep_ == "dobj" for c in verb.children):
        return None
    return verb.lower_


def _unit_word(text: str) -> bool:
    """An item that only names an area unit or its abbreviation ('hectares', 'sq km', 'ha')."""
    units = load_data("units")["words"]
    areas = load_data("item_features")["area_units"]
    return text in areas or units.get(text) in areas


def _gauge_read(doc: Doc, start: int, head: Token | None) -> bool:
    """Whether the item's noun, or the clause's subject, is or holds a gauge ('the gauge read
    3 m', 'readings from the gauge climbed to 21 feet')."""
    gauges = load_data("item_features")["level_gauges"]
    subject = subject_noun(doc, start)
    nouns = [t for t in (head, doc[subject[2]] if subject is not None else None) if t is not None]
    near = [t for n in nouns for t in (n, *(c for p in n.children for c in p.children))]
    return any(t.lemma_.lower() in gauges for t in near)


def _currency_word(text: str, unit: str) -> bool:
    """An item that only names the sum's own currency ('rupiah', 'mxn', 'dollars', 'cents') or
    the bare word of a qualified one ('francs' of a sum in Rwandan francs: another country's code
    alone, but a currency word all the same)."""
    names = {"dollars": "USD", "euros": "EUR", "pounds": "GBP"}
    units = load_data("units")
    rate = units["rates"].get(text)
    said = units["words"].get(text) or names.get(text) or (rate["unit"] if rate else None)
    return text.upper() == unit or said in money() or text.upper() in money()
