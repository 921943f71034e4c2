"""Quantity claims: a number with its bound, unit and counted item ("over 3 million artillery
shells" -> 3000000, gt, item "artillery shells"). Years, dates, times, ordinals, names with
numbers, reading times, phone numbers, ages and a sanction's own target counts are not quantities.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Doc, Token

from claims import numbers
from claims.aliases import nationality_of
from claims.context import governing_verb
from claims.dates import find_dates
from claims.numbers import HAS_DIGIT, load_data

PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}")
NAME_WORDS = {"no.", "no", "number", "resolution", "article", "section", "flight", "route", "highway",
              "chapter", "level", "category", "phase", "room", "unit", "block", "paragraph", "item"}
TIME_AFTER = {"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "utc", "cet", "est", "edt", "bst", "hrs", "o'clock"}
GENERIC_ONE = {"day", "time", "way", "side", "another", "hand", "point", "thing", "part", "of", "more"}
OWNER_PREPS = ("of", "near", "at", "around", "about", "worth")
NOT_ITEMS = {"region", "regions", "area", "areas", "year", "years", "month", "months", "week", "weeks",
             "total", "cash", "part", "fines", "damages", "country", "countries", "city", "cities"}
MONEY = {"USD", "EUR", "GBP", "JPY", "KRW", "UAH", "RUB", "CNY", "AUD", "CAD", "CHF", "HKD", "NZD", "SGD", "NOK", "SEK", "INR"}


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    value: float
    bound: str
    item: str
    unit: str | None
    low: float | None = None
    high: float | None = None
    confidence: float = 0.85

    def fields(self) -> dict[str, Any]:
        return {
            "quantity_value": self.value, "quantity_low": self.low, "quantity_high": self.high,
            "quantity_bound": self.bound, "quantity_unit": self.unit, "quantity_item": self.item,
        }


@cache
def _units() -> dict[str, Any]:
    return load_data("units")


@cache
def _bounds() -> list[tuple[list[str], str]]:
    table = load_data("bounds")["before"]
    return sorted(((k.split(), v) for k, v in table.items()), key=lambda kv: -len(kv[0]))


def _is_numberish(tok: Token) -> bool:
    return bool(HAS_DIGIT.search(tok.text)) or numbers.is_number_word(tok.text)


def _core_end(doc: Doc, i: int) -> int:
    """Index after the number expression starting at token i ('3 million', 'twenty - five')."""
    j = i + 1
    while j < len(doc):
        t = doc[j]
        if numbers.is_scale(t.text) or (
            numbers.is_number_word(t.text) and not HAS_DIGIT.search(doc[j - 1].text)
        ):
            j += 1
        elif t.text == "-" and j + 1 < len(doc) and numbers.is_number_word(doc[j + 1].text) and not HAS_DIGIT.search(doc[j - 1].text):
            j += 1
        else:
            break
    return j


class _Scanner:
    """Walks a Doc's tokens once and yields quantities, counting every rejection by reason."""

    def __init__(self, doc: Doc, exclude: set[int], rejections: Counter[str]):
        self.doc = doc
        self.exclude = exclude
        self.rejections = rejections
        self.dates = [(d.surface_start, d.end) for d in find_dates(doc.text)]

    def reject(self, reason: str) -> None:
        self.rejections[f"quantity:{reason}"] += 1

    def in_date(self, tok: Token) -> bool:
        return any(s <= tok.idx < e for s, e in self.dates)

    def scan(self) -> Iterator[Quantity]:
        doc, i = self.doc, 0
        while i < len(doc):
            tok = doc[i]
            if tok.lower_ in ("a", "an") and i + 1 < len(doc) and doc[i + 1].lower_ in ("dozen", "hundred", "thousand", "million", "billion"):
                start = i
            elif _is_numberish(tok) and not (tok.lower_ in ("half",)):
                start = i
            elif numbers.vague_value(tok.text) is not None and i + 1 < len(doc) and doc[i + 1].lower_ == "of":
                q = self.vague(i)
                if q is not None:
                    yield q
                i += 1
                continue
            else:
                i += 1
                continue
            end = _core_end(doc, start + (1 if tok.lower_ in ("a", "an") else 0))
            q = self.build(start, end)
            if q is not None:
                yield q[0]
                i = max(q[1], end)
            else:
                i = end

    def vague(self, i: int) -> Quantity | None:
        doc = self.doc
        value = numbers.vague_value(doc[i].text) or 0.0
        if doc[i].lower_ == "tens" or (i >= 2 and doc[i - 2].lower_ in ("tens", "hundreds")):
            return None
        item = _noun_after(doc, i + 2)
        if item is None:
            return None
        return Quantity(doc[i].idx, item[1], value, "gte", item[0], None, confidence=0.5)

    def build(self, start: int, end: int) -> tuple[Quantity, int] | None:
        doc = self.doc
        words = [t.text for t in doc[start:end]]
        value = numbers.parse_tokens(words)
        if value is None:
            self.reject("ordinal" if re.search(r"\d(?:st|nd|rd|th)$", words[0]) else "malformed_number")
            return None
        reason = self.excluded(start, end, value)
        if reason:
            self.reject(reason)
            return None
        money = start > 0 and (doc[start - 1].text in _units()["symbols"] or doc[start - 1].lower_ in _units()["prefix_codes"])
        bound, span_start = self.bound_before(start - 1 if money else start)
        unit, after = self.unit_around(start, end)
        low = high = None
        rng = self.range_after(after if unit is None else end, value)
        if rng is not None:
            low, high, after = rng
            value, bound = (low + high) / 2, "range"
            unit = unit or self.unit_around(start, after)[0]
            after = self.unit_around(start, after)[1]
        item = self.item(start, end, after, unit)
        if item is None:
            self.reject("no_item")
            return None
        if unit and unit in MONEY and start > 0 and doc[start - 1].text in _units()["symbols"]:
            span_start = min(span_start, doc[start - 1].idx)
        if self.is_target(start, end, item[2]):
            self.reject("sanction_target")
            return None
        conf = 0.85 if item[3] else 0.65
        return Quantity(span_start, max(item[1], doc[after - 1].idx + len(doc[after - 1])), value, bound,
                        item[0], unit, low, high, conf), max(after, item[4])

    def excluded(self, start: int, end: int, value: float) -> str | None:
        """Why the number at [start, end) is not a quantity, or None."""
        doc, tok = self.doc, self.doc[start]
        nxt = doc[end] if end < len(doc) else None
        prev = doc[start - 1] if start > 0 else None
        text = tok.text
        if self.in_date(tok):
            return "date"
        if end - start == 1 and re.fullmatch(r"(?:1[89]|20)\d\d", text) and not (nxt is not None and nxt.tag_ == "NNS" and nxt.lower_ not in ("years",)):
            return "year"
        if ":" in text or (nxt is not None and nxt.lower_ in TIME_AFTER):
            return "time"
        if nxt is not None and nxt.lower_ in ("min", "mins", "minute", "minutes") and end + 1 < len(doc) and doc[end + 1].lower_ == "read":
            return "reading_time"
        window = doc.text[max(0, tok.idx - 6) : tok.idx + len(text) + 12]
        if HAS_DIGIT.search(text) and PHONE.search(window) and "," not in text:
            return "phone"
        if prev is not None and (prev.lower_ in NAME_WORDS or (prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.text not in _units()["symbols"] and prev.text[-1:] != "$")):
            return "name_number"
        if self.is_age(start, end, prev):
            return "age"
        if prev is not None and prev.lower_ in ("the", "these", "those") and not HAS_DIGIT.search(text):
            return "anaphoric"
        if tok.lower_ == "one" and (nxt is None or nxt.lower_ in GENERIC_ONE or nxt.pos_ not in ("NOUN", "ADJ", "PROPN")):
            return "pronoun_one"
        return None

    def is_age(self, start: int, end: int, prev: Token | None) -> bool:
        doc = self.doc
        if prev is not None and prev.lower_ in ("aged", "age", "ages"):
            return True
        after = doc.text[doc[end - 1].idx + len(doc[end - 1]) : doc[end - 1].idx + len(doc[end - 1]) + 14]
        if re.match(r"^-years?-old", after, re.I):
            return True
        before = doc[start - 2] if start >= 2 else None
        return bool(prev is not None and prev.text == "," and before is not None and before.pos_ == "PROPN"
                    and end < len(doc) and doc[end].text in (",", ")") and end - start == 1
                    and re.fullmatch(r"\d{1,3}", doc[start].text) is not None)

    def bound_before(self, start: int) -> tuple[str, int]:
        doc = self.doc
        for words, bound in _bounds():
            n = len(words)
            if start - n < 0:
                continue
            if [t.lower_ for t in doc[start - n : start]] == words:
                return bound, doc[start - n].idx
        if start > 0 and doc[start - 1].lower_ == "between":
            return "eq", doc[start - 1].idx
        return "eq", doc[start].idx

    def unit_around(self, start: int, end: int) -> tuple[str | None, int]:
        """(unit, index after it): a currency symbol before, or a unit word after the number."""
        doc, units = self.doc, _units()
        if start > 0 and doc[start - 1].text in units["symbols"]:
            return units["symbols"][doc[start - 1].text], end
        if start > 0 and doc[start - 1].lower_ in units["prefix_codes"]:
            return units["prefix_codes"][doc[start - 1].lower_], end
        for n in (2, 1):
            if end + n <= len(doc):
                words = " ".join(t.lower_ for t in doc[end : end + n])
                if words in units["words"]:
                    return units["words"][words], end + n
        return None, end

    def range_after(self, after: int, first: float) -> tuple[float, float, int] | None:
        doc = self.doc
        if after + 1 >= len(doc) or doc[after].lower_ not in ("-", "–", "—", "to", "and"):
            return None
        if doc[after].lower_ == "and" and not (after - 2 >= 0 and any(t.lower_ == "between" for t in doc[max(0, after - 4) : after])):
            return None
        nxt = after + 1
        if doc[nxt].text in _units()["symbols"]:
            nxt += 1
        if nxt >= len(doc) or not _is_numberish(doc[nxt]):
            return None
        end = _core_end(doc, nxt)
        second = numbers.parse_tokens([t.text for t in doc[nxt:end]])
        if second is None:
            return None
        if first < second and end - nxt > 1 and numbers.is_scale(doc[end - 1].text):
            first = first * (numbers.words()["scales"][doc[end - 1].lower_]) if first < 1000 else first
        if first > second:
            return None
        return first, second, end

    def item(self, start: int, end: int, after: int, unit: str | None) -> tuple[str, int, int, bool, int] | None:
        """(item, end char, head token index, found in text, index after) of what is counted:
        the noun after the number; for a unit, the 'of' phrase after it, the noun it measures
        ('price cap of $60') or the clause's subject; for a partitive, the noun after 'of the'."""
        doc = self.doc
        time_unit = unit is not None and unit in _units()["time_units"]
        if unit is not None and not time_unit:
            found = _of_phrase(doc, after) or _governing_noun(doc, start, after)
            if found is None and unit in MONEY:
                found = _of_phrase(doc, after, ("in", "for", "worth", "from"), common=True)
            found = found or _subject_noun(doc, start)
            if found is not None:
                return found[0], found[1], found[2], True, after
            return self.unit_item(after, unit)
        found = _noun_after(doc, after)
        if found is not None:
            return found[0], found[1], found[2], True, found[2] + 1
        if time_unit:
            return self.unit_item(after, str(unit))
        partitive = _of_phrase(doc, end)
        if partitive is not None:
            return partitive[0], partitive[1], partitive[2], True, partitive[2] + 1
        owner = _governing_noun(doc, start, end, verbs=False)
        if owner is not None:
            return owner[0], owner[1], owner[2], False, end
        return None

    def unit_item(self, after: int, unit: str) -> tuple[str, int, int, bool, int]:
        last = self.doc[after - 1]
        names = {"USD": "dollars", "EUR": "euros", "GBP": "pounds", "%": "percent"}
        word = last.lower_ if last.is_alpha and unit not in names else names.get(unit, unit.lower())
        return word, last.idx + len(last), last.i, False, after

    def is_target(self, start: int, end: int, head: int) -> bool:
        return head in self.exclude or any(i in self.exclude for i in range(start, end))


def _phrase(doc: Doc, head: Token) -> tuple[str, int, int]:
    """A noun with the compounds and adjectives right before it, lower case ('federal budget revenue')."""
    left = head.i
    while left - 1 >= 0 and doc[left - 1].dep_ in ("compound", "amod") and doc[left - 1].head == head \
            and doc[left - 1].pos_ in ("NOUN", "ADJ", "PROPN") and nationality_of(doc[left - 1].text) is None:
        left -= 1
    return doc[left : head.i + 1].text.lower(), head.idx + len(head), head.i


def _of_phrase(doc: Doc, i: int, preps: tuple[str, ...] = ("of",), common: bool = False) -> tuple[str, int, int] | None:
    """The noun of an 'of' phrase starting at token i ('of Russian oil', 'of the ships');
    money also takes 'in', 'for' and 'worth' ('$1.7 billion in cryptocurrency')."""
    if i >= len(doc) or doc[i].lower_ not in preps:
        return None
    if doc[i].lower_ == "worth" and i + 1 < len(doc) and doc[i + 1].lower_ == "of":
        i += 1
    j = i + 1
    while j < len(doc) and (doc[j].pos_ in ("DET", "PRON") or doc[j].dep_ in ("poss", "case")):
        j += 1
    found = _noun_after(doc, j, proper=not common)
    if found is None or found[2] - j > 4 or (common and doc[found[2]].lower_ in NOT_ITEMS):
        return None
    return found


def _governing_noun(doc: Doc, start: int, after: int, verbs: bool = True) -> tuple[str, int, int] | None:
    """'a price cap of $60', 'a range of about 120 km': the noun the amount belongs to."""
    tok = doc[after - 1]
    for t in (tok, tok.head):
        owner = t.head.head
        if t.dep_ == "pobj" and t.head.lower_ in OWNER_PREPS and owner.pos_ == "NOUN" and owner.i < start:
            return _phrase(doc, owner)
        if verbs and t.dep_ == "pobj" and t.head.lower_ in ("to", "from") and owner.pos_ == "VERB" and owner.i < start:
            obj = next((c for c in owner.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
            if obj is not None:
                return _phrase(doc, obj)
    return None


def _subject_noun(doc: Doc, start: int) -> tuple[str, int, int] | None:
    """The common-noun subject of the clause ('crude exports averaged 3.1 million barrels')."""
    verb = governing_verb(doc[start])
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subj = verb.head
    if subj is None or subj.pos_ != "NOUN" or subj.i > start:
        return None
    return _phrase(doc, subj)


def _noun_after(doc: Doc, i: int, proper: bool = False) -> tuple[str, int, int] | None:
    """The noun phrase right after a number: skip modifiers, take compound nouns and the head."""
    j, skipped = i, 0
    while j < len(doc) and skipped <= 4:
        t = doc[j]
        if t.pos_ in ("NOUN",) or (t.pos_ == "PROPN" and (proper or t.tag_ == "NNPS")):
            k = j
            while k + 1 < len(doc) and (
                (doc[k + 1].pos_ == "NOUN" and (doc[k].dep_ in ("compound", "amod", "nmod") or doc[k - 1].text == "-"))
                or (not doc[k].whitespace_ and doc[k + 1].text == "-" and k + 2 < len(doc) and doc[k + 2].is_alpha)
                or (doc[k].text == "-" and not doc[k].whitespace_ and doc[k + 1].is_alpha)
            ):
                k += 1
            item = doc[j : k + 1].text.lower()
            return item, doc[k].idx + len(doc[k]), k
        if t.pos_ in ("ADJ", "ADV", "PROPN", "NUM", "VERB", "CCONJ") or t.text in ("-", "additional", "more", "other"):
            if t.pos_ == "VERB" and t.dep_ not in ("amod", "compound", "conj"):
                return None
            j, skipped = j + 1, skipped + 1
            continue
        return None
    return None


def extract(doc: Doc, exclude: set[int] | None = None, rejections: Counter[str] | None = None) -> Iterator[Quantity]:
    """Quantities in a parsed Doc; token indices in `exclude` (a sanction's targets) are skipped.
    The Doc is not changed."""
    yield from _Scanner(doc, exclude or set(), rejections if rejections is not None else Counter()).scan()
