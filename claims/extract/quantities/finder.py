"""Quantity claims: a number with its bound, unit and counted item ("over 3 million artillery
shells" -> 3000000, gt, item "artillery shells"). Years, dates, times, ordinals, names with
numbers, reading times, phone numbers, ages and a sanction's own target counts are not quantities.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from claims.extract import numbers
from claims.extract.columns import columns
from claims.extract.dates.finder import find_dates
from claims.extract.lexicon import kind_of_word
from claims.extract.numbers import HAS_DIGIT, tidy
from claims.extract.patterns import Match, PatternSet
from claims.extract.quantities import changes, durations, items, ranker, shares, things
from claims.extract.quantities.exclusions import next_in_series, not_a_quantity
from claims.extract.quantities.items import Item, money, note_story, noun_after, space_after, words
from claims.extract.quantities.numbering import NUMBERED_LINE
from claims.extract.quantities.tallies import vote_tally
from claims.extract.rejections import Rejections
from claims.extract.syntax import doc_text, governing_verb
from claims.resources import load_data
from schemas.claims import ClaimRow

CHANGE = re.compile(r",\s*(?:up|down)\s*$")
OFF_CHANGE = re.compile(r",\s*(?:up|down)(?:\s+from)?\s*$")  # '..., down from 8,000'
FULL_STOP = re.compile(r"\.(?!\d)")
SCALE_HEADING = re.compile(r"\(([^()\d]{1,20})\)$")  # a heading's closing bracket: '(EUR million)'
LEADER = re.compile(r"(?:\.{3,}|\u2026+)")  # a table row's dot leader: 'Cod ....... 612.4'
LEADER_NOTE = re.compile(r"\b\d{1,2}/|(?<=\w)\d\)|\([^()]*\)")  # '1/', 'species2)', '(SCR million)'
YEARISH = re.compile(r"(?:q|h|fy)\d{1,4}[a-z]?")  # 'Q3', 'H1', 'FY2026': a period, no name
NOTE_MARK = re.compile(r"(?<=[a-z])\[\d{1,3}\]?$")  # a footnote mark left on the item's noun


def _heading_scale(words_: list[str]) -> tuple[float, str | None] | None:
    """The scale and currency of a table heading's bracket ('EUR million' -> 1e6, EUR; 'Rs
    crore' -> 1e7, INR; 'million' -> 1e6, no unit): None without a scale or with another word."""
    units = _units()
    scale, currency = None, None
    for word in words_:
        word = word.rstrip(".") or word  # 'mio. kr.'
        if numbers.is_scale(word):
            scale = float(numbers.words()["scales"][word.lower()])
            continue
        code = units["symbols"].get(word) or units["prefix_codes"].get(word.lower())
        code = code or units["symbols"].get(word.lower()) or units["words"].get(word.lower())
        if code is None or currency is not None:
            return None
        currency = code
    return None if scale is None else (scale, currency)


def _leader_words(label: str) -> list[str]:
    """The words of a dot-leader row's label that name its figure: before the first comma,
    without footnote marks, brackets, years, quarters or months ('Core inflation 1/, Oct
    2026p' -> core inflation), lower case; at most six, else none."""
    label = LEADER_NOTE.sub(" ", label.split(",")[0])
    kept = [
        w
        for w in re.findall(r"[^\W\d_][\w'/&-]*", label.lower())
        if not YEARISH.fullmatch(w) and not set(w.split("-")) <= _month_words()
    ]
    return kept if 0 < len(kept) <= 6 else []


@cache
def _month_words() -> frozenset[str]:
    return frozenset(load_data("dates")["months"])


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
    change: str | None = None
    per: str | None = None
    named: bool = True  # the item names a thing, not only the unit ('percent', 'dollars')

    def fields(self) -> ClaimRow:
        return {
            "quantity_change": self.change,
            "quantity_per": self.per,
            "quantity_value": tidy(self.value),
            "quantity_low": None if self.low is None else tidy(self.low),
            "quantity_high": None if self.high is None else tidy(self.high),
            "quantity_bound": self.bound,
            "quantity_unit": self.unit,
            "quantity_item": NOTE_MARK.sub("", self.item),
        }


@cache
def _units() -> dict[str, Any]:
    return load_data("units")


@cache
def _qualified_forms() -> dict[str, list[tuple[re.Pattern[str], str]]]:
    """Each currency word of units.json's qualified_only, with the patterns of its qualified
    forms among the unit words and the codes they stand for ('swedish crowns' -> SEK)."""
    units = _units()
    forms: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for word in units["qualified_only"]:
        for phrase, code in units["words"].items():
            last = phrase.split()[-1]
            if len(phrase.split()) > 1 and last.rstrip("s") == word.rstrip("s"):
                pattern = re.compile(rf"\b{re.escape(phrase.rstrip('s'))}s?\b", re.IGNORECASE)
                forms.setdefault(word, []).append((pattern, str(code)))
    return forms


@cache
def _currency_stems() -> dict[str, re.Pattern[str]]:
    """Each qualified-only word's stem (no plural s) as a regex: every qualified form holds it."""
    return {
        word: re.compile(re.escape(word.rstrip("s")), re.IGNORECASE) for word in _qualified_forms()
    }


@cache
def _letter_codes_named() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """(letter, code, regex of the code's currency words) for each currency a letter may write
    (units.json letter_symbols first, then letter_shared: 'K' is kina, kwacha or kyat)."""
    units = _units()
    found = []
    for letter, code in units["letter_symbols"].items():
        for each in (code, *units["letter_shared"].get(letter, ())):
            names = sorted(w for w, c in units["words"].items() if c == each and w.isalpha())
            if names:
                pattern = rf"\b(?:{'|'.join(map(re.escape, names))})\b"
                found.append((letter, each, re.compile(pattern, re.I)))
    return tuple(found)


def named_currencies(text: str) -> tuple[tuple[str, str], ...]:
    """(word, code) for each bare currency word of units.json's qualified_only that an article
    names in one qualified form only ('6.1 billion Swedish crowns' ... '31.5 billion crowns':
    SEK). Computed once per article, so every paragraph parsed alone reads the same. A word
    whose stem the text lacks has no qualified form in it (most articles: one scan per stem),
    and a form shared by two words ('crown', 'crowns') is searched once."""
    found = []
    stems = _currency_stems()
    searched: dict[re.Pattern[str], bool] = {}  # stems and forms looked for so far

    def holds(pattern: re.Pattern[str]) -> bool:
        hit = searched.get(pattern)
        if hit is None:
            hit = searched[pattern] = pattern.search(text) is not None
        return hit

    for word, forms in _qualified_forms().items():
        if not holds(stems[word]):
            continue
        codes = {code for pattern, code in forms if holds(pattern)}
        if len(codes) == 1:
            found.append((word, codes.pop()))
    letters: set[str] = set()
    for letter, code, named in _letter_codes_named():
        if letter not in letters and named.search(text) is not None:
            letters.add(letter)  # ('Q', 'GTQ'), ('K', 'ZMW'): the letter's currency named in words
            found.append((letter, code))
    return tuple(found)


def _named_currency(doc: Doc, word: str) -> str | None:
    """The code the article gives a bare qualified-only currency word (doc._.currencies)."""
    named = doc._.currencies if Doc.has_extension("currencies") else None
    return dict(named or ()).get(word)


@cache
def _compared() -> re.Pattern[str]:
    """Words before a figure compared with the one before it ('up from', 'against')."""
    cues = sorted(words()["compare_cues"], key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, c.split())) for c in cues)
    fillers = sorted(words()["compare_fillers"], key=len, reverse=True)  # 'down from only nine'
    filler = "|".join(r"\s+".join(map(re.escape, f.split())) for f in fillers)
    return re.compile(
        rf"(?:\b(?:{alternatives})|,\s*(?:up|down))(?:\s+(?:{filler}))?\s*$", re.IGNORECASE
    )


@cache
def _tally_nouns() -> frozenset[str]:
    """Nouns that name a running count ('the death toll', 'the number', 'the total')."""
    return frozenset(words()["toll_nouns"]) | frozenset(words()["antecedent_nouns"])


@cache
def _from_to_opened() -> re.Pattern[str]:
    """A from-to opener, and at most one word after it, just before a figure ('from about')."""
    openers = "|".join(map(re.escape, words()["from_to_openers"]))
    return re.compile(rf"\b(?:{openers})(?:\s+[a-z]+)?\s*$")


@cache
def _from_to_gap() -> re.Pattern[str]:
    """The whole gap between a change and a level it spans: a comma and a from-to opener."""
    openers = "|".join(map(re.escape, words()["from_to_openers"]))
    return re.compile(rf"\s*,\s*(?:{openers})(?:\s+[a-z]+)?\s*")


@cache
def _bare_compared() -> re.Pattern[str]:
    """Words before a bare figure set against the one before ('below the 2.05 billion expected')."""
    cues = sorted(words()["bare_compare_cues"], key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, c.split())) for c in cues)
    return re.compile(rf"\b(?:{alternatives})\s*$", re.IGNORECASE)


@cache
def _subset() -> re.Pattern[str]:
    """Words before a figure that counts part of the one before ('including', 'of which')."""
    cues = sorted(words()["subset_cues"], key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, c.split())) for c in cues)
    return re.compile(rf"\b(?:{alternatives})\s*$", re.IGNORECASE)


@cache
def _restated() -> re.Pattern[str]:
    """A comma and 'or' before a figure: it restates the one before in other terms."""
    joiners = "|".join(map(re.escape, words()["restate_joiners"]))
    return re.compile(rf",\s*(?:{joiners})\s*$", re.IGNORECASE)


@cache
def _limit_against() -> re.Pattern[str]:
    """'..., far above the annual quota of': a limit set against the figure before."""
    preps = "|".join(map(re.escape, words()["threshold_preps"]))
    nouns = "|".join(map(re.escape, words()["limit_nouns"]))
    return re.compile(rf"\b(?:{preps})\s+(?:\S+\s+){{0,3}}?(?:{nouns})\s+of\s*$", re.IGNORECASE)


@cache
def _period_change() -> re.Pattern[str]:
    """A comma or a cell bar and a period comparison or a change label before a figure ('...,
    year on year +4%', '| y/y +2%', '| change -3%'): it is the change of the figure before."""
    periods = sorted(words()["period_comparisons"], key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in periods)
    nouns = "|".join(map(re.escape, words()["change_label_nouns"]))  # '..., w/w change -2%'
    # '| change +6%': a bare change label too; the noun before the period too ('| Change y/y: +2%')
    period = rf"(?:(?:{nouns})\s+)?(?:{alternatives})(?:\s+(?:{nouns}))?"
    return re.compile(rf"[,|]\s*(?:{period}|{nouns}):?\s*$", re.IGNORECASE)


@cache
def _longest_unit_word() -> int:
    """The most words a unit name has (units.json words: 'parts per million' has three)."""
    return max(len(name.split()) for name in _units()["words"])


@cache
def _bounds_data() -> dict[str, Any]:
    return load_data("bounds")


@cache
def _estimate_marks() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(label before, bracket after): an estimate mark in brackets that ends the label of a
    figure's line ('Losses (est.): $4m') or follows the figure ('4,200 (estimate)')."""
    marks = "|".join(re.escape(m) for m in _bounds_data()["estimate_marks"])
    return (
        re.compile(rf"\((?i:{marks})\)\s*:\s*[^\s\d]{{0,4}}$"),
        re.compile(rf"[ \t]*\((?i:{marks})\)"),  # matched at the figure's end
    )


@cache
def _bounds() -> list[tuple[list[str], str]]:
    table = load_data("bounds")["before"]
    return sorted(((k.split(), v) for k, v in table.items()), key=lambda kv: -len(kv[0]))


@cache
def _longest_bound() -> int:
    return max(len(phrase) for phrase, _ in _bounds())


@cache
def _bounds_by_last() -> dict[str, list[tuple[list[str], str]]]:
    """_bounds() by each phrase's last word, in _bounds() order."""
    out: dict[str, list[tuple[list[str], str]]] = {}
    for phrase, bound in _bounds():
        if phrase:
            out.setdefault(phrase[-1], []).append((phrase, bound))
    return out


def _destination_after(verb: Token, start: int) -> bool:
    """A verb with a destination after the figure ('adds up to ten days to the trip', 'added up
    to 50 staff to its payroll'): the verb puts the figure somewhere, so 'up to' bounds it; with
    none ('which adds up to $75,000') the verb and its particle state a total."""
    preps = words()["destination_preps"]
    return any(c.dep_ == "prep" and c.i > start and c.lower_ in preps for c in verb.children)


def _moved_noun(noun: Token, start: int) -> bool:
    """A noun with a change adverb of its own before the figure ('with orders up 6% to 412k',
    'coal down 4% to 2,100'): the figure after 'to' is the level that noun reached."""
    adverbs = words()["change_adverbs"]
    return any(c.dep_ == "advmod" and c.lower_ in adverbs and c.i < start for c in noun.children)


def _ranking(doc: Doc, at: int, phrase: str) -> bool:
    """A verb-only bound word (bounds.json 'verb_bounds') after a determiner or a possessive
    ('the top ten makers', "Europe's top five banks"): an adjective that ranks, no bound."""
    if phrase not in _bounds_data()["verb_bounds"] or at == 0:
        return False
    before = doc[at - 1]
    return before.pos_ in ("DET", "PRON") or before.tag_ in ("POS", "PRP$")


def _ceiling_verb(doc: Doc, start: int) -> bool:
    """'penalties can reach CAD 25,000', 'a sentence can reach ten years': a verb of reaching
    with a modal of what is possible right before the figure (past a currency sign or code) gives
    its most; 'could reach' and 'will reach' forecast a level (quantity_words 'ceiling_*')."""
    j = start - 1
    units = _units()
    if j > 0 and (doc[j].text in units["symbols"] or doc[j].lower_ in units["prefix_codes"]):
        j -= 1
    if j < 0 or doc[j].lemma_.lower() not in words()["ceiling_verbs"]:
        return False
    return any(c.dep_ == "aux" and c.lower_ in words()["ceiling_modals"] for c in doc[j].children)


def _is_numberish(tok: Token) -> bool:
    return bool(HAS_DIGIT.search(tok.text)) or numbers.is_number_word(tok.text)


def _word_after(doc: Doc, at: int) -> str:
    """The lower-case word at `at`, or the one after it when `at` is the line break of a
    hard-wrapped paragraph ('than a year' closing a line, 'ago' opening the next); '' past the end."""
    if at < len(doc) and doc[at].is_space and doc[at].text.count("\n") == 1:
        at += 1
    return doc[at].lower_ if at < len(doc) else ""


@cache
def _start_words() -> frozenset[str]:
    """The words a number expression may start with besides a digit ('a', 'an', number and scale
    words, 'half', vague amounts), as written and lower-cased."""
    table = numbers.words()
    found = {"a", "an", *table["units"], *table["scales"], *table["vague"], *table["frequencies"]}
    found |= set(table["fraction_of_scale"])
    return frozenset(w for word in found for w in (word, word.lower()))


def _number_starts(doc: Doc, text: str) -> set[int]:
    """Indices of the tokens the number scan may start at (a superset): holding a digit or being
    one of those words. Read from the Doc's columns, so the scan makes no Token for the rest."""
    known = _start_words()
    cols = columns(doc)
    found = {i for i, w in enumerate(cols.lower) if w in known}
    if HAS_DIGIT.search(text) is not None:
        idx = cols.idx
        found |= {bisect.bisect_right(idx, m.start()) - 1 for m in HAS_DIGIT.finditer(text)}
    return found


#: a group of thousands written right on at a date's end: the date is part of a figure
THOUSANDS_RUN_ON = re.compile(r",\d{3}(?!\d)")


#: a decimal comma before a scale word ('1,8 million'): no group of thousands has fewer digits
DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")


#: the group after a space in '350 000' or '5 968.4': three digits, then any decimals
SPACED_GROUP = re.compile(r"\d{3}(?:\.\d+)?")


def _space_grouped(first: str, second: str) -> bool:
    """'350 000', '12 500': thousands set off by a space, as French and other European styles
    write them (a group of three digits after one to three digits with no leading zero)."""
    return (
        first.isdigit()
        and 1 <= len(first) <= 3
        and first[0] != "0"
        and SPACED_GROUP.fullmatch(second) is not None
    )


def _spoken_join(lowers: Sequence[str], i: int, j: int) -> bool:
    """Whether token j carries a number spelled out in words on, as speech writes it: a joiner
    ('and') or a comma after a scale word before a smaller part ('three thousand, two hundred and
    six'), or a decimal word between a number word and a digit word ('four point two')."""
    table = numbers.words()
    units, scales = table["units"], table["scales"]
    if j + 1 >= len(lowers) or any(HAS_DIGIT.search(w) for w in lowers[i:j]):
        return False
    before, word, after = lowers[j - 1], lowers[j], lowers[j + 1]
    if word in table["decimal_words"]:
        return before in units and units.get(after, 10) < 10
    if before not in scales or after not in units or after in table["fraction_of_scale"]:
        return False
    if word in table["spoken_joiners"]:
        return units[after] < 100  # 'three hundred and twenty (million)'
    if word != "," or float(scales[before]) < 1000:
        return False  # a comma only after 'thousand' and larger, before a smaller part
    k = j + 1
    while k < len(lowers) and (lowers[k] in units or lowers[k] in table["spoken_joiners"]):
        k += 1
    return k >= len(lowers) or float(scales.get(lowers[k], 0)) < float(scales[before])


def _core_end(doc: Doc, i: int) -> int:
    """Index after the number expression starting at token i ('3 million', 'twenty - five')."""
    cols = columns(doc)
    texts, lowers = cols.text, cols.lower
    n = len(texts)
    grouped = i + 1 < n and doc[i].whitespace_ == " " and _space_grouped(texts[i], texts[i + 1])
    grouped = grouped and not (
        i + 2 < n and (HAS_DIGIT.search(texts[i + 2]) or texts[i + 2] in ",.")
    )
    if grouped and (i == 0 or not HAS_DIGIT.search(texts[i - 1])):  # not a run of digit groups
        j = i + 2
        wrapped = j + 1 < n and texts[j].isspace() and "\n" in texts[j]  # at a line's end
        if wrapped and numbers.is_scale(texts[j + 1]):
            j += 1
        while j < n and numbers.is_scale(texts[j]):
            j += 1  # '5 968.4 mio.': a scale word after the grouped figure
        return j if j > i + 2 and not texts[j - 1].isspace() else i + 2
    and_a_half = numbers.words()["and_a_half"]
    j = i + 1
    while j < n:
        t = texts[j]
        if lowers[j : j + 3] == and_a_half and (
            numbers.is_number_word(texts[j - 1]) or HAS_DIGIT.search(texts[j - 1])
        ):
            j += 3  # 'two and a half thousand'
            continue
        if t.isspace() and "\n" in t and j + 1 < n and numbers.is_scale(texts[j + 1]):
            j += 2  # 'JOD 61.5' at a line's end, 'million' at the next one's start
            continue
        if _spoken_join(lowers, i, j):
            j += 1  # 'three hundred and twenty', 'eight point four', 'two thousand, three hundred'
            continue
        if (
            numbers.is_scale(t)
            or (numbers.is_number_word(t) and not HAS_DIGIT.search(texts[j - 1]))
            or (
                t == "-"
                and j + 1 < n
                and numbers.is_number_word(texts[j + 1])
                and not HAS_DIGIT.search(texts[j - 1])
            )
        ):
            j += 1
        else:
            break
    if _restated_in_digits(doc, i, j):
        return j + 3  # 'sixty (60) days': the figure repeated in brackets, as a notice writes it
    return j


def _restated_in_digits(doc: Doc, i: int, j: int) -> bool:
    """Whether number words doc[i:j] are followed by the same figure in digits in brackets."""
    texts = columns(doc).text
    if j + 2 >= len(texts) or texts[j] != "(" or texts[j + 2] != ")":
        return False
    if any(HAS_DIGIT.search(t) for t in texts[i:j]) or not texts[j + 1].isdigit():
        return False
    return numbers.parse_tokens(list(texts[i:j])) == float(texts[j + 1])


def _period_label(gap: str) -> bool:
    """' | m/m: ', ', y/y: ': a label that only names the period a change is over."""
    words_ = re.sub(r"\s*/\s*", "/", gap.lower()).strip(" |,;:•").split()
    if words_ and words_[-1] in words()["change_label_nouns"]:
        words_ = words_[:-1]
    elif words_ and words_[0] in words()["change_label_nouns"]:
        words_ = words_[1:]  # ' | Change q/q: '
    return bool(words_) and " ".join(words_) in words()["period_comparisons"]


class Reading(NamedTuple):
    """A number expression read from the tokens [start, end): its value, a unit written onto it
    ('24pc', '10kW'), and the change its sign states ('+0.4%', '-3.5%')."""

    value: float
    end: int
    unit: str | None
    change: str | None
    ends: tuple[float, float] | None = None  # a range written as one token ('$2bn-$3bn')
    approx: bool = False  # a sign written onto the figure makes it approximate ('~21,500')


def _glued_suffix(doc: Doc, j: int) -> bool:
    """A scale letter written onto the number before it that the tokenizer split off ('1.2' 'm')."""
    if not 0 < j < len(doc):
        return False
    cols = columns(doc)
    return (
        not space_after(doc, j - 1)
        and HAS_DIGIT.search(cols.text[j - 1]) is not None
        and cols.lower[j].rstrip(".") in numbers.words()["suffixes"]  # 'spent $2m.' ends a sentence
    )


def read_number(doc: Doc, start: int, end: int) -> Reading | None:
    """The number in doc[start:end] (see `_core_end`), with a scale letter, unit letters or a
    currency prefix written onto it ('$2m', '5K', '24pc', '$US4.2m'); None when it is no number."""
    if _glued_suffix(doc, end):
        end += 1
    texts = columns(doc).text
    hyphened = end + 1 < len(doc) and texts[end] == "-" and not space_after(doc, end - 1)
    scale_letter = hyphened and texts[end + 1] in numbers.words()["hyphen_scale_letters"]
    if hyphened and not space_after(doc, end) and numbers.is_scale(texts[end + 1]):
        end += 2  # 'a $7.2-million refit': the scale, written on with a hyphen
    elif scale_letter and not space_after(doc, end):  # '$3.1-B deal': a capital scale letter
        end += 2
    else:
        scale_letter = False
    words: list[str] = []
    bracketed = end - 3 > start and _restated_in_digits(doc, start, end - 3)
    for i in range(max(0, start), min(end - 3 if bracketed else end, len(texts))):
        text = texts[i]
        if (text in ("-", ",") or text.isspace()) and i > start:
            continue  # a hyphen, a spoken number's comma, or a hard-wrapped figure's line break
        if words and i > start and (_glued_suffix(doc, i) or (scale_letter and i == end - 1)):
            words[-1] += text.rstrip(".")
        else:
            words.append(text)
    if len(words) > 1 and DECIMAL_COMMA.fullmatch(words[0]) and numbers.is_scale(words[1]):
        words[0] = words[0].replace(",", ".")  # '1,8 million euros': a decimal comma
    if len(words) >= 2 and _space_grouped(words[0], words[1]):
        words = [words[0] + words[1], *words[2:]]  # '350 000 €', '5 968.4 mio.': thousands
        # set off by a space
    approx = len(words[0]) > 1 and words[0][0] in numbers.words()["approx_signs"]
    if approx:  # '~21,500 km': about that many
        words[0] = words[0][1:]
    glued_range = _glued_range(doc, start, end, words)
    if glued_range is not None:
        return glued_range._replace(approx=approx)
    scaled = len(words) == 2 and "\u2013" in words[0] and numbers.is_scale(words[1])
    marked = _dashed_sign(words[0]) if len(words) == 1 or scaled else None
    if marked is not None:  # 'NZ$420\u2013460': the currency sign written onto the range
        words[0] = words[0][len(marked) :]
    joined = numbers.joined_range(words[0]) if len(words) == 1 or scaled else None
    if joined is not None and scaled:  # '420\u2013460 million': the scale of both ends
        times = float(numbers.words()["scales"][words[1].lower()])
        joined = (joined[0] * times, joined[1] * times, joined[2])
    if joined is not None:
        low, high, sign = joined
        before = doc[start - 1].text if start > 0 else ""
        if sign and _units()["symbols"].get(sign) != _units()["symbols"].get(before):
            return None  # '$2bn-€3bn': two currencies, no range
        currency = _units()["symbols"][marked] if marked is not None else None
        return Reading((low + high) / 2, end, currency, None, (low, high), approx)
    unit = change = None
    scale = 1.0
    glued = numbers.split_glued(words[0].rstrip(".")) if HAS_DIGIT.search(words[0]) else None
    if glued is not None and _measured_length(doc, start, end, glued):
        unit, glued = _units()["length_letters"][glued.suffix], glued._replace(suffix="")
    if glued is not None:
        suffix = glued.suffix.lower()
        if suffix and suffix not in numbers.words()["suffixes"]:
            unit = _units()["glued"].get(glued.suffix) or _units()["glued"].get(suffix)
            rate = _units()["rates"].get(suffix) if unit is None else None
            if rate is not None and rate["unit"] is not None:  # '187.4kt': thousand tonnes
                unit, scale = rate["unit"], float(rate["scale"])
            if unit is None:
                return None
            suffix = ""
        sign = _units()["symbols"].get(glued.prefix) or _units()["symbols"].get(
            glued.prefix.lower()
        )
        if sign is None and _letter_money(doc, glued.prefix, glued.suffix, end):
            sign = _named_currency(doc, glued.prefix) or _units()["letter_symbols"][glued.prefix]
        if sign is None and _glued_code(doc, glued.prefix, glued.suffix, end):
            sign = _units()["prefix_codes"][glued.prefix.lower()]  # 'USD4.2 billion'
        read_on = _units()["reading_prefixes"].get(glued.prefix)
        if sign is None and read_on and "." in glued.number and not glued.suffix:
            unit, glued = read_on, glued._replace(prefix="")  # 'M5.1': a magnitude
        if sign is not None:
            unit = sign  # 'NT$26 billion': the currency written onto the number
        elif glued.prefix and not _currency_prefix(doc, start, glued.prefix):
            return None
        elif glued.prefix:  # '$C25m', '$US4.2m': the sign and the letters name the currency
            unit = _units()["symbols"][f"{doc[start - 1].text}{glued.prefix}".lower()]
        change = numbers.sign_of(glued.number)
        words[0] = glued.number.lstrip("+-\u2212") + suffix
    value = numbers.parse_tokens(words)
    if value is not None and change == "decrease" and unit in _units()["below_zero"]:
        value, change = -value, None  # '-26C': a temperature below zero, no fall
    return None if value is None else Reading(value * scale, end, unit, change, None, approx)


def _dashed_sign(word: str) -> str | None:
    """The currency sign (units.json symbols) written onto an en-dashed range ('NZ$420\u2013460',
    '\u20b830,000\u201350,000'), the longest that fits; else None."""
    if "\u2013" not in word:
        return None
    signs = [
        s for s in _units()["symbols"] if word.startswith(s) and word[len(s) : len(s) + 1].isdigit()
    ]
    return max(signs, key=len) if signs else None


#: a range of percentages written as one token with the sign on the low end: '4.5%-5.5' + '%'
SIGNED_RANGE = re.compile(
    r"(?P<low>\d[\d,]*(?:\.\d+)?)(?P<sign>[^\w\s-])-(?P<high>\d[\d,]*(?:\.\d+)?)"
)
#: currency letters written before a range after a currency sign: '$' 'US350m-400' 'm'
CODE_BEFORE = re.compile(r"(?P<code>[a-z]{1,3})(?=\d)", re.IGNORECASE)


def _glued_range(doc: Doc, start: int, end: int, words: list[str]) -> Reading | None:
    """A range the tokenizer left as one token with its unit on both ends: '4.5%-5.5%' and
    '6%-7%' (the sign of the high end split off as the next token), '$US350m-400m' (currency
    letters after the sign before the low end); None for anything else."""
    if len(words) != 1:
        return None
    scaled = _scaled_range(doc, start, end)
    if scaled is not None:
        return scaled
    symbols = _units()["symbols"]
    signed = SIGNED_RANGE.fullmatch(words[0])
    if signed is not None:
        sign = signed["sign"]
        again = end < len(doc) and doc[end].text == sign and not doc[end - 1].whitespace_
        low, high = numbers.parse_digits(signed["low"]), numbers.parse_digits(signed["high"])
        unit = _units()["words"].get(sign)  # the unit word a sign stands for ('%')
        if not again or unit is None or low is None or high is None or low >= high:
            return None
        return Reading((low + high) / 2, end + 1, unit, None, (low, high))
    code = CODE_BEFORE.match(words[0])
    if code is None or not _currency_prefix(doc, start, code["code"]):
        return None
    joined = numbers.joined_range(words[0][code.end() :])
    if joined is None or joined[2]:
        return None
    low, high, _ = joined
    unit = symbols[f"{doc[start - 1].text}{code['code']}".lower()]
    return Reading((low + high) / 2, end, unit, None, (low, high))


def _scaled_range(doc: Doc, start: int, end: int) -> Reading | None:
    """'2.4 billion-2.9 billion dollars': a range with a scale word on both ends, whose hyphen the
    tokenizer left between the first scale and the second number ('billion-1.3')."""
    if end + 1 >= len(doc) or not numbers.is_scale(doc[end + 1].text):
        return None
    scale, _, high = doc[end].text.partition("-")
    low = numbers.parse_digits(doc[start].text)
    top = numbers.parse_digits(high) if numbers.is_scale(scale) else None
    if low is None or top is None:
        return None
    low, top = (
        low * numbers.words()["scales"][scale.lower()],
        top * numbers.words()["scales"][doc[end + 1].lower_],
    )
    return Reading((low + top) / 2, end + 2, None, None, (low, top)) if low < top else None


def _measured_length(doc: Doc, start: int, end: int, glued: numbers.Glued) -> bool:
    """'the river has risen 1.8m', 'an alarm level of 10.5m': a letter that is both a scale and
    a length (units.json length_letters: 'm', million or metres) measures a length when no
    currency is written on the figure, no noun follows it ('1.8m people' is a count) and a noun
    of length_nouns (a level, a peak, a river) comes before it in its sentence."""
    if glued.prefix or glued.suffix not in _units()["length_letters"]:
        return False
    cols = columns(doc)
    before = start - 1
    if before >= 0 and (
        cols.text[before] in _units()["symbols"] or cols.lower[before] in _units()["prefix_codes"]
    ):
        return False
    craft = end < len(doc) and doc[end].tag_ == "NN" and kind_of_word().get(doc[end].lower_)
    if craft == "vessel":
        return True  # 'a 60m yacht': the craft's length, not 60 million of anything
    if end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN") and doc[end].is_lower:
        return False
    nouns = frozenset(_units()["length_nouns"])
    first = doc[start].sent.start
    return any(doc[i].lemma_.lower() in nouns for i in range(first, start))


#: a number written to the cent: two decimals and nothing after them ('R18.49')
PRICE_CENTS = re.compile(r"\d\.\d\d$")
#: a figure written with a thousands comma and nothing after it ('P240,000')
THOUSANDS = re.compile(r"\d,\d{3}(?:\.\d+)?$")


def _letter_money(doc: Doc, prefix: str, suffix: str, end: int) -> bool:
    """'P3.1 billion', 'P25 a kilo', 'P7.2-B', 'R18.49': a currency written as a bare capital
    letter (units.json letter_symbols) is money only with a scale on the figure, a price base
    after it or a figure written to the cent, or in an article that names its currency in words
    ('rand', 'baht'); 'the P5 members', 'a P3 lab' are names."""
    letters = _units()["letter_symbols"]
    if prefix not in letters:
        return False
    if _money_figure(doc, suffix, end):
        return True
    named = _named_currency(doc, prefix) is not None  # one of the letter's currencies
    return named and len(re.sub(r"\D", "", doc[end - 1].text)) > 1  # 'Q4', 'P5': names


def _spaced_letter(doc: Doc, start: int, end: int) -> bool:
    """'collected L 46.2 million', 'receive Q 12,800': a currency letter (units.json
    letter_symbols) set apart from its figure by a space is money as the glued form is, only
    with a scale, a thousands comma, cents or a price base on the figure; never when it ends a
    name, a capitalized word right before it ('Plan B 2 billion', 'Annex L 4')."""
    if start == 0 or doc[start - 1].text not in _units()["letter_symbols"]:
        return False
    if not doc[start - 1].whitespace_:
        return False
    named = start > 1 and doc[start - 2].is_alpha and doc[start - 2].text[:1].isupper()
    return not named and _money_figure(doc, "", end)


def _money_figure(doc: Doc, suffix: str, end: int) -> bool:
    """A figure that reads as money when a currency letter or code is written onto it: a scale
    on it or after it, a price base after it, or a figure written to the cent."""
    if suffix.lower() in numbers.words()["suffixes"] or numbers.is_scale(doc[end - 1].text):
        return True
    if PRICE_CENTS.search(doc[end - 1].text):
        return True  # 'cost R18.49', 'at P52.75': a figure written to the cent is a price
    if THOUSANDS.search(doc[end - 1].text):
        return True  # 'receive P240,000', 'R12,500': a sum in thousands; a name's number
        # ('the P5', 'a K9 unit') is not written with a thousands comma
    lowers = columns(doc).lower
    if end < len(lowers) and numbers.is_scale(lowers[end]):
        return True
    units = _units()
    return end + 1 < len(lowers) and (
        lowers[end] in units["per_openers"] and lowers[end + 1] in units["per_words"]
    )


def _glued_code(doc: Doc, prefix: str, suffix: str, end: int) -> bool:
    """'USD4.2 billion', 'KES450m': a currency code written in capitals right onto the figure;
    only three capitals, so that a word that is also a code ('try', 'pen') stays a word, and,
    as for a currency letter, only with a scale, a price base or cents ('the SAR2 radar')."""
    if len(prefix) != 3 or not prefix.isupper():
        return False
    return prefix.lower() in _units()["prefix_codes"] and _money_figure(doc, suffix, end)


def _currency_prefix(doc: Doc, start: int, prefix: str) -> bool:
    """'$US4.2m': letters glued to a number are a currency only after a currency sign."""
    return start > 0 and f"{doc[start - 1].text}{prefix}".lower() in _units()["symbols"]


_PATTERNS: dict[int, PatternSet] = {}


def packaged_patterns(vocab: Vocab) -> PatternSet:
    """The quantity patterns of data/patterns/quantities.json, compiled once per vocabulary."""
    if id(vocab) not in _PATTERNS:
        _PATTERNS[id(vocab)] = PatternSet.packaged("quantities", vocab)
    return _PATTERNS[id(vocab)]


class _Scanner:
    """Walks a Doc's tokens once and yields quantities, counting every rejection by reason."""

    def __init__(
        self,
        doc: Doc,
        exclude: set[int],
        rejections: Rejections,
        patterns: PatternSet,
        matches: dict[str, list[Match]] | None = None,
    ):
        self.doc = doc
        self.exclude = exclude
        self.rejections = rejections
        self.text = doc_text(doc)  # Doc.text joins every token on each call
        self.dates = [  # a date cut from a figure's thousands ('Q1' of 'Q2,380') is none
            (d.surface_start, d.end)
            for d in find_dates(self.text)
            if THOUSANDS_RUN_ON.match(self.text, d.end) is None
        ]
        self.last: Quantity | None = None
        self.matches = matches if matches is not None else patterns(doc)
        self.casualties = {
            m.tokens[0] if m.id in ("casualty_participle", "casualty_adjective") else m.tokens[-1]
            for pid in (
                "casualty_object",
                "casualty_participle",
                "casualty_verb_count",
                "casualty_adjective",
            )
            for m in self.matches.get(pid, [])
        }
        self.claimed: set[int] = set()
        self.named_shares: list[Quantity] = []  # shares with an item, for figures after them
        self.built: list[Quantity] = []  # figures found so far, in text order

    def shares(self) -> list[tuple[Quantity, int, int, bool, bool]]:
        """Fractions as percent of the whole and multiples as `times`, with the token each starts
        at, its item's last token and whether the item is the clause's subject; an item left
        empty is filled in by `scan` from the figure before it."""
        doc, found = self.doc, []
        for share in shares.find(doc, self.matches):
            if any(i in self.exclude for i in range(share.first, share.last)):
                self.reject("sanction_target", share.first, share.last)
                continue
            if share.change is None and next_in_series(doc, share.first, share.last):
                # 'two flights landed; a third is due': the next flight, no share
                self.reject("series_ordinal", share.first, share.last)
                continue
            bound, span_start = self.bound_before(share.first)
            end = doc[max(share.last, share.item_end) - 1]
            self.claimed.update(range(share.first, max(share.last, share.item_end)))
            low, high = share.ends if share.ends is not None else (None, None)
            quantity = Quantity(
                span_start,
                end.idx + len(end),
                share.value,
                "range" if share.ends is not None else bound,
                share.item or "",
                share.unit,
                low,
                high,
                confidence=0.65,
                change=share.change,
            )
            found.append(
                (quantity, share.first, share.item_end - 1, share.from_subject, share.elided)
            )
        return found

    def reject(self, reason: str, start: int, end: int) -> None:
        """Count why doc[start:end] (token indices) made no quantity, and keep the words."""
        self.rejections.reject(f"quantity:{reason}", start, end)

    def in_date(self, tok: Token) -> bool:
        return any(s <= tok.idx < e for s, e in self.dates)

    def scan(self) -> Iterator[Quantity]:
        found_shares = self.shares()
        self.named_shares = [share for share, _, _, _, _ in found_shares if share.item]
        found = self.from_to(list(self.numbers()))
        found += self.terms(found)
        found += self.article_durations(found)
        for share, first, head, from_subject, elided in found_shares:
            if not share.item:  # 'grew by more than a quarter', 'around half of them'
                before = self.before_in_sentence(found, first, own=elided)
                meant = before.item if before is not None else self.pronoun_share(first)
                if meant is None:
                    self.reject("no_item", first, first + 1)
                    continue
                share = dataclasses.replace(share, item=meant)
            elif self.refers_back(share.item, head):  # 'a quarter of that total'
                before = self.whole_before(found, share.item, self.doc[first].idx)
                before = before or self.before_in_sentence(found, first)
                if before is not None and before.item not in words()["antecedent_nouns"]:
                    share = dataclasses.replace(share, item=before.item)
            elif from_subject and self.set_off(first):  # '410 tonnes, a fifth more than'
                before = self.before_in_sentence(found, first, own=True)
                if before is not None and self.restated_count(before):
                    share = dataclasses.replace(share, item=before.item)
            found.append(share)
        yield from self.activity_changes(sorted(found, key=lambda q: q.start))

    def pronoun_share(self, first: int) -> str | None:
        """What a share or multiple whose clause has a pronoun subject measures ('That is nearly
        three times the sum spent in 2019'): the thing the figure before it measured."""
        if not things.pronoun_subject(self.doc, first):
            return None
        return self.pronoun_thing(first, self.doc[first].idx)

    def set_off(self, first: int) -> bool:
        """Whether the share at token `first` stands in a verbless phrase set off by a comma
        ('landed 410 tonnes of cod, about a third less than in May', '..., a rise of a quarter on
        last year'): it restates the figure before it, not the clause's subject."""
        tok = self.doc[first]
        for node in (tok, *tok.ancestors):
            if node.pos_ in ("VERB", "AUX"):
                return False
            edge = node.left_edge.i
            if edge > 0 and edge <= first and self.doc[edge - 1].text == ",":
                return not any(t.pos_ in ("VERB", "AUX") for t in node.subtree)
        return False

    def set_off_change(self, start: int) -> bool:
        """Whether the figure at token `start` is the size of a change set off by a comma after
        its clause ('Port X logged 2,870 calls, up 12% from 2023'): a change adverb the parse
        hangs on the clause's verb, with a comma right before it. Such a change restates the
        figure the verb took (restated_count), not the verb's subject, as a share set off does."""
        adverbs = words()["change_adverbs"]
        tok = self.doc[start]
        adverb = next((a for a in tok.ancestors if a.lower_ in adverbs), None)
        if adverb is None or adverb.i == 0 or adverb.head.pos_ not in ("VERB", "AUX"):
            return False
        return self.doc[adverb.i - 1].text == "," and adverb.i < start

    def number_of(self, q: Quantity) -> Token | None:
        """The first number token of a figure's span."""
        span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        return next((t for t in span or [] if t.like_num), None)

    def restated_count(self, before: Quantity) -> bool:
        """Whether a share set off after `before` restates that figure's count: a named item
        that is no percentage, no antecedent noun, and not the level of the clause's subject
        ('traffic fell to 40 ships a day, down a third': the traffic; so with level_lemmas and
        share_level_lemmas, 'volume averaging 9,000 lots')."""
        if not before.named or before.unit in words()["relative_units"]:
            return False
        if before.item in words()["antecedent_nouns"]:
            return False
        number = self.number_of(before)
        if number is None:
            return False
        verb = governing_verb(number)
        lemma = verb.lemma_.lower()
        levels = [*words()["level_lemmas"], *words()["share_level_lemmas"]]
        return changes.direction_of(verb) is None and lemma not in levels

    def activity_changes(self, found: list[Quantity]) -> list[Quantity]:
        """'exported 2 million tonnes of zinc, up 6% on May': a change set against a figure
        that a trade, output, seizure or harm verb governs measures that activity ('zinc
        exports'), the verb's noun (quantity_words changed_verbs), not the good; a sum keeps its
        good, and a count with no unit gets the bare noun ('300 boats were seized': seizures)."""
        table = words()["changed_verbs"]
        relative = words()["relative_units"]
        out = list(found)
        for n, q in enumerate(found):
            if q.change is None or q.unit not in relative:
                continue
            span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is None:
                continue
            sent = span[0].sent
            before = next(
                (b for b in reversed(found[:n]) if sent.start_char <= b.start and b.end <= q.start),
                None,
            )
            if before is None or before.change is not None or before.unit in relative:
                continue
            if before.item != q.item or not before.named or before.unit in money():
                continue  # 'imported $4m of lace, up 6%': a sum keeps its good
            number = self.number_of(before)
            if number is None:
                continue
            noun = table.get(governing_verb(number).lemma_.lower())
            if noun is None or q.item.endswith(noun):
                continue
            good = before.unit is not None and " " not in q.item  # a measure of a good
            out[n] = dataclasses.replace(q, item=f"{q.item} {noun}" if good else noun)
        return out

    def terms(self, found: list[Quantity]) -> list[Quantity]:
        """'renewed the embargo for one more year', 'extends its measures by a year': the term of
        an extension, written with an article, is one unit of time (a written number is read by
        the scan) on a verb of extending (the pattern's first word). The item is the unit as
        written."""
        doc, out = self.doc, list[Quantity]()
        for match in self.matches.get("extension_term", []):
            last = doc[max(match.tokens)]
            first = last.i - 1 if doc[last.i - 1].pos_ == "DET" else last.i - 2  # a further year
            if any(i in self.exclude for i in range(first, last.i + 1)):
                continue
            begin, end = doc[first].idx, last.idx + len(last)
            if any(q.start < end and begin < q.end for q in found + out):
                continue
            unit = f"{last.lower_}s"
            out.append(Quantity(begin, end, 1.0, "eq", last.lower_, unit, confidence=0.65))
        return out

    def article_durations(self, found: list[Quantity]) -> list[Quantity]:
        """'for over a month', 'lasted nearly a week', 'within less than a day': one unit of
        time written with an article is a duration when a bound word comes before it (bare, 'a
        week' is too often a rate or a date); not 'more than a year earlier', which dates."""
        doc, out = self.doc, list[Quantity]()
        for i in _article_before_time(doc):
            value, unit = _article_unit(doc[i + 1].lower_)
            bound, span_start = self.bound_before(i)
            if bound == "eq" or self.in_date(doc[i]) or i in self.claimed:
                continue
            if _word_after(doc, i + 2) in words()["relative_time_after"]:
                continue  # 'more than a month ago': a date
            if doc[i - 1].lower_ in _bounds_data()["time_span_eq"]:
                bound = "eq"  # 'rolled out over a month': the stretch it takes
            end = doc[i + 1].idx + len(doc[i + 1])
            if any(q.start < end and span_start < q.end for q in found + out):
                continue
            lasts = durations.what_lasts(
                doc, i, i + 2, i + 2, unit, Item(unit, end, i + 1, False, i + 2)
            )
            item = lasts.text if lasts is not None else unit  # 'for nearly six weeks': weeks
            if lasts is not None and lasts.head == i + 1 and value != 1:
                item = unit  # 'for over a decade': read in years, so it counts years
            out.append(Quantity(span_start, end, value, bound, item, unit, confidence=0.65))
        return out

    def from_to(self, found: list[Quantity]) -> list[Quantity]:
        """'lowered its duty on sugar from 40% to 25%': both figures of a 'from X to Y' pair in one
        unit measure one thing; one that names only its unit takes the other's item."""
        for n, (first, second) in enumerate(itertools.pairwise(found)):
            gap = self.text[first.end : second.start].strip().lower()
            before = self.text[max(0, first.start - 8) : first.start].lower().split()
            opened = bool(before) and before[-1] in words()["from_to_openers"]
            paired = opened and gap in words()["from_to_joiners"] and first.unit == second.unit
            if paired and second.named and not first.named:
                found[n] = dataclasses.replace(first, item=second.item, named=True)
            elif paired and first.named and not second.named:
                found[n + 1] = dataclasses.replace(second, item=first.item, named=True)
        return found

    def refers_back(self, item: str, head: int, unit: str | None = None) -> bool:
        """'the total', 'its level': a bare figure noun with no adjective of its own (not 'the
        global total') stands for a figure named before."""
        *modifiers, noun = item.split() or [""]
        portion = noun in words()["portion_nouns"] and unit not in money()
        if not (portion or noun in words()["antecedent_nouns"]) or not 0 <= head < len(self.doc):
            return False
        series = words()["sequence_modifiers"]  # 'a third batch of 75': still the one before
        if any(m not in series for m in modifiers):
            return False
        return not any(c.dep_ == "amod" and c.lower_ not in series for c in self.doc[head].children)

    def whole_before(self, found: list[Quantity], item: str, start_char: int) -> Quantity | None:
        """The whole a share of 'the total' (quantity_words whole_nouns) is taken of: a total is
        stated before its parts ('Sales reached 900 cars, of which 300 were electric, or a third
        of the total'), so the share takes the item of the first figure in its sentence or the
        one before that counts a thing (no percentage or multiple, no bare antecedent noun), not
        of the part right before it. None when that window holds no such figure."""
        if not item or item.split()[-1] not in words()["whole_nouns"]:
            return None
        span = self.doc.char_span(start_char, start_char + 1, alignment_mode="expand")
        if span is None:
            return None
        sent = span[0].sent
        first = self.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        relative, bare = words()["relative_units"], words()["antecedent_nouns"]
        wholes = [
            q
            for q in found
            if first <= q.start
            and q.end <= start_char
            and q.named
            and q.unit not in relative
            and q.item not in bare
        ]
        return min(wholes, key=lambda q: q.start) if wholes else None

    def antecedent(self, start_char: int) -> Quantity | None:
        """The figure before, in this sentence or the one before, that a bare 'the total', 'its
        level' or 'that amount' at start_char refers back to (its item names a thing)."""
        previous = self.last
        if previous is None or previous.item in words()["antecedent_nouns"]:
            return None
        span = self.doc.char_span(start_char, start_char + 1, alignment_mode="expand")
        if span is None:
            return None
        sent = span[0].sent
        first = self.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        return previous if first <= previous.start and previous.end <= start_char else None

    def before_in_sentence(
        self, found: list[Quantity], first: int, own: bool = False
    ) -> Quantity | None:
        """The nearest figure before token `first` in its sentence or (unless `own`) the one
        before."""
        sent = self.doc[first].sent
        if sent.start > 0 and not own:
            sent = self.doc[self.doc[sent.start - 1].sent.start : sent.end]
        earlier = [q for q in found if sent.start_char <= q.start and q.end <= self.doc[first].idx]
        return max(earlier, key=lambda q: q.end) if earlier else None

    def numbers(self) -> Iterator[Quantity]:
        doc, i = self.doc, 0
        starts = _number_starts(doc, self.text)
        cols = columns(doc)
        texts, lowers = cols.text, cols.lower
        n = len(doc)
        while i < n:
            if i not in starts:  # nothing below can start here: the same step as the else below
                i += 1
                continue
            if i in self.claimed:
                i += 1
                continue
            lower = lowers[i]
            if lower in numbers.words()["frequencies"]:
                often = self.frequency(i)
                if often is not None:
                    yield often
                i += 1
                continue
            text = texts[i]
            numberish = HAS_DIGIT.search(text) is not None or numbers.is_number_word(text)
            if (
                (
                    lower in ("a", "an")
                    and i + 1 < n
                    and lowers[i + 1] in ("dozen", "hundred", "thousand", "million", "billion")
                )
                or (numberish and lower not in ("half",))
                or self.half_scale(i)  # 'half a trillion yen'
            ):
                start = i
            elif lower in words()["indefinite_articles"] and (one := self.one_measure(i)):
                yield one  # 'more than a foot of hail'
                i += 2
                continue
            elif numbers.vague_value(text) is not None and i + 1 < n and lowers[i + 1] == "of":
                vague = self.vague(i)
                if vague is not None:
                    yield vague
                i += 1
                continue
            else:
                i += 1
                continue
            skip = 1 if lower in ("a", "an") else 2 if self.half_scale(i) else 0
            end = _core_end(doc, start + skip)
            self.last = self.latest_before(start)
            q = self.build(start, end)
            if q is not None:
                self.last = q[0]
                self.built.append(q[0])
                yield q[0]
                i = max(q[1], end)
                i = self.past_base(i, q[0].end)
            else:
                i = end

    def change_after_figure(self, item: Item, start: int) -> bool:
        """'Cars: 5,120 units; growth of 3.4%', 'Revenue at $18m, an increase of 6%': a
        change noun and its 'of' figure set off after the figure before it, in the same line,
        changes what that figure measured; the change noun is no thing of its own."""
        doc, last = self.doc, self.last
        head = doc[item.head]
        named = changes.direction_of(head) or head.lemma_.lower() in words()["change_nouns"]
        if last is None or not head.i < start or not named:
            return False
        if doc[head.i + 1].lower_ not in words()["change_noun_preps"]:
            return False
        between = " ".join(t.lower_ for t in doc[head.i + 2 : start] if not t.is_currency)
        if between and between not in _bounds_data()["before"]:
            return False  # 'growth of about 3%' still; not 'growth of exports of 3%'
        gap = [t for t in doc if last.end <= t.idx < head.idx]
        if not gap or "\n" in self.text[last.end : head.idx] or gap[0].sent != head.sent:
            return False
        opened = gap[0].is_punct and gap[0].text in words()["label_separators"]
        return opened and all(t.is_punct or t.pos_ in ("DET", "ADJ") for t in gap)

    def past_base(self, i: int, span_end: int) -> int:
        """The index to scan on from: past the base of a rate that the figure's span ends on
        ('128 cases per 100,000 people'), which is read with it and counts nothing of its own."""
        doc, j = self.doc, i
        while j < len(doc) and doc[j].idx < span_end and not doc[j].like_num:
            j += 1
        openers = words()["base_openers"]
        if j < len(doc) and doc[j].idx < span_end and j > 0 and doc[j - 1].lower_ in openers:
            return j + 1
        return i

    def counted_threshold(self, start: int) -> bool:
        """'14 days above 32 °C', 'nine nights below 0 °C': a temperature after a threshold
        preposition that follows a counted plural noun only says which days or nights the count
        takes; the count is the claim, the threshold none of its own."""
        cols = columns(self.doc)
        if start < 3 or cols.lower[start - 1] not in words()["threshold_preps"]:
            return False
        if self.doc[start - 2].tag_ != "NNS":
            return False
        return any(self.doc[k].like_num for k in range(max(0, start - 5), start - 2))

    def frequency(self, i: int) -> Quantity | None:
        """'sprayed just three times a week', 'meets once a month': how often, per the period after
        the adverb; what it counts is the event its verb names, else the clause's subject, else the
        verb's action."""
        doc = self.doc
        per = self.per_after(i + 1)
        if i in self.exclude or self.in_date(doc[i]):
            return None
        if per is None:
            return self.occasions(i)
        paid = self.last
        if paid is not None and 0 <= doc[i].idx - paid.end <= 1:
            return None  # 'charge $6 once a week': how often the figure right before is paid
        bound, span_start = self.bound_before(i)
        value = float(numbers.words()["frequencies"][doc[i].lower_])
        verb = governing_verb(doc[i])
        subject = items.subject_noun(doc, i, verb)
        item = subject[0] if subject is not None else verb.lemma_.lower()
        happened = items.event_counted(doc, i, i + 1)
        item = happened[0] if happened is not None else item  # 'watered twice a week': watering
        last = doc[per[1] - 1]
        return Quantity(span_start, last.idx + len(last), value, bound, item, None, per=per[0])

    def occasions(self, i: int) -> Quantity | None:
        """'was fined twice last season', 'has twice rejected', 'attacks more than twice': how many
        times an event happened, an adverb of numbers.json frequencies with no period after it
        that a verb governs; not a multiple ('twice as large', 'twice the fee': shares claims
        those), not an idiom's verb ('think twice') and not a word that more often means
        'formerly' ('once'). The item is the event the
        verb names, else quantity_words occasion_item."""
        doc = self.doc
        tok = doc[i]
        data = words()["occasions"]
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is not None and (nxt.lower_ in data["not_before"] or nxt.tag_ in ("JJR", "RBR")):
            return None
        if nxt is not None and nxt.text == "-":
            return self.hyphened_frequency(i)  # 'twice-weekly sailings'
        verb = governing_verb(tok)
        bound, span_start = self.bound_before(i)
        if tok.dep_ != "advmod" or verb.pos_ != "VERB":
            return None
        if bound == "eq" and tok.head.i != verb.i:
            return None  # a bound before it ('more than twice') may be parsed as its head
        if verb.lemma_.lower() in data["idiom_verbs"]:
            return None
        if tok.lower_ in data["not_counts"]:
            return None
        happened = items.event_counted(doc, i, i + 1)
        item = happened[0] if happened is not None else str(data["item"])
        value = float(numbers.words()["frequencies"][tok.lower_])
        return Quantity(span_start, tok.idx + len(tok), value, bound, item, None, confidence=0.65)

    def hyphened_frequency(self, i: int) -> Quantity | None:
        """'twice-weekly sailings', 'a twice-daily dose': a frequency adverb written onto a
        per adverb (units.json per_adverbs) before a noun counts that noun per the period."""
        doc = self.doc
        if i + 3 >= len(doc) or space_after(doc, i) or space_after(doc, i + 1):
            return None
        per = _units()["per_adverbs"].get(doc[i + 2].lower_)
        named = noun_after(doc, i + 3) if per is not None else None
        if named is None:
            return None
        value = float(numbers.words()["frequencies"][doc[i].lower_])
        return Quantity(doc[i].idx, named[1], value, "eq", named[0], None, per=str(per))

    def one_measure(self, i: int) -> Quantity | None:
        """'more than a foot of hail', 'nearly a tonne of cocaine': one unit of a measure, bounded by
        the words before it (an unbounded 'a mile away' is no figure); what it measures is the
        noun after 'of', else the unit's own name."""
        doc, cols = self.doc, columns(self.doc)
        if i + 1 >= len(doc) or i in self.claimed:
            return None
        table = _units()["words"]
        unit = table.get(cols.lower[i + 1]) or table.get(f"{cols.lower[i + 1]}s")  # 'a hectare'
        spoken = unit is not None and unit not in money() and unit not in _units()["time_units"]
        if not spoken or unit in ("%", words()["multiple_unit"]):
            return None
        bound, span_start = self.bound_before(i)
        prep = _bounds_data()["before"].get(cols.lower[i - 1]) if i > 0 else None
        over = doc[i - 1]  # the measure the preposition's object, or a particle misread
        verbs = words()["particle_verbs"].get(over.lower_, [])
        misread = over.dep_ == "prt" and over.head.lemma_.lower() not in verbs
        if bound == "eq" and prep is not None and (doc[i + 1].head.i == i - 1 or misread):
            bound, span_start = prep, cols.idx[i - 1]  # 'over a foot': the measure is its object
        if bound == "eq" or self.in_date(doc[i]):
            return None
        partitive = i + 2 < len(doc) and [cols.lower[i + 2]] == words()["partitive_preps"]
        named = noun_after(doc, i + 3) if partitive else None
        last = doc[i + 1]
        text, end_char = (named[0], named[1]) if named else (str(unit), last.idx + len(last))
        return Quantity(span_start, end_char, 1.0, bound, text, unit, confidence=0.65)

    def half_scale(self, i: int) -> bool:
        """'half a million': a fraction word, an article and a scale make one number."""
        cols = columns(self.doc)
        return (
            i + 2 < len(cols.lower)
            and cols.lower[i] in numbers.words()["fraction_of_scale"]
            and cols.lower[i + 1] in words()["indefinite_articles"]
            and numbers.is_scale(cols.text[i + 2])
        )

    def vague(self, i: int) -> Quantity | None:
        doc = self.doc
        value = numbers.vague_value(doc[i].text) or 0.0
        if doc[i].lower_ == "tens" or (i >= 2 and doc[i - 2].lower_ in ("tens", "hundreds")):
            return None
        item = noun_after(doc, i + 2)
        if item is None:
            return None
        return Quantity(doc[i].idx, item[1], value, "gte", item[0], None, confidence=0.5)

    def build(self, start: int, end: int) -> tuple[Quantity, int] | None:
        doc = self.doc
        cols = columns(doc)
        texts, lowers = cols.text, cols.lower
        reading = read_number(doc, start, end)
        if reading is None:
            self.reject(
                "ordinal" if re.search(r"\d(?:st|nd|rd|th)$", texts[start]) else "malformed_number",
                start,
                end,
            )
            return None
        value, end, change = reading.value, reading.end, reading.change
        if all(numbers.is_scale(t) for t in texts[start:end]):
            self.reject("scale_only", start, end)  # '(Rs crore)', '(EUR million)': a table's
            return None  # unit in its heading, no figure
        reason = self.excluded(start, end, value)
        if reason:
            self.reject(reason, start, end)
            return None
        has_sign = start > 0 and (
            texts[start - 1] in _units()["symbols"] or lowers[start - 1] in _units()["prefix_codes"]
        )
        has_sign = has_sign or _spaced_letter(doc, start, end)  # 'from L 95,000'
        sign_at = start - 1 if has_sign else start  # 'minus $4.60/t': the word before the sign
        negative = sign_at > 0 and lowers[sign_at - 1] in numbers.words()["negative_words"]
        either = sign_at > 1 and lowers[sign_at - 2] in words()["range_or"]
        negative = negative and not either  # 'plus or minus one point': a margin, no sign
        if negative:  # 'dropped to minus 5C': the figure below zero
            value = -value
        bound, span_start = self.bound_before(sign_at - 1 if negative else sign_at)
        if reading.approx and bound == "eq":
            bound = "approx"
        rate = self.rate_after(end) or self.hyphened_rate(end)
        per: str | None = None
        unit: str | None
        if reading.unit is not None:
            unit, after = reading.unit, end
        elif rate is not None:
            unit, value, per, after = rate[0], value * rate[1], rate[2], rate[3]
        else:
            unit, after = self.unit_around(start, end)
            minus = change == "decrease" and texts[start][:1] in "-\u2212"
            if minus and unit in _units()["below_zero"]:  # '-12 °C': below zero, no fall
                value, change = -value, None
            if unit in _units()["below_zero"] and self.counted_threshold(start):
                self.reject("count_threshold", start, after)
                return None
            scaled = self.leader_scale(start, end) or self.heading_scale(start, end)
            scaled = scaled if unit is None else None
            if scaled is not None:  # 'Key figures (EUR million)' over 'Sales: 412.5'
                value, unit = value * scaled[0], scaled[1]
        parts_end = 0
        if unit in _units()["time_units"]:
            when = self.time_reference(start, after)
            if when is not None:
                self.reject(when, start, after)
                return None
            parts_end = self.duration_parts(after)  # '4 years, 2 months and 9 days': one
            clock = self.clock_minutes(after, unit)
            if clock is not None:  # 'takes 3 h 25 min': one time, in hours
                value, parts_end = round(value + clock[0], 2), clock[1]
        aged = unit in _units()["time_units"] and after < len(doc)
        aged = aged and lowers[after] in words()["age_words"]  # 'ships over 20 years old'
        if (
            bound == "gt"
            and unit in load_data("units")["time_units"]
            and lowers[start - 1] == "over"
            and not aged
            and (start < 2 or doc[start - 2 : start].text.lower() not in _bounds_data()["before"])
            and not (
                start >= 2
                and lowers[start - 2] in words()["span_preps"]
                and cols.dep[start - 2] == "prep"
            )
        ):  # 'just over three days', 'in over 30 years' still bound it
            bound = "eq"  # 'over five years' is a duration, not a lower bound
        plain_over = sign_at > 0 and span_start == doc[sign_at - 1].idx  # not 'well over'
        if bound == "gt" and plain_over and self.over_a_sum_noun(sign_at, after, unit):
            bound, span_start = "eq", doc[sign_at].idx  # 'jailed over a £2m drugs haul'
        low = high = None
        hyphened = after < len(doc) and cols.is_punct[after] and not space_after(doc, after - 1)
        hyphened = hyphened and texts[after] in _bounds_data()["range_joiners"]
        changed = self.from_change(span_start, unit) and not hyphened  # 'fell by 6-8 degrees'
        rng = None if changed else self.range_after(after, value, unit)
        if reading.ends is not None:  # '$250bn-$400bn': its ends, the midpoint taken below
            rng = (reading.ends[0], reading.ends[1], after)
        if rng is None and unit is not None and after != end:
            rng = self.range_after(end, value, None)
        margin = self.margin_after(after, value, unit) if rng is None else None
        if margin is not None:  # '5 ± 1 percent': from 4 to 6
            rng, unit = margin[:3], unit or margin[3]
        if rng is not None:
            low, high, after = rng
            value, bound = (low + high) / 2, "range"
            rate_end = self.rate_after(after) if unit is None else None
            if rate_end is not None:  # '3.3-3.4 mb/d', '40-42 mt': the rate unit scales both ends
                unit, scale, per, after = rate_end
                low, high, value = low * scale, high * scale, value * scale
            if unit is None:
                unit, after = self.unit_around(start, after)
            minus = change == "decrease" and texts[start][:1] in "-\u2212"
            if minus and unit in _units()["below_zero"]:  # '-4 to -8 °C', '-2 to 5 °C'
                ends = [-low, high]
                if any(
                    t[:1] in "-\u2212" and HAS_DIGIT.search(t) for t in texts[start + 1 : after]
                ):
                    ends = [-low, -high]
                low, high, change = min(ends), max(ends), None
                value = (low + high) / 2
        per_after = self.per_after(after)
        if per_after is not None:
            per, after = per_after
        tail = self.bound_after(after) if bound == "eq" else None
        if tail is not None:  # '$1m or more', '20 or fewer'
            bound, after = tail
        rate_of = (
            self.exchange_rate(start, after) if unit is None and bound in ("eq", "approx") else None
        )
        if rate_of is not None:  # 'the rupee slid to 86.1 per dollar': the rupee's rate
            unit, per, after = rate_of[0], rate_of[1], rate_of[2].resume
        partitive = after < len(doc) and [lowers[after]] == words()["partitive_preps"]
        spoken = after if rng is not None and unit is None and partitive else end  # 'six or
        # seven of the barges': the 'of' phrase after the range names what both ends count
        item = rate_of[2] if rate_of is not None else self.item(start, spoken, after, unit)
        found_before = self.compared(span_start, unit, after)
        before = found_before[0] if found_before is not None else None
        overrides = found_before is not None and found_before[1]
        relative = unit in words()["relative_units"]  # 'Urals: $61/bbl, down 3%': its price
        changed = relative and (change or changes.change_of(doc, start, after, unit)) is not None
        fuller = (  # the figure before names the same thing more fully
            changed
            and before is not None
            and item is not None
            and before.item.startswith(f"{item.text} ")
        )
        restated = (
            before is not None
            and item is not None
            and lowers[item.head] not in words()["base_nouns"]  # '..., or 6.3% of GDP'
            and item.head < start  # not '..., or 3% of federal spending', named after it
            and (
                _restated().search(self.text[before.end : span_start]) is not None
                or self.converted(before, unit, self.text[before.end : span_start])
            )
        )
        moved = (  # '14 million TEU in May, the latest month for which data exist, up 5%'
            before is not None
            and item is not None
            and relative
            and CHANGE.search(self.text[before.end : span_start]) is not None
            and (self.aside_item(item.head) or self.labels(item.head, before))
        )
        rowed = before is not None and _period_label(self.text[before.end : span_start])
        if bound == "eq" and before is not None:
            gap = self.text[before.end : span_start]
            limit = before.bound in _bounds_data()["carried"] and _restated().search(gap)
            converted = self.converted(before, unit, gap)
            if limit or (converted and before.bound in _bounds_data()["carried_converted"]):
                bound = before.bound  # 'up to $2m, or EUR 1.8m': the same limit in other terms;
                # 'about 90 million pesos ($4.6 million)': the same estimate converted
        if bound == "eq" and self.carries_ceiling(end):
            bound = "lte"  # 'up to $5m and two years in prison': both at most
        same = (
            before is not None
            and (
                item is None
                or (overrides and (moved or rowed))  # '2.6 mb/d | m/m: -7%': the exports
                or (not item.direct and lowers[item.head] not in words()["base_nouns"])
                or (overrides and (before.unit == unit or fuller or restated))
                or (overrides and self.comparative_after(after))
                or (overrides and self.change_span(before, self.text[before.end : span_start]))
            )
        )
        compared = before.item if before is not None and same else None
        if compared is None and item is not None and self.change_after_figure(item, start):
            compared = self.last.item if self.last is not None else None
        if rate_of is not None:
            compared = rate_of[2].text  # the currency the rate is of, named by the rule
        if item is None and before is not None:  # 'up from about 300 a month'
            last = doc[after - 1]
            item = Item(before.item, last.idx + len(last), last.i, False, after)
            moved_by = before.change is not None and before.unit in words()["relative_units"]
            if unit is None and before.unit is not None and not moved_by:
                unit, per = before.unit, per or before.per  # 'up from 1.8 million'; not 'up
                # 6% to 9,200': the level a change reached is no percentage
            elif unit == before.unit:
                per = per or before.per
        previous = self.last
        times = words()["multiple_unit"]
        whole = items.whole_of_multiple(doc, after) if unit == times else None
        if whole is not None:  # 'four times the number of drones'
            compared = whole[0]
        elif (
            unit == times
            and item is not None
            and previous is not None
            and 0 <= span_start - previous.end <= 200
            and "\n" not in self.text[previous.end : span_start]
            and ". " not in self.text[previous.end : span_start].replace("U.S.", "")
        ):  # 'more than six times the number launched a year ago': the figure before's item
            compared = previous.item
        if item is None and unit is None:
            item = self.level_reached(start, after)  # 'raised the toll to 212', 'rose to 4,300'
        if item is None and unit is None:
            item = self.copula_count(start, after)  # 'the population was 48,200'
        if item is None and unit is None:
            item = vote_tally(doc, start, end, self.text)  # 'Against: (3) Cllrs A, B and C'
        if item is None and unit is None:
            item = self.whole_of_count(start, after)  # '..., out of 260 in the district'
        if item is None and unit is None:
            item = self.scale_reading(start, end)  # '..., the largest a 5.2': a magnitude
        if item is None:
            self.reject("no_item", start, end)
            return None
        dist = _units()["distance"]
        if bound == "eq" and item.text == dist["item"] and lowers[start - 1] in dist["within"]:
            bound = "lte"  # 'within 30 km of the frontier': at most that far
        relative_unit = unit in words()["relative_units"]
        if compared is None and not item.direct and relative_unit and self.pronoun_subject(start):
            earlier = self.antecedent(span_start)  # 'That was down 4% on March': the figure before
            compared = earlier.item if earlier is not None else None
        if compared is None and self.refers_back(item.text, item.head, unit):
            earlier = self.whole_before(self.built, item.text, span_start)  # '52% of the total'
            earlier = earlier or self.antecedent(span_start)  # 'an average of 110 a day'
            compared = earlier.item if earlier is not None else None
        if compared is None and relative_unit and self.set_off_change(start):
            earlier = self.before_in_sentence(self.built, start, own=True)  # 'logged 2,870 calls,
            if earlier is not None and self.restated_count(earlier):  # up 12%': the calls
                compared = earlier.item
        if compared is None and not item.direct and unit is not None and self.plural_subject(start):
            earlier = self.antecedent(span_start)  # 'A year earlier they averaged EUR 0.8 bn'
            same_unit = earlier is not None and earlier.unit == unit
            compared = earlier.item if earlier is not None and same_unit else None
        if compared is None and relative_unit and self.bare_change(item.head):
            earlier = self.antecedent(span_start)  # 'so the yearly fall is 11%': of the earnings
            compared = earlier.item if earlier is not None else None
            change = change or changes.direction_of(doc[item.head])
        if compared is None and unit and not relative_unit and self.change_of_before(item, start):
            earlier = self.named_before(span_start, unit)  # '1.4 mb/d, a drop of 230K b/d'
            compared = earlier.item if earlier is not None else None
            change = change or changes.direction_of(doc[item.head])
        signed = start > 0 and texts[start - 1] in _units()["symbols"]
        if unit and unit in money() and (signed or _spaced_letter(doc, start, end)):
            span_start = min(span_start, cols.idx[start - 1])
        unit_only = compared is None and self.unit_only(item, after, unit)
        if unit_only:  # 'Spain sat at 64%': the reservoir level named just before
            earlier = self.named_before(span_start, str(unit))
            compared = earlier.item if earlier is not None else None
        if compared is None:  # the learned chooser may replace an item the rules inferred
            item = ranker.choose(doc, start, end, after, unit, item, self.exclude) or item
        item = durations.what_lasts(doc, start, end, after, unit, item) or item  # else its unit
        happened = items.event_counted(doc, start, after)
        if happened is not None:  # 'struck the depot 20 times': the strikes
            item, compared = item._replace(text=happened[0], head=happened[1], direct=False), None
        counted = -1 if unit in money() else item.head  # a sum never counts a sanction's targets
        measured = unit is not None  # a percentage or a measure never counts targets
        measured = measured or self.hyphened_measure(end)  # 'a 40-metre trawler': its size
        if not measured and self.is_target(start, end, counted):  # 'accounts holding $2m': money
            self.reject("sanction_target", start, end)
            return None
        conf = 0.85 if item.direct else 0.65
        final = max(after, parts_end) - 1
        own_end = cols.idx[final] + len(texts[final])
        crossed = any(
            HAS_DIGIT.search(texts[k])
            or (cols.pos[k] == "NUM" and numbers.is_number_word(texts[k]))
            for k in range(max(after, parts_end), item.head)
        )  # '$98 million for three boats': the count is the boats' own claim
        crossed = crossed and not (unit is None and partitive)  # '212 of the 230' stays whole
        # 'about 9% of the firm's 12,800 workers', 'cut by 3 cents to 51-55 cents': a noun past
        # another figure is that figure's span; this one ends with its own words
        end_char = own_end if crossed else max(item.end_char, own_end)
        tail = self.bound_after(item.head + 1) if item.direct and item.head >= after else None
        if tail is not None and bound == "eq":  # '40 delegations or more'
            bound = tail[0]
            end_char = max(end_char, cols.idx[tail[1] - 1] + len(texts[tail[1] - 1]))
        if per is None and item.direct and item.head >= after:
            per_item = self.per_after(item.head + 1)  # '1.5 million shells a year'
            if per_item is not None:
                per = per_item[0]
                end_char = max(end_char, cols.idx[per_item[1] - 1] + len(texts[per_item[1] - 1]))
        if bound == "eq" and self.estimated(start, (own_end, end_char)):
            bound = "approx"
        change = change or changes.change_of(doc, start, after, unit)
        stretch = change is not None and relative and per is None  # not a rate: '3.5% a year over
        # four years' is a yearly rise and the term it runs for, two figures
        period_end = self.change_period(after) if stretch else None
        if period_end is not None:  # 'up 9% over six months': the stretch the change took
            parts_end = max(parts_end, period_end)
            end_char = max(end_char, cols.idx[period_end - 1] + len(texts[period_end - 1]))
        named = self.thing_of(start, after, unit, item, compared or item.text)
        named = items.attribute_of(doc, start, after, unit, item, named)  # 'lake area'
        return Quantity(
            span_start,
            end_char,
            value,
            bound,
            items.priced(
                items.spelled_out(doc, named),
                unit,
                per,
                good=named == item.text and items.named_good(doc, item.head),
            ),
            unit,
            low,
            high,
            conf,
            change,
            per,
            not unit_only or compared is not None,
        ), max(after, item.resume, parts_end)

    def thing_of(self, start: int, after: int, unit: str | None, item: Item, text: str) -> str:
        """`text`, or when it only names the unit ('units', 'percent', 'inches') the thing the
        figure measures (claims.extract.quantities.things); a thing is remembered per unit for
        the figures after it."""
        doc, char = self.doc, self.doc[start].idx
        key = things.key_of(doc, unit, after)
        stand_in = things.stand_in(doc, item, text)
        if not stand_in and not things.unit_only(text):
            if item.direct and text == item.text and things.thing_noun(doc[item.head]):
                things.remember(doc, char, key, text)  # (a thing the rules found by the number)
            return text
        if not stand_in and not things.applies(doc, unit, item, start, after, text != item.text):
            return text
        found = things.measured_after(doc, item.head)
        if found is None and things.of_pronoun(doc, item.head):  # '40% of that went abroad'
            found = self.pronoun_thing(start, char)
        if found is None and not stand_in and things.subject_figure(doc, item):
            return text
        found = (
            found
            or things.thing_subject(doc, start, after)
            or (items.traded(doc, max(after, item.head + 1)) if unit not in money() else None)
            or (self.pronoun_thing(start, char) if things.pronoun_subject(doc, start) else None)
            or (things.recalled(doc, char, key) if things.recall_units(unit) else None)
            or (items.context_good(doc, start) if things.good_units(unit) else None)
        )
        if found is not None:
            things.remember(doc, char, key, found)
        return found or text

    def pronoun_thing(self, start: int, char: int) -> str | None:
        """What a pronoun subject stands for: the thing the figure before measured, in this
        sentence or the one before ('Exports fell to 2 mt. They dropped 4% in May'), or at the
        start of a paragraph the article's last figure."""
        sent = self.doc[start].sent
        first = self.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        earlier = [
            q
            for q in self.built
            if first <= q.start and q.end <= self.doc[start].idx and not things.unit_only(q.item)
        ]
        if earlier:
            return max(earlier, key=lambda q: q.end).item
        opening = not any(q.end <= char for q in self.built)
        return things.last_thing(self.doc, char) if opening else None

    def exchange_rate(self, start: int, after: int) -> tuple[str, str, Item] | None:
        """(unit, base, item) of a bare figure per a currency whose clause's subject is a currency
        ('the rupee weakened to 86.1 per dollar', 'the peso slid to 19.8 against the dollar'):
        the subject's exchange rate, in the subject's currency, per the other."""
        doc, table, money_ = self.doc, words(), items.money()
        j = after
        if j + 1 >= len(doc) or columns(doc).lower[j] not in table["exchange_openers"]:
            return None
        j += 1
        if doc[j].lower_ in [*table["calendar_determiners"], *table["indefinite_articles"]]:
            j += 1
        base = None
        for n in (2, 1):
            phrase = " ".join(t.lower_ for t in doc[j : j + n])
            base = _units()["words"].get(phrase) or _units()["symbols"].get(phrase)
            if base in money_ and j + n <= len(doc):
                j += n
                break
            base = None
        if base is None:
            return None
        subject = items.subject_noun(doc, start)
        if subject is None or subject[2] >= start:
            return None
        noun = doc[subject[2]]
        unit = self.currency_named(noun)
        if unit not in money_ or unit == base:
            return None
        last = doc[j - 1]
        return unit, base, Item(noun.lower_, last.idx + len(last), noun.i, False, j)

    def currency_named(self, noun: Token) -> str | None:
        """The currency a noun names: with the word before it when both make one ('the
        Egyptian pound'), alone ('the rupee'), or a qualified-only word ('the dinar') as the
        article qualifies it elsewhere."""
        table = _units()["words"]
        if noun.i > 0:
            pair = f"{self.doc[noun.i - 1].lower_} {noun.lower_}"
            unit = table.get(pair) or table.get(f"{pair}s")
            if unit is not None:
                return str(unit)
        unit = table.get(noun.lower_) or table.get(noun.lemma_.lower())
        if unit is None and noun.lower_ in _units()["qualified_only"]:
            unit = _named_currency(self.doc, noun.lower_)
        return None if unit is None else str(unit)

    def change_period(self, after: int) -> int | None:
        """Index after the stretch of time a change took, right after it ('rose 9% in six months',
        'down 4% over the past two years'): part of the change's claim, no duration of its own."""
        doc, table = self.doc, words()
        j = after
        if j >= len(doc) or doc[j].lower_ not in table["change_period_preps"]:
            return None
        j += 1
        if j < len(doc) and doc[j].lower_ in table["calendar_determiners"]:
            j += 1
        if j < len(doc) and doc[j].lower_ in table["period_qualifiers"]:
            j += 1
        articles = table["indefinite_articles"]  # 'in a year': no number, read as a date
        if j >= len(doc) or not _is_numberish(doc[j]) or doc[j].lower_ in articles:
            return None
        k = _core_end(doc, j)
        if read_number(doc, j, k) is None or k >= len(doc):
            return None
        units = {*_units()["time_units"], *table["change_period_units"]}
        return k + 1 if doc[k].lower_ in units or f"{doc[k].lower_}s" in units else None

    def level_reached(self, start: int, after: int) -> Item | None:
        """A bare figure after 'to' that a change verb governs is the level it reached: of the
        verb's object when it has one before the figure ('raised the death toll to 212', 'cut
        the fee to 40'), else of the clause's subject ('calls to the line rose to 4,300')."""
        doc = self.doc
        adverbs = words()["change_adverbs"]  # 'edged down 2% to 1,400'
        to, since = words()["level_preps"][:2]  # 'to', 'from'
        lead = self.bound_lead(start)  # 'fell to about 1,900': the bound word sits between
        prep = doc[lead - 1].lower_ if lead > 0 else ""
        after_change = lead > 1 and doc[lead - 2].lower_ in adverbs
        if prep != to and not (prep == since and after_change):  # 'was up from 2,480'
            return None
        noun = doc[lead - 1].head
        if prep == to and noun.pos_ == "NOUN" and noun.i < lead - 1 and _moved_noun(noun, start):
            last = doc[after - 1]  # 'with orders up 6% to 412k': the noun that moved
            return Item(noun.lower_, last.idx + len(last), noun.i, False, after)
        verb = governing_verb(doc[start])
        set_off = lead > 1 and doc[lead - 2].text == "," and verb.dep_ == "advcl"
        if set_off and changes.direction_of(verb) is None:  # 'has grown 5% since the bridge
            verb = verb.head if changes.direction_of(verb.head) else verb  # opened, to 2,310'
        tally = verb.head if verb.dep_ == "relcl" else None  # 'the number it sought to six':
        if tally is not None and tally.lemma_.lower() in _tally_nouns():
            verb = governing_verb(tally)  # the parser hangs the 'to' on the relative clause
        moved = any(c.dep_ in ("advmod", "prt") and c.lower_ in adverbs for c in verb.children)
        objects = [
            c for c in verb.children if c.dep_ == "dobj" and c.i < start and c.pos_ == "NOUN"
        ]
        carried = verb.lemma_.lower() in words()["level_carry_lemmas"] and any(
            o.lemma_.lower() in _tally_nouns() for o in objects
        )  # 'lifting the toll to eleven', 'taking the number it sought to six'
        if changes.direction_of(verb) is None and not moved and not carried:
            return None
        if objects:
            noun = objects[0]
            text = " ".join(t.lower_ for t in noun.lefts if t.dep_ == "compound") or ""
            named = f"{text} {noun.lemma_.lower()}".strip()
            found: tuple[str, int, int] | None = (named, noun.idx + len(noun), noun.i)
        else:
            found = items.subject_noun(doc, start, verb)
        if found is None or found[2] >= start:
            return None
        last = doc[after - 1]
        return Item(found[0], last.idx + len(last), found[2], False, after)

    def whole_of_count(self, start: int, after: int) -> Item | None:
        """A bare figure after one of `whole_openers` ('cleared 140 wells so far, out of 260 in
        the district') is the whole the count before it in its sentence is part of: it counts
        what that count counts."""
        doc = self.doc
        previous = self.last
        if previous is None or previous.unit is not None or not previous.named:
            return None
        before = " ".join(t.lower_ for t in doc[max(0, start - 2) : start])
        if not any(before.endswith(w) for w in words()["whole_openers"]):
            return None
        sent = doc[start].sent
        if not sent.start_char <= previous.start or previous.end > doc[start].idx:
            return None
        last = doc[after - 1]
        return Item(previous.item, last.idx + len(last), start, False, after)

    def bound_lead(self, start: int) -> int:
        """The token where the bound words right before the figure at `start` begin ('about'
        in 'to about 1,900', 'more' in 'to more than 40'); `start` when there are none."""
        bound, at = self.bound_before(start)
        if bound == "eq":
            return start
        lead = start
        while lead > 0 and self.doc[lead - 1].idx >= at:
            lead -= 1
        return lead

    def copula_count(self, start: int, after: int) -> Item | None:
        """A bare figure a copula sets equal to a count noun ('the town's population was
        48,200', 'the official tally is 19'): that noun is what it counts; an 'of' phrase on
        a wrapper noun names it instead ('the number of visitors was 4,000': visitors)."""
        doc = self.doc
        figure = doc[start]
        while figure.head.i < after and figure.head.i >= start and figure.head != figure:
            figure = figure.head  # the head of '48,200' or of '731 thousand'
        verb = figure.head
        if figure.dep_ != "attr" or verb.lemma_.lower() not in words()["copula_lemmas"]:
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < start), None)
        if subject is None or subject.lemma_.lower() not in words()["copula_count_nouns"]:
            return None
        named = subject
        if subject.lower_ in words()["wrapper_nouns"]:
            preps = words()["partitive_preps"]
            of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ in preps), None)
            pobj = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
            named = pobj[0] if pobj else subject
        last = doc[after - 1]
        return Item(named.lower_, last.idx + len(last), named.i, False, after)

    def duration_parts(self, after: int) -> int:
        """Index after the smaller parts of a duration written in several ('two months and ten
        days', '4 years, 2 months and 9 days'): the parts make one stretch, read as its first
        and largest unit, not one count each."""
        doc, times = self.doc, _units()["time_units"]
        joiners = {",", *words()["range_and"]}
        j = after
        while j < len(doc) and doc[j].lower_ in joiners:
            k = j + 1 if j + 1 < len(doc) and doc[j + 1].lower_ in joiners else j
            number, noun = k + 1, k + 2
            if noun >= len(doc) or not _is_numberish(doc[number]):
                break
            if doc[noun].lower_ not in times and f"{doc[noun].lower_}s" not in times:
                break
            after = j = noun + 1
        return after

    def heading_scale(self, start: int, end: int) -> tuple[float, str | None] | None:
        """The scale and currency a table's heading names in brackets at its end ('Results (EUR
        million)', 'Key data (Rs crore)') for a bare figure on a label line of the block under
        it ('Net profit: 41.2'): the figure is in that scale and currency. None elsewhere."""
        doc, text = self.doc, self.text
        if any(numbers.is_scale(t.text) for t in doc[start:end]):
            return None
        begin = text.rfind("\n", 0, doc[start].idx) + 1
        label = text[begin : doc[start].idx]
        if not any(sep in label for sep in words()["table_label_separators"]):
            return None  # not 'Label: figure' or a table row
        close = doc[end - 1].idx + len(doc[end - 1])
        stop = text.find("\n", close)
        if any(c.isalpha() for c in text[close : len(text) if stop < 0 else stop]):
            return None  # 'Staff: 1,200 people': the figure names what it counts
        for _ in range(12):  # up through the block to its heading
            if begin == 0:
                return None
            above = text.rfind("\n", 0, begin - 1) + 1
            line = text[above : begin - 1].strip()
            if not line:
                return None
            found = SCALE_HEADING.search(line)
            if found is not None:
                return _heading_scale(found.group(1).split())
            begin = above
        return None

    def clock_minutes(self, after: int, unit: str | None) -> tuple[float, int] | None:
        """The smaller time unit written right after a figure in the larger one ('4 h 10 min',
        '3 hours and 5 minutes', '2 years and 9 months': units.json clock_parts), as a fraction
        of the larger unit, and the index after it; None when none follows."""
        doc, part = self.doc, _units()["clock_parts"].get(str(unit))
        if part is None:
            return None
        smaller, per = part["unit"], float(part["per"])
        j = after + 1 if after < len(doc) and doc[after].lower_ in words()["range_and"] else after
        if j + 1 >= len(doc) or not _is_numberish(doc[j]):
            return None
        word = doc[j + 1].lower_
        if _units()["words"].get(word, _units()["words"].get(f"{word}s")) != smaller:
            return None
        minutes = numbers.parse_tokens([doc[j].text])
        if minutes is None:
            return None
        return (minutes / per, j + 2) if 0 < minutes < per else None

    def time_reference(self, start: int, after: int) -> str | None:
        """'the first two months', 'nine days later': a stretch of time that dates something."""
        doc = self.doc
        before = doc[start - 1].lower_ if start > 0 else ""
        if before in words()["calendar_period_before"] and not self.past_stretch(start):
            return "calendar_period"
        edge = start > 0 and doc[start - 1].lower_ in words()["calendar_edge_before"]
        if edge and after < len(doc) and [doc[after].lower_] == words()["partitive_preps"]:
            return "calendar_period"  # 'in the first twenty days of the month'
        calendar = after < len(doc) and doc[after].lower_ in words()["calendar_period_after"]
        if calendar and start > 0 and doc[start - 1].lower_ in words()["calendar_determiners"]:
            return "calendar_period"  # 'in the six months to May': when the figure was measured
        clause = after < len(doc) and doc[after].dep_ == "mark"  # 'needs 20 weeks before it
        # starts laying', 'ran over four days before the sites were awarded': how long it took
        compared = after + 1 < len(doc) and doc[after + 1].lower_ in words()["comparison_words"]
        # 'opened nine days earlier than average': a gap between two times, not a time
        relative = after < len(doc) and doc[after].lower_ in words()["relative_time_after"]
        if relative and not clause and not compared:
            return "relative_date"
        return None

    def past_stretch(self, start: int) -> bool:
        """'across the prior four years', 'for the preceding six weeks': the stretch up to now
        over which something happened is a duration; 'on the prior two quarters' and 'than in
        the preceding weeks' only set a figure against another time."""
        doc, table = self.doc, words()
        if start < 3 or doc[start - 1].lower_ not in table["past_stretch_qualifiers"]:
            return False
        if doc[start - 2].lower_ not in table["calendar_determiners"]:
            return False
        if doc[start - 3].lower_ not in table["past_stretch_preps"]:
            return False
        return start < 4 or doc[start - 4].lower_ not in table["comparison_words"]

    def rate_after(self, end: int) -> tuple[str | None, float, str | None, int] | None:
        """(unit, scale, period, index after) of a rate unit after the number ('3.3 mb/d'); a key
        with capitals is matched as written ('18.3 Mlb': million pounds), before the lower-case
        keys, so a capitalized abbreviation that is no unit is left alone."""
        cols, rates = columns(self.doc), _units()["rates"]
        for n in (3, 2, 1):
            if end + n <= len(cols.text):
                written = cols.span_text(end, end + n)
                rate = rates.get(written) if written != written.lower() else None
                rate = rate or rates.get(written.lower())
                if rate is not None:
                    return rate["unit"], float(rate["scale"]), rate["per"], end + n
        return self.closing_rate(end)

    def closing_rate(self, end: int) -> tuple[str | None, float, str | None, int] | None:
        """'output of about 985-995 Mt.', 'stocks fell to 138.5 Mt. Imports ...': a rate unit
        that ends its sentence, with the stop the tokenizer left on it, scales the figure as it
        does mid-sentence (as unit_around reads a unit word with its stop)."""
        cols = columns(self.doc)
        if end >= len(cols.text) or cols.text[end][-1:] != "." or len(cols.text[end]) < 2:
            return None
        if end + 1 < len(cols.text) and cols.text[end + 1][:1].islower():
            return None
        written, rates = cols.text[end][:-1], _units()["rates"]
        rate = rates.get(written) if written != written.lower() else None
        rate = rate or rates.get(written.lower())
        if rate is None or "/" in written:
            return None
        return rate["unit"], float(rate["scale"]), rate["per"], end + 1

    def hyphened_measure(self, end: int) -> bool:
        """A unit written on with a hyphen ('a 40-metre trawler', 'a 9,000-tonne tanker'): the
        number sizes the noun after it, it counts nothing."""
        doc, lowers = self.doc, columns(self.doc).lower
        if end + 1 >= len(doc) or lowers[end] != "-" or space_after(doc, end - 1):
            return False
        return not space_after(doc, end) and lowers[end + 1] in _units()["words"]

    def hyphened_rate(self, end: int) -> tuple[str | None, float, str | None, int] | None:
        """A currency's hundredth written on with a hyphen ('a 50-cent surcharge', 'a 20-pence
        levy'): the amount in the currency, the noun after it being what it measures."""
        doc = self.doc
        if end + 1 >= len(doc) or columns(doc).text[end] != "-" or space_after(doc, end - 1):
            return None
        rate = self.rate_after(end + 1)
        return rate if rate is not None and rate[0] in money() and rate[3] == end + 2 else None

    def per_after(self, i: int) -> tuple[str, int] | None:
        """(period or base, index after) of 'a day', 'per barrel', '/bbl', 'each year' after i."""
        doc, pers = self.doc, _units()["per_words"]
        cols = columns(doc)
        lowers, n = cols.lower, len(doc)
        signs = _units()["symbols"]
        based = i < n and lowers[i] in words()["base_openers"]
        if i + 1 < n and based and cols.text[i + 1] in signs:
            return signs[cols.text[i + 1]], i + 2  # '41.2 lira per $': an exchange rate
        base = self.per_base(i) if based else None  # (per_base needs a base opener at i)
        if base is not None:  # 'per 50kg sack', 'per round trip', 'per forty-foot unit'
            lemma = cols.lemma[base].lower()
            return pers.get(lowers[base]) or pers.get(lemma) or lemma, base + 1
        if i + 1 < n and lowers[i] in _units()["per_openers"]:
            per = pers.get(lowers[i + 1]) or pers.get(cols.lemma[i + 1].lower())
            timely = f"{per}s" in _units()["time_units"]  # 'a year on' dates; 'a barrel on' not
            time_ref = timely and i + 2 < n and lowers[i + 2] in _units()["not_per_after"]
            if per is not None and not time_ref:
                return per, i + 2
        adverbs = _units()["per_adverbs"]
        if i < n and lowers[i] in adverbs and cols.dep[i] == "advmod":
            return str(adverbs[lowers[i]]), i + 1
        return None

    def per_base(self, i: int) -> int | None:
        """The noun of a 'per' phrase with modifiers before it ('per 64kg bag', 'per return trip'):
        'per' always names the base, so any noun closing a short run of modifiers is one; the
        figures among the modifiers belong to it, not counts of their own."""
        doc = self.doc
        if i + 2 >= len(doc) or doc[i].lower_ not in words()["base_openers"]:
            return None
        j = i + 1
        while (
            j < len(doc)
            and j - i <= 5
            and (
                doc[j].pos_ in ("NOUN", "ADJ", "NUM") or doc[j].text == "-" or _is_numberish(doc[j])
            )
        ):
            j += 1
        nouns = [t.i for t in doc[i + 1 : j] if t.pos_ == "NOUN" and t.is_alpha]
        return nouns[-1] if j - i > 2 and nouns and nouns[-1] == j - 1 else None

    def from_change(self, span_start: int, unit: str | None) -> bool:
        """'climbed from 30% to 45%', 'raised its forecast by 2 mt to 171 mt': a change's start
        and end, or a change and the level it reaches, are two figures, not a range ('by 5% to
        8%' still is one: a change's size given as a range)."""
        before = self.doc.char_span(span_start, span_start + 1, alignment_mode="expand")
        if before is None or before.start == 0:
            return False
        prep = self.doc[before.start - 1]
        verb = prep.head
        measured = unit is not None and unit not in words()["relative_units"]
        opened = self.doc[before.start].lower_ in words()["range_openers"]
        verb_before = prep.pos_ == "VERB" and changes.direction_of(prep) is not None
        if measured and verb_before and not opened:
            return True  # 'rose 0.15 lei to 8.02 lei a litre': the change, then the level
        preps = list(words()["compared_preps"])
        if unit not in words()["relative_units"] and not opened:
            preps += words()["change_by_preps"]
        compared = prep.lower_ in preps
        return compared and changes.direction_of(verb) is not None

    def change_span(self, last: Quantity, gap: str) -> bool:
        """A figure after a percentage change, a comma and a from-to opener ('fell 9%, from 40 to
        36 a day'): the level before the change, of what the change measures."""
        relative = last.unit in words()["relative_units"] and last.change is not None
        return relative and _from_to_gap().fullmatch(gap.lower()) is not None

    def other_end(self, last: Quantity, gap: str) -> bool:
        """'from $33 a day to $10': a figure joined by a from-to joiner to the figure before,
        which opens with a from-to opener, is the other end of the same change."""
        opened = _from_to_opened().search(self.text[max(0, last.start - 30) : last.start].lower())
        return opened is not None and gap.strip().lower() in words()["from_to_joiners"]

    def compared(self, span_start: int, unit: str | None, end: int) -> tuple[Quantity, bool] | None:
        """'$300 million in fines, up from $110 million', '120 vessels, up from 95', '337 drones,
        91 of them over Moscow': a figure compared with the one before it in the sentence, or
        counting into it, measures the same thing. The flag: whether it names the item even
        when the figure has a noun of its own (a comparison does, a coordination does not)."""
        last, doc = self.last, self.doc
        if last is None or span_start < last.end or span_start - last.end > 200:
            return None
        partitive = [t.lower_ for t in doc[end : end + 2]]
        pronoun = partitive[:1] == words()["partitive_preps"] and partitive[1:] != []
        pronoun = pronoun and partitive[1] in words()["pronoun_partitives"]
        if pronoun and self.antecedent(span_start) is last:  # 'launched 4,310 of them': the drones
            return last, False
        gap = self.text[last.end : span_start]
        level = gap.strip().lower() in words()["level_preps"] and last.change is not None
        if level and unit is not None:  # not 'grew by 23 vessels to 640 ships', named twice
            return last, True  # 'RAISED BY 75 BASIS POINTS TO 9.25 PER CENT': the rate it reaches
        if self.bracketed_before(gap):
            return last, True  # 'Transits: 1,140 (May 2023: 2,190)', '2 mt (prev. season 1.7 mt)'
        alone = end < len(doc) and doc[end].text == ")" and unit in (last.unit, None)
        if gap.strip() == "(" and alone:  # 'Arrivals: 2,310 (1,980)': the same figure at the
            return last, True  # time a legend names ('2023 in brackets')
        if FULL_STOP.search(gap.replace("U.S.", "")) or ";" in gap or "\n" in gap:
            return None  # another sentence (not a decimal point: 'above the 4.1 million')
        first = doc.char_span(span_start, span_start + 1, alignment_mode="expand")
        joined = (
            first is not None
            and first.start > 0
            and doc[first.start - 1].lower_ in words()["range_and"]
        )
        if joined and doc[end - 1].dep_ == "conj" and span_start - last.end <= 120:
            return last, False  # '1.5 million shells a year by 2024 and 2 million in 2025'
        signed = first is not None and numbers.sign_of(doc[first.start].text) is not None
        opened = gap.strip()[-1:] in words()["label_separators"] and len(gap) <= 30
        if signed and (gap.strip() in words()["label_separators"] or opened):
            return last, True  # 'Exports: 3.3 mb/d (+2% m/m)', '4 mt in May (+12%)': its change
        if (
            first is not None
            and unit is not None
            and (unit == last.unit or (unit in money() and last.unit in money()))
            and self.gapped(first.start)
        ):
            return last, True  # 'China took 47% of the crude, India 37% and Turkey 6%'
        if (
            partitive[:1] == words()["partitive_preps"]
            and partitive[1:]
            and partitive[1] in words()["pronoun_partitives"]
        ):
            return (last, False) if span_start - last.end <= 40 else None
        bare_unit = unit is None and last.unit is None
        if (
            bare_unit
            and first is not None
            and doc[first.start].is_alpha
            and self.gapped(first.start)
        ):
            return last, True  # 'six deaths, Slovakia two and Hungary four'
        if unit is None and first is not None and self.gapped(first.start, end):
            like = [q for q in self.built if q.unit is None and q.end <= span_start]
            near = max(like, key=lambda q: q.end) if like else None
            sentence = near is not None and not FULL_STOP.search(self.text[near.end : span_start])
            return (near if sentence and near is not None else last), True  # 'cut 14K jobs
            # and farming 9,500', 'Korean visitors at 410,000 ... and Thai at 230,000'
        lead = doc[first.start - 1].lower_ if first is not None and first.start > 0 else ""
        bare = end >= len(doc) or doc[end].pos_ not in ("NOUN", "ADJ", "PROPN")
        if unit is None and bare and lead in words()["further_words"]:
            return last, False  # '41 of the drones, while another eight were jammed'
        of = words()["partitive_preps"]
        whole = any(
            t.lower_ in of
            for t in doc.char_span(last.start, last.end, alignment_mode="expand") or []
        )
        if first is not None and unit is not None and unit == last.unit and bare and whole:
            k = first.start  # 'the north holds 30% of the ore, and the south a further 25%'
            while k > 0 and (
                doc[k - 1].lower_ in words()["further_words"] or doc[k - 1].pos_ in ("DET", "ADP")
            ):
                k -= 1
            if lead in words()["further_words"] and k < first.start and self.gapped(k, end):
                return last, True
        more = unit is None and end < len(doc) and doc[end].lower_ in words()["more_after"]
        if more and (end + 1 >= len(doc) or doc[end + 1].pos_ not in ("NOUN", "ADJ")):
            return last, False  # 'with two more in Poland': more of the same
        if _subset().search(gap):
            return last, False  # '70 missiles, including eight in May': of the missiles
        if _restated().search(gap) or self.converted(last, unit, gap):
            return last, True  # '17% of the capacity, or roughly 1.1 million barrels a day'
        if (
            _compared().search(gap)
            and (unit in (last.unit, None) or CHANGE.search(gap))
            and not self.source_phrase(first, end)
            and not self.own_clause(last, first)
        ):
            return last, True
        if self.change_span(last, gap):
            return last, True  # 'cut fees by 70%, from $33 a day': the levels the change spans
        nounless = unit is None and (end >= len(doc) or doc[end].pos_ not in ("NOUN", "PROPN"))
        same_unit = unit is not None and unit == last.unit
        if (same_unit or nounless) and self.other_end(last, gap):
            return last, True  # '..., from $33 a day to $10': the second level of the same thing
            # ('from 27 pupils to between 30 and 32': a bare range too, not '... to 3 teachers')
        if unit is None and bare and _bare_compared().search(gap):
            return last, True  # 'EUR 1.86bn, below the 2.05 billion expected by analysts'
        if _period_change().search(gap):
            return last, True
        joined = "," in gap or bool(set(gap.lower().split()) & set(words()["contrast_joiners"]))
        if joined and self.comparative_after(end):
            return last, True  # '15 million tonnes, roughly 40% more than a year earlier
        limited = unit is not None and unit == last.unit and unit not in money() and unit != "%"
        if limited and _limit_against().search(gap):
            return last, True  # 'bought 2 mt of coal, above the quota of 1.5 mt': the coal
        return None

    def own_clause(self, last: Quantity, first: Span | None) -> bool:
        """'... 10,000 people, and the state brought deaths down from 900 to 50': a verb between
        the two figures with a noun of its own there (its subject or object) opens a clause
        whose comparison is of that noun, not of the figure before."""
        number = self.number_of(last)
        if (
            number is None
            or first is None
            or OFF_CHANGE.search(self.text[last.end : first.start_char])
        ):
            return False  # '..., up 5%', '..., down from 8,000': a change set off by a comma
        gap = range(number.i + 1, first.start)
        subjects = ("dobj", "nsubj", "nsubjpass")

        def own(c: Token) -> bool:  # not the figure before's own noun ('86% of villages were')
            return c.dep_ in subjects and c.pos_ == "NOUN" and c.i in gap and c.idx >= last.end

        above = set(number.ancestors)  # the figure before's own verb ('trees across 1.2m ha
        return any(  # dropped seed, against 400,000 ha') is the same clause
            t.pos_ == "VERB"
            and t not in above
            and t.dep_ not in ("relcl", "acl")  # 'the month for which data exist'
            and any(own(c) for c in t.children)
            for t in self.doc[number.i + 1 : first.start]
        )

    def source_phrase(self, first: Span | None, end: int) -> bool:
        """'halted shipments from 3 terminals', 'refugees from 12 countries': a noun's 'from' phrase
        with a counted noun of its own names where from, no level compared with the figure
        before ('up from 95 vessels', 'rose from 40 to 52 ships' keep a change word before)."""
        doc = self.doc
        if first is None or first.start < 2 or end >= len(doc) or doc[end].pos_ != "NOUN":
            return False
        opener, noun = doc[first.start - 1], doc[first.start - 2]
        changes = {w for lemmas in words()["change_lemmas"].values() for w in lemmas}
        changed = noun.lemma_.lower() in changes  # 'a fall from 95 vessels': a change's level
        return opener.lower_ in words()["from_to_openers"] and noun.pos_ == "NOUN" and not changed

    def labels(self, head: int, before: Quantity) -> bool:
        """'Jobs, private sector: 2.1m, up 1.2%': an item read from the label of the figure a
        change follows is part of that label, which the figure before names in full."""
        at = self.doc[head].idx
        return at < before.start and ":" in self.text[at : before.start]

    def aside_item(self, head: int) -> bool:
        """An item read from an aside between a figure and its change: a time noun ('the latest
        month') or a noun of a relative clause ('for which data exist')."""
        tok = self.doc[head]
        timely = tok.lower_ in words()["not_items"] or f"{tok.lemma_}s" in _units()["time_units"]
        return timely or any(t.dep_ == "relcl" for t in (tok, *tok.ancestors))

    @staticmethod
    def bracketed_before(gap: str) -> bool:
        """A bracket right after a figure that opens with a period label or a word for an earlier
        time ('(May 2023: ', '(Friday: ', '(prev. season '): the figure in it is the same measure
        at another time."""
        aside = re.fullmatch(r"\s*\(([^()]{0,30})", gap)
        if aside is None:
            return False
        inside = aside[1].strip()
        first = inside.split()[0].lower() if inside else ""
        return inside.endswith(":") or first in words()["previous_words"]

    def plural_subject(self, start: int) -> bool:
        """Whether the figure's clause has a plural pronoun subject ('they averaged $5m')."""
        verb = governing_verb(self.doc[start])
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        return any(c.lower_ in words()["plural_pronouns"] for c in subjects)

    def bare_change(self, head: int) -> bool:
        """A change noun with no whole of its own ('the annual decline', 'a further fall', not 'a
        fall in exports') as the item: the change is of the figure named before."""
        if not 0 <= head < len(self.doc):
            return False
        tok = self.doc[head]
        whole = any(  # 'a rise of 40%': the 'of' holds the figure itself, not a whole
            c.lower_ in words()["whole_preps"] and not any(_is_numberish(t) for t in c.subtree)
            for c in tok.children
        )
        return tok.pos_ == "NOUN" and changes.direction_of(tok) is not None and not whole

    def change_of_before(self, item: Item, start: int) -> bool:
        """A bare change noun that opens the figure's phrase in a unit of measure ('a drop of 230K
        b/d', 'a fall of 40,000 tonnes'): the change of what the figure before in that unit
        measured."""
        return 0 <= item.head < start and self.bare_change(item.head)

    def comparative_after(self, after: int) -> bool:
        """'7% more than in March', '3% lower than a year ago': a figure set against another time."""
        doc = self.doc
        return (
            after + 1 < len(doc)
            and doc[after].lower_ in words()["change_adverbs"]
            and doc[after + 1].lower_ in words()["comparison_words"]
        )

    def pronoun_subject(self, start: int) -> bool:
        """Whether the figure's clause has a pronoun subject that stands for a figure ('That is
        up 12%', 'It was 40% higher')."""
        verb = governing_verb(self.doc[start])
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        return any(c.lower_ in words()["figure_pronouns"] for c in subjects)

    def carries_ceiling(self, end: int) -> bool:
        """A figure coordinated with the figure before it, when that one is a ceiling ('can reach
        $25,000 and one year of imprisonment, or five years on indictment'): the limit is said
        once for the whole list. Read from the parse: the figure's phrase is a conjunct of the
        figure before or of the verb that takes it."""
        last = self.last
        if last is None or last.bound != "lte":
            return False
        tok = self.doc[end - 1]
        while tok.dep_ in ("nummod", "compound", "quantmod") and tok.head.i > tok.i:
            tok = tok.head
        if tok.dep_ != "conj":
            return False
        head = tok.head
        inside = [head, *(c for c in head.children if c.dep_ in ("dobj", "attr"))]
        return any(last.start <= t.idx < last.end for t in inside)

    def latest_before(self, start: int) -> Quantity | None:
        """The figure last found before token `start`: a number, or a share named since
        ('under a quarter of the shipments, down from 41%')."""
        at = self.doc[start].idx
        shares = [q for q in self.named_shares if q.end <= at]
        share = max(shares, key=lambda q: q.end) if shares else None
        if share is not None and (self.last is None or share.end > self.last.end):
            return share
        return self.last

    def unit_only(self, item: Item, after: int, unit: str | None) -> bool:
        """The item is only the unit's name ('percent', 'dollars', 'tonnes'): nothing in the clause
        names what a sum, share or weight of goods measures (context_units of quantity_words)."""
        if unit is None or item.direct:
            return False
        context = unit in money() or unit in words()["context_units"]
        return context and item.text == items.unit_item(self.doc, after, unit).text

    def named_before(self, start_char: int, unit: str) -> Quantity | None:
        """The nearest figure in the same unit (any currency for money) before start_char, in
        its sentence or the one before, whose item names a thing: a figure that names none
        measures what the text has just measured in that unit."""
        span = self.doc.char_span(start_char, start_char + 1, alignment_mode="expand")
        if span is None:
            return None
        sent = span[0].sent
        first = self.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        earlier = [
            q
            for q in self.built + self.named_shares
            if q.named
            and first <= q.start
            and q.end <= start_char
            and (q.unit == unit or (q.unit in money() and unit in money()))
        ]
        return max(earlier, key=lambda q: q.end) if earlier else None

    def converted(self, last: Quantity, unit: str | None, gap: str) -> bool:
        """'NOK 1.2bn ($110m)', 'UAH 1.5 billion, roughly $36 million': a sum in another currency
        right after a sum is the same money converted; so is one after a sum in a currency word
        that names no one currency ('95 million dinars ($310,000)', units.json
        qualified_only)."""
        written = set(self.text[last.start : last.end].lower().split())
        sum_before = last.unit in money() or bool(written & set(_units()["qualified_only"]))
        moneys = unit in money() and sum_before and unit != last.unit
        return moneys and gap.strip() in words()["label_separators"]

    def gapped(self, i: int, end: int | None = None) -> bool:
        """A figure right after a name that follows a comma or a coordinator repeats the clause
        before with its verb left out: one more value of the same thing. With `end` (a bare
        figure, nothing named after it), also after a common noun ('and farming 9,500') and
        with the level preposition kept ('and Thai at 230,000')."""
        doc, j = self.doc, i - 1
        if end is not None:
            closed = end >= len(doc) or doc[end].is_punct
            if not closed and doc[end].lower_ not in words()["coordinators"]:
                return False
            if j > 0 and doc[j].lower_ in words()["level_preps"]:
                j -= 1
            name = j >= 0 and doc[j].tag_ in ("NN", "JJ") and doc[j].is_lower
            j = j - 1 if name else j
        while j >= 0 and (doc[j].pos_ == "PROPN" or (doc[j].is_title and not doc[j].is_sent_start)):
            j -= 1  # a capitalized name the tagger took for something else too
        if 0 < j < i - 1 and doc[j].pos_ == "DET":
            j -= 1  # ', Slovakia two
        named = 0 <= j < i - 1 and not doc[j + 1].like_num
        return named and (doc[j].is_punct or doc[j].lower_ in words()["coordinators"])

    def excluded(self, start: int, end: int, value: float) -> str | None:
        """Why the number at [start, end) is not a quantity, or None."""
        idx = columns(self.doc).idx[start]
        if any(s <= idx < e for s, e in self.dates):
            return "date"
        return not_a_quantity(self.doc, start, end, self.text)

    def bound_before(self, start: int) -> tuple[str, int]:
        lead = self.further_lead(start)
        if lead < start:  # 'at least another three months': the bound reaches over 'another'
            bound, at = self.bound_before(lead)
            if bound != "eq":
                return bound, at
        return self.bound_right_before(start)

    def further_lead(self, start: int) -> int:
        """Where 'another', 'a further' or 'an additional' right before a figure begins (its
        start when there is none): more of a count, which a bound word before it still bounds."""
        lowers = columns(self.doc).lower
        lead = start
        if lead > 0 and lowers[lead - 1] in words()["further_words"]:
            lead -= 1
            if lead > 0 and lowers[lead - 1] in words()["indefinite_articles"]:
                lead -= 1
        return lead

    def bound_right_before(self, start: int) -> tuple[str, int]:
        """(bound, start char of the bound words) of the words right before the figure."""
        doc = self.doc
        longest = _longest_bound()
        before = columns(doc).lower[max(0, start - longest) : start]
        # only a phrase ending in the word before the number can end right before it
        for phrase, bound in _bounds_by_last().get(before[-1], ()) if before else ():
            n = len(phrase)
            if start - n < 0:
                continue
            if before[len(before) - n :] == phrase:
                verb = doc[start - n - 1] if start - n > 0 else None
                verbs = words()["particle_verbs"].get(" ".join(phrase), [])
                particle = verb is not None and verb.lemma_ in verbs
                if particle and verb is not None and _destination_after(verb, start):
                    particle = False  # 'adding up to nine days to each trip': as many as that
                if doc[start - 1].dep_ == "prt" or particle:
                    break  # 'handed over 40,000 shells': a verb's particle, no bound
                place = doc[start - 1]  # 'downed 64 drones over six provinces': where
                nouns = [
                    c
                    for c in place.children
                    if c.dep_ == "pobj" and c.i > start and not numbers.is_scale(c.text)
                ]  # not 'evacuated over a million': the figure itself
                placed = " ".join(phrase) in words()["place_bounds"]
                if placed and place.dep_ == "prep" and nouns:
                    break
                if _ranking(doc, start - n, " ".join(phrase)):
                    break  # 'the top ten makers': a rank, no bound
                return bound, doc[start - n].idx
        if start > 0 and doc[start - 1].lower_ == "between":
            return "eq", doc[start - 1].idx
        prep = doc[start - 1] if start > 0 else None
        limited = prep is not None and prep.lower_ in words()["level_preps"]
        if limited and prep.head.lemma_.lower() in words()["limit_lemmas"]:  # type: ignore[union-attr]
            return "lte", doc[start].idx  # 'limiting sales to 20 litres', 'rationed to 10 litres'
        verb = governing_verb(prep) if limited and prep is not None else None
        if (
            verb is not None
            and verb.pos_ == "VERB"
            and verb.lemma_.lower() in words()["limit_verbs"]
        ):
            return "lte", doc[start].idx  # 'will cap fees at $20': not 'the price cap to $45'
        if _ceiling_verb(doc, start):
            return "lte", doc[start].idx  # 'fines can reach $5m': at most that
        return "eq", doc[start].idx

    def estimated(self, start: int, ends: tuple[int, int]) -> bool:
        """'Jobs created: 4,200 (estimate)', 'Assets held abroad (est.): $1.3bn', '300 homes
        (est.)': a figure its line marks as an estimate is approximate, as 'an estimated 4,200'
        is. `ends`: the end characters of the figure and of the claim's span."""
        text = self.text
        head = self.doc[start].idx
        line_start = text.rfind("\n", 0, head) + 1
        before, behind = _estimate_marks()
        if before.search(text[line_start:head]):
            return True
        return any(behind.match(text, end) is not None for end in ends)

    def bound_after(self, after: int) -> tuple[str, int] | None:
        """(bound, index after) of bound words right after a figure ('or more', 'or fewer')."""
        lowers = columns(self.doc).lower
        glued = _bounds_data()["glued_after"].get(lowers[after]) if after < len(lowers) else None
        if glued is not None and after > 0 and not space_after(self.doc, after - 1):
            return str(glued), after + 1  # '2,500+': written onto the figure
        for phrase, bound in _bounds_data()["after"].items():
            words_ = phrase.split()
            if lowers[after : after + len(words_)] == words_:
                if phrase in _bounds_data()["noun_bounds"] and self.determined(after):
                    continue  # 'above the 30% minimum': the minimum's level, no bound
                return str(bound), after + len(words_)
        return None

    def determined(self, i: int) -> bool:
        """Whether the noun at token i opens with a determiner ('the 30% minimum')."""
        return any(c.dep_ in ("det", "poss") for c in self.doc[i].children)

    def letter_of(self, i: int) -> str | None:
        """The currency of a currency letter at token i set apart from the figure after it
        ('L 1.1 million'), or None."""
        doc = self.doc
        if i + 1 >= len(doc) or not HAS_DIGIT.search(doc[i + 1].text):
            return None
        if not _spaced_letter(doc, i + 1, _core_end(doc, i + 1)):
            return None
        return _named_currency(doc, doc[i].text) or _units()["letter_symbols"][doc[i].text]

    def unit_around(self, start: int, end: int) -> tuple[str | None, int]:
        """(unit, index after it): a currency symbol before, or a unit word after the number."""
        cols, units = columns(self.doc), _units()
        texts, lowers = cols.text, cols.lower
        if start > 0 and texts[start - 1] in units["symbols"]:
            return units["symbols"][texts[start - 1]], end
        if start > 0 and lowers[start - 1] in units["prefix_codes"]:
            return units["prefix_codes"][lowers[start - 1]], end
        if _spaced_letter(self.doc, start, end):  # 'L 46.2 million', 'Q 12,800'
            letter = texts[start - 1]
            return _named_currency(self.doc, letter) or units["letter_symbols"][letter], end
        trailing = end < len(texts) and texts[end] in units["symbols"]
        if trailing and not (end + 1 < len(texts) and HAS_DIGIT.search(texts[end + 1])):
            return units["symbols"][texts[end]], end + 1  # '350 000 €': the sign after it
        stop = end + 1 < len(lowers) and lowers[end] == "." and end > start
        if stop and numbers.is_scale(texts[end - 1]) and lowers[end + 1] in units["words"]:
            return units["words"][lowers[end + 1]], end + 2  # '212.5 mio. kr.': the unit after
            # the stop of an abbreviated scale
        for n in range(_longest_unit_word(), 0, -1):  # 'parts per million' before 'parts'
            if end + n <= len(lowers):
                phrase = " ".join(lowers[end : end + n])
                if phrase in units["words"]:
                    return units["words"][phrase], end + n
                glued = self.doc[end : end + n].text.lower()  # 'kilowatt-hours': one word the
                if n > 1 and glued != phrase and " " not in glued and glued in units["words"]:
                    return units["words"][glued], end + n  # tokenizer cut at its hyphens
        closing = end < len(lowers) and lowers[end][-1:] == "." and len(lowers[end]) > 1
        closing = closing and (end + 1 == len(lowers) or not cols.text[end + 1][:1].islower())
        if closing and lowers[end][:-1] in units["words"]:  # 'climbed to 2,400 t. Stocks': the
            return units["words"][lowers[end][:-1]], end + 1  # stop the tokenizer left on it
        named = _named_currency(self.doc, lowers[end]) if end < len(lowers) else None
        if named is not None:  # 'crowns' in an article about a Swedish company: SEK
            return named, end + 1
        if end + 1 < len(texts) and texts[end] == "-":  # 'a 30-day ceasefire'
            plural = lowers[end + 1] + "s"
            if plural in units["time_units"]:
                return plural, end + 2
        single = end < len(lowers) and f"{lowers[end]}s" in units["time_units"]
        if single and end > start and numbers.parse_tokens([texts[end - 1]]) == 1:
            return f"{lowers[end]}s", end + 1  # 'by one year', 'for 1 month': one time unit
        return None, end

    def margin_after(
        self, after: int, first: float, unit: str | None
    ) -> tuple[float, float, int, str | None] | None:
        """(low, high, index after, unit) of a margin after the figure ('5 ± 1 percent', '45%
        +/- 3%'): the figure less and plus the margin, in the figure's unit or the margin's."""
        doc = self.doc
        lowers = columns(doc).lower
        size = next(
            (
                len(j)
                for j in _bounds_data()["margin_joiners"]
                if lowers[after : after + len(j)] == j
            ),
            0,
        )
        nxt = after + size
        if not size or nxt >= len(doc):
            return None
        texts = columns(doc).text
        if texts[nxt] in _units()["symbols"] or lowers[nxt] in _units()["prefix_codes"]:
            nxt += 1
        if nxt >= len(doc) or not (
            HAS_DIGIT.search(texts[nxt]) or numbers.is_number_word(texts[nxt])
        ):
            return None
        reading = read_number(doc, nxt, _core_end(doc, nxt))
        if reading is None or reading.value >= abs(first):
            return None
        again, end = reading.unit, reading.end
        if again is None:
            again, end = self.unit_around(nxt, reading.end)
        if unit is not None and again is not None and again != unit:
            return None
        return first - reading.value, first + reading.value, end, again

    def range_after(
        self, after: int, first: float, unit: str | None
    ) -> tuple[float, float, int] | None:
        """(low, high, index after) of a range after the first number: '3% to 5%', 'between $2m
        and $3m', 'RUB 1 trillion to RUB 1.5 trillion', 'six or seven barges'."""
        doc = self.doc
        cols = columns(doc)
        texts, lowers = cols.text, cols.lower
        if after + 1 >= len(doc) or lowers[after] not in _bounds_data()["range_joiners"]:
            return None
        joiner = lowers[after]
        if joiner in words()["range_and"] and "between" not in lowers[max(0, after - 5) : after]:
            return None
        written = texts[after - 1]
        bare = unit is None and (numbers.is_number_word(written) or written.isdigit())
        if joiner in words()["range_or"] and not bare:
            return None  # 'six or seven barges', '40 or 50 staff'; not '5% or more', '$9 or $12'
        nxt = after + 1
        if texts[nxt] in _units()["symbols"] or lowers[nxt] in _units()["prefix_codes"]:
            nxt += 1
        elif unit is not None and self.letter_of(nxt) == unit:
            nxt += 1  # 'from L 95,000 to L 2.4 million': the same currency letter again
        if nxt >= len(doc) or not (
            HAS_DIGIT.search(texts[nxt]) or numbers.is_number_word(texts[nxt])
        ):
            return None
        reading = read_number(doc, nxt, _core_end(doc, nxt))
        if reading is None:
            return None
        second, end = reading.value, reading.end
        if first >= second and reading.change is not None:
            return None
        if (
            first < second
            and numbers.is_scale(doc[end - 1].text)
            and not numbers.is_scale(doc[after - 1].text)
        ):
            first = (
                first * numbers.words()["scales"][doc[end - 1].lower_] if first < 1000 else first
            )
        glued = numbers.suffix_scale(doc[end - 1].text)
        if (
            first < second
            and glued is not None
            and numbers.suffix_scale(doc[after - 1].text) is None
        ):
            first = first * glued if first * glued <= second else first  # 'USD 45-47bn'
        rate = self.rate_after(end) if unit is not None else None
        if rate is not None and rate[0] == unit and rate[2] is None:
            second, end = second * rate[1], rate[3]  # 'between 40 kt and 55 kt': scaled alike
            return (first, second, end) if first < second else None
        if first >= second:
            return None
        if unit is not None:  # the unit again on the second number, unless 'GBP 2-3bn'
            again, after_unit = self.unit_around(nxt, end)
            again = reading.unit or again  # 'between 4C and 9C', '$A50m and $A70m': glued on
            if again != unit and not (joiner == "-" and not doc[after - 1].whitespace_):
                return None
            end = max(end, after_unit)
        return first, second, end

    def item(self, start: int, end: int, after: int, unit: str | None) -> Item | None:
        doc = self.doc
        cols = columns(doc)
        casualty = any(i in self.casualties for i in range(start, end))
        partitive = after + 1 < len(doc) and [cols.lower[after]] == words()["partitive_preps"]
        partitive = partitive and cols.pos[after + 1] != "PRON"  # not 'killed nine of them'
        casualty = casualty and not partitive  # 'some 12 of the 40 crew were rescued': the crew
        bare = after >= len(doc) or cols.pos[after] not in ("NOUN", "ADJ", "PROPN")
        written = (
            unit is None and after < len(doc) and cols.lower[after] in words()["casualty_written"]
        )
        described = self.described_noun(after + 1)  # '40 dead grey seals': the seals
        if written and described is None:
            # 'Lowland district: 87 dead', '..., 2 dead': read as written, as a tally is
            word = doc[after]
            return Item(
                items.casualty_word_item(word.lower_), word.idx + len(word), word.i, True, after + 1
            )
        labelled = casualty and after < len(doc) and cols.lower[after] in words()["casualty_labels"]
        bare = bare or (labelled and described is None)  # '2 dead', not '2 dead migrants'
        if unit is None and bare and casualty and items.label_of(doc, start) is None:
            last = doc[end - 1]  # 'killing four', 'and 78 injured': people
            written_after = end < len(doc) and cols.lower[end] in words()["casualty_labels"]
            named = self.casualties_before(start) if written_after else None
            counted = named or words()["casualty_item"]
            return Item(counted, last.idx + len(last), last.i, False, end)
        if unit is None and self.score_end(start) and self.vote_tally(start - 2, start - 1):
            return None  # 'won 5-2 on Friday evening': the score's second figure, whatever follows
        if unit is None and bare and self.vote_tally(start, end):
            return self.tally_item(start, end)
        found = items.item(doc, start, end, after, unit) or self.line_label(start, after)
        found = self.leader_label(start, after) or found  # a dot-leader row: its label
        if found is None and unit is None:
            found = self.revision_marked(start, after)
        if found is None and unit is None and bare:
            found = self.fronted_whole(start, end)
        return durations.what_lasts(doc, start, end, after, unit, found, unnamed=False)

    def described_noun(self, k: int) -> int | None:
        """The index of the noun or name at k, or of a common noun after up to two adjectives
        from k ('grey seals'), that a casualty word just before k describes; else None."""
        cols = columns(self.doc)
        if k < len(self.doc) and cols.pos[k] in ("NOUN", "PROPN"):
            return k
        for i in range(k, min(k + 3, len(self.doc))):
            if cols.pos[i] == "NOUN":
                return i
            if cols.pos[i] != "ADJ":
                return None
        return None

    def fronted_whole(self, start: int, end: int) -> Item | None:
        """'Of the 40 ships inspected, nine failed', 'Of the crew, six were cadets', 'Of the 23
        injured, four were ..., officials said': a bare count that is the subject of a clause
        opened by a partitive phrase (its own, or the reporting verb's) counts that phrase's
        whole; a counted participle ('the 60 hurt') is the whole itself."""
        last = self.doc[end - 1]
        if last.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = last.head
        while verb.dep_ == "conj" and verb.head.i < verb.i:
            verb = verb.head  # '..., and five were foreign': the first clause holds the phrase
        verbs = [verb, verb.head] if verb.dep_ == "ccomp" else [verb]  # '..., officials said'
        preps = [
            c
            for v in verbs
            for c in v.children
            if c.i < start and c.lower_ in words()["partitive_preps"] and c.i == c.sent.start
        ]
        whole = next((c for p in preps for c in p.children if c.dep_ == "pobj"), None)
        if whole is not None and whole.like_num:  # 'Of the 60 hurt, nine were ...': the
            whole = next((c for c in whole.children if c.tag_ == "VBN"), None)  # participle
        if whole is None or not (whole.pos_ in ("NOUN", "ADJ") or whole.tag_ == "VBN"):
            return None  # 'of the dead', 'of the evacuees', 'of the crew'; not 'of course'
        text = whole.lower_
        if whole.pos_ == "ADJ" or whole.tag_ == "VBN" or text in words()["casualty_labels"]:
            # 'of the dead', 'of the nine arrested': no noun, people, as on a tally line
            text = items.casualty_word_item(text)
        return Item(text, last.idx + len(last), last.i, False, end)

    def over_a_sum_noun(self, sign_at: int, after: int, unit: str | None) -> bool:
        """'jailed over $8-million loan scam', 'Probe Over €90m Grant Scheme': 'over' before
        a sum that modifies a noun right after it says what the act was about (the fraud), no
        lower bound; 'over $185 million in aid' still bounds it."""
        doc, cols = self.doc, columns(self.doc)
        if unit not in money() or sign_at < 1:
            return False
        if cols.lower[sign_at - 1] not in words()["topic_bounds"]:
            return False
        if after >= len(doc) or cols.pos[after] not in ("NOUN", "PROPN"):
            return False
        return cols.lower[after] not in words()["worth_lemmas"] and not numbers.is_scale(
            cols.text[after]
        )

    def vote_tally(self, start: int, end: int) -> bool:
        """'voted 44 to 9', '9 opposed and two abstaining': a bare count in the tally of a
        vote counts votes, not whatever the clause is about."""
        doc, table = self.doc, words()
        tok = doc[end - 1]
        if not any(t.lemma_.lower() in table["vote_lemmas"] for t in tok.sent):
            return False
        head = tok.head
        while head.pos_ in ("ADP", "NUM") and head.head.i != head.i:
            head = head.head  # '57 to 21': either count may hang on the other or on 'to'
        direct = head.lemma_.lower() in table["vote_lemmas"] and head.i < start
        return direct or (end < len(doc) and doc[end].lower_ in table["vote_words"])

    def scale_reading(self, start: int, end: int) -> Item | None:
        """'above magnitude 5, after a 5.3 in May', 'aftershocks of magnitude 5 or more, the
        largest a 5.6': a decimal figure after an indefinite article, with no noun of its own,
        in a sentence that reads a scale before it (quantity_words reading_scales) is another
        reading on that scale."""
        doc, cols = self.doc, columns(self.doc)
        if start == 0 or cols.lower[start - 1] not in words()["indefinite_articles"]:
            return None
        if end - start != 1 or "." not in cols.text[start]:
            return None
        scales = words()["reading_scales"]
        named = next(
            (k for k in range(doc[start].sent.start, start - 1) if cols.lower[k] in scales), None
        )
        if named is None:
            return None
        last = doc[end - 1]
        return Item(cols.lower[named], last.idx + len(last), start, False, end)

    def score_end(self, start: int) -> bool:
        """'voted 5-2': the second figure of a tally written as one score goes with the first."""
        doc = self.doc
        if start < 2 or doc[start - 1].text != "-" or doc[start - 2].whitespace_:
            return False
        return doc[start - 2].like_num and not doc[start - 1].whitespace_

    def tally_item(self, start: int, end: int) -> Item:
        """What a vote's count counts: the voters a count before it in the sentence named ('29
        members in favour, 21 against'), else votes."""
        last, sent = self.doc[end - 1], self.doc[start].sent
        before = [q for q in self.built if q.unit is None and sent.start_char <= q.start]
        text = before[-1].item if before else words()["vote_item"]
        return Item(text, last.idx + len(last), last.i, False, end)

    def line_label(self, start: int, after: int) -> Item | None:
        """'Left homeless: 2.4m', 'Intercepted or lost: 214', 'Households to be connected: 9,000':
        a figure that is the whole value of a label line counts what the label's words name, even
        when they are no noun phrase (CLAIMS.md: a label-style line holds a quantity)."""
        doc, cols = self.doc, columns(self.doc)
        colon = start - 1
        if colon < 1 or cols.text[colon] != ":":
            return None
        last = doc[after - 1]
        rest = self.text[last.idx + len(last) :].lstrip(" ")
        if rest and rest[0] not in words()["label_value_ends"]:
            return None  # 'Chad: 3 million uprooted as ...': a headline, no label line
        line = self.text.rfind("\n", 0, cols.idx[colon]) + 1
        label = re.split(r"[|•·]", self.text[line : cols.idx[colon]])[-1].split(",")[0]
        label = re.sub(r"\b(?:19|20)\d\d\b", " ", label).strip(" -*\t").lower()
        named = label.split()
        if not named or len(named) > 6 or not any(w.isalpha() for w in named):
            return None
        head = colon - 1
        return Item(" ".join(named), cols.idx[head] + len(cols.text[head]), head, False, after)

    def revision_marked(self, start: int, after: int) -> Item | None:
        """'arrivals climbed to 52,907 (p)', 'output rose to 4,310 (r)': a bare figure with a
        provisional or revised mark in brackets right after it (which the parser may take for
        the counted noun) counts the subject of its clause."""
        doc = self.doc
        marked = after + 2 < len(doc) and doc[after].text == "(" and doc[after + 2].text == ")"
        if not marked or doc[after + 1].lower_ not in words()["revision_marks"]:
            return None
        found = items.subject_noun(doc, start, governing_verb(doc[start]))
        if found is None or found[2] >= start:
            return None
        return Item(found[0], doc[after + 2].idx + 1, found[2], False, after + 3)

    def leader_row(self, start: int, after: int) -> tuple[int, str] | None:
        """(index of the leader token, label text) of a table row whose dot leader runs to the
        figure and whose figure ends the line ('Visitor arrivals, Oct 2025 ....... 29,574'), or
        None; a contents entry ('2. Method and sources ....... 5') is none."""
        doc = self.doc
        lead = start - 1
        if lead < 1 or LEADER.fullmatch(doc[lead].text) is None:
            return None
        last = doc[after - 1]
        close = last.idx + len(last)
        stop = self.text.find("\n", close)
        if self.text[close : len(self.text) if stop < 0 else stop].strip():
            return None  # the figure must end the row
        line = self.text.rfind("\n", 0, doc[lead].idx) + 1
        row = self.text[line : len(self.text) if stop < 0 else stop]
        if NUMBERED_LINE.fullmatch(row) is not None:
            return None  # a contents page's entry and its page number
        return lead, self.text[line : doc[lead].idx]

    def leader_label(self, start: int, after: int) -> Item | None:
        """'Headline inflation, Oct 2026p ....... 1.2', 'Cod ......... 612.4': a figure a dot
        leader joins to its row's label counts what the label names (the words before its
        first comma, without footnote marks, brackets, years and periods); a label of periods
        alone ('Q1 2025 ....... 1 086.2') takes the table's title above."""
        row = self.leader_row(start, after)
        if row is None:
            return None
        lead, label = row
        named = _leader_words(label)
        line = self.text.rfind("\n", 0, self.doc[lead].idx) + 1
        above = self.text.rfind("\n", 0, max(0, line - 1)) + 1
        while above > 0 and LEADER.search(self.text[above : line - 1]):
            line, above = above, self.text.rfind("\n", 0, above - 1) + 1
        heading = self.text[above : max(above, line - 1)]
        if line == 0:  # the rows open their paragraph: the heading is the last line before
            lines = [x for d in items.story_upto(self.doc)[:-1] for x in d.text.splitlines()]
            above_rows = [x for x in lines if x.strip() and not LEADER.search(x)]
            heading = above_rows[-1] if above_rows else heading
        heads = set(re.findall(r"\w+", heading.lower()))
        if heads & set(words()["sanction_table_words"]):
            return None  # 'Sanctioned parties by country': the rows count a sanction's targets
        if heads & set(words()["contents_words"]):
            return None  # 'Contents' over 'Overview ....... 2': page numbers
        if not named:
            title = re.sub(r"^\s*table\s+\d+\.?", " ", heading, flags=re.I)
            cut = re.split(r"[,(]", title)[0].split()
            stops = [i for i, w in enumerate(cut) if w.lower() in words()["heading_cut_words"]]
            named = _leader_words(" ".join(cut[: stops[0]] if stops else cut))
        if not named:
            return None
        head = lead - 1  # the label's last word, else the token before the leader
        while head > 0 and self.doc[head].lower_ != named[-1]:
            if self.doc[head].text == "\n" or "\n" in self.doc[head].text:
                head = lead - 1
                break
            head -= 1
        last = self.doc[after - 1]
        return Item(" ".join(named), last.idx + len(last), head, True, after)  # on its row

    def leader_scale(self, start: int, end: int) -> tuple[float, str | None] | None:
        """The scale and currency a dot-leader row's own label names in brackets ('Tourism
        earnings (US$ million) ....... 248.3' is 248,300,000 USD), or None."""
        if any(numbers.is_scale(t.text) for t in self.doc[start:end]):
            return None
        row = self.leader_row(start, end)
        if row is None:
            return None
        for inner in re.findall(r"\(([^()\d]{1,20})\)", row[1]):
            found = _heading_scale(inner.split())
            if found is not None:
                return found
        return None

    def casualties_before(self, start: int) -> str | None:
        """'Six nurses were killed and 30 wounded': a bare casualty count (its casualty word after
        it) joined by 'and' or 'or' to a casualty count with a noun of its own just before it
        counts the same noun; with a verb of its own before it ('killed six nurses and wounded
        30') it counts people."""
        doc, prev = self.doc, self.last
        if prev is None or prev.unit is not None or not prev.named:
            return None
        if start == 0 or doc[start - 1].lower_ not in words()["coordinators"]:
            return None
        number = self.number_of(prev)
        between = self.text[prev.end : doc[start].idx]
        if number is None or number.sent != doc[start].sent or HAS_DIGIT.search(between):
            return None
        harm = {*words()["victim_lemmas"], *words()["casualty_labels"]}
        near = [number.head, governing_verb(number), *doc[number.i + 1 : start]]
        if not any(t.lemma_.lower() in harm or t.lower_ in harm for t in near):
            return None
        if len(between.split()) > 5 or prev.item.split()[-1] == words()["casualty_item"]:
            return None
        return prev.item

    def is_target(self, start: int, end: int, head: int) -> bool:
        return head in self.exclude or any(i in self.exclude for i in range(start, end))


def extract(
    doc: Doc,
    exclude: set[int] | None = None,
    rejections: Rejections | None = None,
    patterns: PatternSet | None = None,
    matches: dict[str, list[Match]] | None = None,
) -> Iterator[Quantity]:
    """Quantities in a parsed Doc; token indices in `exclude` (a sanction's targets) are skipped.
    `matches` are the patterns' matches when the caller has run them already. The Doc is not
    changed."""
    note_story(doc)  # the article's paragraphs come in turn: the goods they name carry on
    yield from _Scanner(
        doc,
        exclude or set(),
        rejections if rejections is not None else Rejections(doc),
        patterns if patterns is not None else packaged_patterns(doc.vocab),
        matches,
    ).scan()


@cache
def _article_time_words() -> tuple[frozenset[str], frozenset[str]]:
    """The indefinite articles and the singular forms of the time units."""
    arts = frozenset(words()["indefinite_articles"])
    units = frozenset(u[:-1] for u in _units()["time_units"] if u.endswith("s"))
    return arts, units


def _article_unit(singular: str) -> tuple[float, str]:
    """(value, unit) of one time unit written with an article: 'a week' is 1 weeks, but 'a
    decade' is read in the smaller unit it stands for (10 years), as a count of decades is not."""
    equal = _units()["article_time_equivalents"].get(singular)
    if equal is None:
        return 1.0, f"{singular}s"
    return float(equal["value"]), str(equal["unit"])


def _article_before_time(doc: Doc) -> list[int]:
    """Indices i (not the first or last token) where an indefinite article is followed by a
    singular time unit ('a week'), read from the Doc's lower-case column."""
    arts, units = _article_time_words()
    lowers = columns(doc).lower
    return [i for i in range(1, len(lowers) - 1) if lowers[i] in arts and lowers[i + 1] in units]
