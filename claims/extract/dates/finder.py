"""Date expressions ("on April 2", "Oct. 13", "12.03.2025", "in February 2024", "last year",
"on Tuesday", "this morning", "the next day", "a year earlier", "a 2010 raid", "2023: 1,250
strikes") found in text and resolved to inclusive ISO start/end against the publication date
(claims.extract.dates.resolve does the calendar arithmetic).

The words come from claims/data/dates.json; the regular expressions here only say how they
combine. Expressions that count from another date in the text ("the day before", "a year
earlier", "the previous Friday", "of that year") take the latest date found before them in the
same text as their anchor, and fall back to the publication date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any, Concatenate, NamedTuple, ParamSpec

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from claims.extract.dates.anchors import Anchors
from claims.extract.dates.resolve import Resolved, months_on, resolve, weekday_number, years_on
from claims.extract.dates.stages import (
    COUNT,
    DAY_PART_ANAPHOR,
    EVENT,
    FISCAL,
    FISCAL_PART,
    ORDINAL_DAY,
    SLASH,
    WEEKDAY,
    YEAR,
    alts,
    date_data,
    month_re,
    stage_table,
)
from claims.extract.gates import PatternGate
from claims.extract.lastseen import LastSeen
from claims.extract.lexicon import split_note_marks
from claims.extract.numbers import parse_tokens
from claims.extract.patterns import Match, PatternSet
from claims.extract.regex_gate import GatedPattern, fold
from claims.extract.rejoin import BREAK_CHARS
from claims.ingest.markup import entity_pieces
from claims.resources import load_data

#: Stretches of whole years or months ('from 2026 to 2027', 'from March to June'): after a verb
#: that moves an event ('pushed the vote from May to June'), two dates, the old and the new.
MOVABLE_STRETCHES = frozenset({"year_range", "month_range"})
#: More years than this between a year and the two digits after its slash ('2018/35'): an act's
#: number, not a run of years ('2020/22').
ACT_NUMBER_GAP = 10
#: How far before a day its weekday may stand ('FRIDAY, ' before 'OCTOBER 2').
WEEKDAY_BEFORE_CHARS = 12
#: Kinds that count from an earlier date in the text rather than from publication.
ANCHORED = frozenset({"anchor_day", "anchor_weekday", "anchor_year", "anchor_month", "same_period"})
#: A wire dateline opening a paragraph ("KYIV, March 12 (Agency) -", or a press release's
#: "Oslo, 12.03.2025 -"): metadata, not a claim.
#: A line opening with a date and a dash but neither is a timeline entry ("20 May – The bloc ...").
DATELINE = re.compile(r"^\s*[A-Z][\w.'’/ -]{1,40},\s*(?:[A-Z][A-Za-z.'’ -]{1,30},\s*)?$")
DATELINE_AFTER = re.compile(r"^\s*(?:\([^)]{1,40}\)\s*)?[-–—]{1,2}\s")
DATELINE_AGENCY = re.compile(r"^\s*\([^)]{1,40}\)\s*[-–—]{1,2}\s")
#: A dateline closed by a colon ("IMPHAL, Feb 5: ..."): the place in capitals and a day; a label
#: line reads so too ("GDP, third quarter: +3.1%", "Output, September: ..."), with a period.
COLON_DATELINE = re.compile(r"^\s*[A-Z][A-Z.'’/ -]{1,40},\s*$")
#: A wire dateline whose agency in brackets follows the day and a dash or a full stop closes
#: ("Riverton, 4 March (Agency). The ...", "Riverton – 04/03/2026 (Agency) – The ..."): the
#: place, set off by a comma or a spaced dash, opens the line.
AGENCY_DATELINE = re.compile(r"^\s*[A-Z][\w.'’/ -]{1,40}?(?:,|\s[-–—])\s*$")
AGENCY_DATELINE_AFTER = re.compile(r"^\s*\([^)]{1,40}\)\s*(?:[-–—]{1,2}|\.)\s")
COLON_DATELINE_AFTER = re.compile(r"^\s*(?:\([^)]{1,40}\)\s*)?:\s")
#: After a date opening a line, what makes it an entry's stamp: a clock time, maybe a closing
#: bracket, then at most a short name ('[14.03.2026 08:40] Channel name:').
ENTRY_STAMP_AFTER = re.compile(r",?[ \t]+[0-2]?\d:[0-5]\d(?::[0-5]\d)?\]?[^\n]{0,60}$", re.M)
#: After a stamp, a post set on the stamp's own line, as chat apps export it: maybe a dash,
#: then its author (a name, maybe a role in brackets) and a colon, then the post ('[03/02/2026,
#: 08:15] Ama Owusu: ...', '03/02/2026, 08:15 - Ama Owusu (Secretary): ...').
ENTRY_POST = re.compile(r"[ \t]*(?:[-–][ \t]+)?[^\W\d_][^:\n\[\]]{0,59}?:[ \t]")
#: A stamp in brackets closed right after its clock time ('[03/02/2026, 08:15]'): an entry's
#: stamp whatever follows it on its line (a chat's notice from the app has no author).
BRACKETED_STAMP_AFTER = re.compile(r",?[ \t]+[0-2]?\d:[0-5]\d(?::[0-5]\d)?\]")
#: A stamp's clock time right after its day, then the post on the same line (ENTRY_POST).
ENTRY_POST_STAMP_AFTER = re.compile(
    rf",?[ \t]+[0-2]?\d:[0-5]\d(?::[0-5]\d)?\]?(?={ENTRY_POST.pattern})"
)
#: Right after a date, a clock time to the second ('5 Jun 2031 07:41:09', '2031-06-05T07:41:09'):
#: a machine's stamp of a file, a feed item or a revision, which dates no event.
SECONDS_STAMP_AFTER = re.compile(r"(?:,?[ \t]+|T)[0-2]?\d:[0-5]\d:[0-5]\d(?!\d)")
#: Right before a date with its year, a clock time in hours and minutes and nothing but spaces
#: or a comma between ('14:05  3-02-2025', 'Posted: 09:12, 2 April 2026'): a stamp; the word
#: before the clock is kept apart, as a preposition there ('from 12:01 am, 19 June') makes the
#: clock and the date one point in time of the story.
CLOCK_STAMP_BEFORE = re.compile(
    r"(?:(?P<word>[A-Za-z]+)[^\w\n]*)?(?<![\d:.])[0-2]?\d:[0-5]\d(?:[ \t]*(?:[AaPp]\.?[Mm]\.?|h))?"
    r"[ \t]*,?[ \t]+$"
)


@cache
def _future_cue() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(date_data()['future_cues'])})\b", re.I)


@cache
def _future() -> re.Pattern[str]:
    words = "|".join(date_data()["look_ahead_words"])
    return re.compile(
        rf"\b(?:{words})\s+(?:\w+\s+){{0,4}}(?:on|in|by)?\s*$|\b(?:until|till)\s", re.I
    )


@cache
def _anchors() -> Anchors:
    """Pieces the stages' regexes require (a year, a month name), each looked for at most once
    per text: a stage one of whose pieces is missing is skipped (claims.extract.dates.anchors)."""
    return Anchors([p.pattern if not isinstance(p, str) else None for _k, p, _g in stage_table()])


@dataclass(frozen=True)
class _Plan:
    """The stages in order, each with the tests it needs passed before it runs: words its
    gate lists (looked for in the lower-case text), words its regex requires (in the folded
    text, as claims.extract.regex_gate looks) and the pieces _anchors() looks for. Stages share
    most tests (a month name, a year): one pass over a text finds which of all these words it
    holds, and each piece is looked for at most once, instead of every stage testing for itself."""

    stages: list[tuple[str, GatedPattern | str, tuple[str, ...], frozenset[str], tuple[int, ...]]]
    gate_words: frozenset[str]  # every word of a stage gate
    regex_words: frozenset[str]  # every folded word a regex requires


@cache
def _plan() -> _Plan:
    anchors = _anchors()
    stages = []
    for i, (kind, pattern, gate) in enumerate(stage_table()):
        words = pattern.words if isinstance(pattern, GatedPattern) else None
        stages.append((kind, pattern, gate, words or frozenset(), anchors.needs[i]))
    return _Plan(
        stages,
        frozenset(w for _k, _p, gate, _w, _n in stages for w in gate),
        frozenset(w for _k, _p, _g, words, _n in stages for w in words),
    )


@cache
def token_patterns() -> tuple[Language, PatternSet]:
    """A tokenizer-only pipeline and the packaged date patterns (claims/data/patterns/dates.json)."""
    nlp = spacy.blank("en")
    split_note_marks(nlp.tokenizer)  # cut as the pipeline cuts it
    return nlp, PatternSet.packaged("dates", nlp.vocab)


@cache
def _token_gate() -> PatternGate:
    """Which date token patterns may match a text's tokens (claims.extract.gates)."""
    return PatternGate(token_patterns()[1])


#: The date token patterns run together, by the tuple of their indices the gate lets through.
_token_subsets: dict[tuple[int, ...], PatternSet] = {}


def _matched(doc: Doc) -> dict[str, list[Match]]:
    """The date token patterns' matches in doc: only those the gate shows may match run (a
    pattern's matches do not depend on the others in the matcher), none on most texts."""
    nlp, patterns = token_patterns()
    passing = _token_gate().passing(doc)
    if not passing:
        return {}
    if len(passing) == len(patterns.patterns):
        return patterns(doc)
    subset = _token_subsets.get(passing)
    if subset is None:
        if len(_token_subsets) >= 256:
            _token_subsets.clear()
        chosen = [patterns.patterns[i] for i in passing]
        subset = _token_subsets[passing] = PatternSet(chosen, nlp.vocab)
    return subset(doc)


def _token_fields(kind: str, words: list[str]) -> dict[str, str]:
    """The fields a resolver reads, from the words of a token match."""
    data = date_data()
    fields: dict[str, str] = {}
    shifts = data["same_day_year_shifts"]
    lows = [word.lower() for word in words]
    for i, word in enumerate(words):
        low = lows[i]
        if kind == "anchor_day" and lows[i + 1 : i + 2] == [shifts["unit"]] and low in shifts:
            fields["year_shift"] = str(shifts[low])  # 'the same day last year'
        elif kind == "anchor_day" and low == shifts["unit"] and "year_shift" in fields:
            continue
        elif kind == "day_part" and low in data["day_part_refs"]:
            fields["ref"] = word
        elif low in data["day_words"]:
            fields["word"] = word
        elif low in data["day_parts"]:
            fields["dpart"] = word
        elif low in data["day_part_edges"]:
            fields["edge"] = word
        elif low in data["anchor_steps"]:
            fields["step"] = word
        elif low in data["weekdays"]:
            fields["wd"] = word
        elif low in data["anaphors"]:
            fields["that"] = word
        elif re.fullmatch(YEAR, word):
            fields["y"] = word
        elif low in data["day_counts"] or (kind == "anchor_month" and low in data["unit_months"]):
            fields["unit"] = low
        elif parse_tokens([word]) is not None:
            fields["n"] = word
    return fields


#: (text, Doc, matches) the date component hands over while it reads that Doc's dates: the Doc
#: is tokenized as token_patterns() tokenizes and `matches` are the packaged token patterns' matches on
#: it, so the finder neither tokenizes the text again nor runs the matcher a second time.
_given: tuple[str | None, Doc | None, dict[str, list[Match]] | None] = (None, None, None)


@contextmanager
def given_doc(text: str, doc: Doc, matches: dict[str, list[Match]]) -> Iterator[None]:
    """Within the block, the token patterns' matches on `text` are `matches` on `doc` (the
    caller vouches that doc is text tokenized as token_patterns() does and matched with its patterns)."""
    global _given
    _given = (text, doc, matches)
    try:
        yield
    finally:
        _given = (None, None, None)


def _token_matches(text: str) -> dict[str, list[tuple[int, int, dict[str, str]]]]:
    """(start, end, fields) of token-pattern matches by kind, longest first; a pattern's span may
    leave out context tokens (dates.json 'pattern_spans': [first, last) token of the match)."""
    given = _given
    if given[0] is text and given[1] is not None and given[2] is not None:
        doc, matched = given[1], given[2]  # the date component's Doc of this text, matched
    else:
        doc = token_patterns()[0].make_doc(text)
        matched = _matched(doc)
    spans = date_data()["pattern_spans"]
    to_event = set(date_data()["counted_to_event_patterns"])
    found: dict[str, list[tuple[int, int, dict[str, str]]]] = {}
    for pattern_id, matches in matched.items():
        kind = pattern_id.split(".")[0]
        first, last = spans.get(pattern_id, [0, None])
        for match in matches:
            tokens = [doc[i] for i in match.tokens][first:last]
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
            fields = {"x": text[start:end]} | _token_fields(kind, [t.text for t in tokens])
            if pattern_id in to_event:
                fields["inverse"] = "1"  # the event's date: counted back from the act's day
            found.setdefault(kind, []).append((start, end, fields))
    for spans_of_kind in found.values():  # longest first; of equal spans, one to an event
        spans_of_kind.sort(key=lambda m: (m[0] - m[1], m[0], not m[2].get("inverse")))
    return found


@dataclass(frozen=True)
class DateMatch:
    """A date expression in some text: span (the date words), surface (with its preposition)."""

    kind: str
    start: int
    end: int
    surface_start: int
    fields: dict[str, str] = field(default_factory=dict)

    def resolve(self, published: dt.date | None, anchor: Resolved | None = None) -> Resolved:
        """The dates meant, against publication; an anchored expression against `anchor` (the
        date it counts from) when there is one."""
        return resolve(self.kind, self.fields, published, anchor)


def find_dates(text: str) -> list[DateMatch]:
    """Non-overlapping date expressions in text, earlier patterns winning ties; a text all in
    capitals is read as written in lower case (as_written), at the same offsets."""
    return list(_find_dates(as_written(text)))


#: A run of letters standing alone: no digit glued to it ('E48M', 'FY2025', 'Q3' stay as written).
LETTER_WORD = re.compile(r"(?<![\w])[^\W\d_]+(?:['’][^\W\d_]+)*(?![\w])")
#: Where a sentence opens: the text's start, a line's start, or after a full stop or a colon.
SENTENCE_OPENS = re.compile(r"(?:^|\n|[.!?:]\s)\W*$")


@cache
def _capitalised_words() -> frozenset[str]:
    """Words a text in capitals is read back with a capital: month, weekday and feast names."""
    data = date_data()
    words = {*data["months"], *data["weekdays"], *data["weekday_abbreviations"]}
    words.update(word.lower() for name in data["feasts"] for word in name.split())
    return frozenset(words)


def _shouted(text: str) -> bool:
    """Whether text is written all in capitals (dates.json 'shouted_min_letters' and
    'shouted_max_lower_share'): a broadcast script's or a wire alert's paragraph."""
    data = date_data()
    upper = lower = 0
    for char in text:
        if char.isupper():
            upper += 1
        elif char.islower():
            lower += 1
    letters = upper + lower
    return (
        letters >= data["shouted_min_letters"]
        and lower <= data["shouted_max_lower_share"] * letters
    )


def _lowered(word: str) -> str:
    """word in lower case, letter by letter, each letter kept at its length."""
    return "".join(low if len(low := char.lower()) == 1 else char for char in word)


@lru_cache(maxsize=512)
def as_written(text: str) -> str:
    """text as a writer would set it when it is all in capitals (_shouted): lower case at the
    same offsets, month, weekday and feast names and each sentence's first word capitalised, so
    the stages read 'THE BOARD MET ON FRIDAY' as 'The board met on Friday'; other text as is."""
    if not _shouted(text):
        return text
    names = _capitalised_words()

    def recased(m: re.Match[str]) -> str:
        word = _lowered(m.group())
        if word in names or SENTENCE_OPENS.search(text, 0, m.start()):
            return word[:1].upper() + word[1:]
        return word

    return LETTER_WORD.sub(recased, text)


@cache
def token_trigger() -> re.Pattern[str]:
    """Words one of which every token pattern needs (dates.json 'token_pattern_triggers'), or a
    year: text without any is not tokenized at all."""
    return re.compile(rf"\b(?i:{alts(date_data()['token_pattern_triggers'])})\b|{YEAR}")


def token_triggered(text: str) -> bool:
    """Whether token_trigger() finds a word in text; the date component asks this of a
    paragraph just before the finder does, so the answer is kept for the text seen last."""
    return _triggered.get(text)


_triggered: LastSeen[str, bool] = LastSeen(lambda text: token_trigger().search(text) is not None)


def _narrated_past(text: str, pos: int) -> bool:
    """A past verb earlier in the sentence: 'refiners bought crude with June delivery' tells of
    a deal done, where a quote line ('Wheat, May delivery: $231/t') looks ahead."""
    sentence = sentence_before(text, pos)
    return _past_verb_before(sentence, len(sentence), everywhere=True)


@cache
def _zone() -> re.Pattern[str]:
    """A time zone right after a figure ('0900 UTC'): the figure is a clock time."""
    return re.compile(rf"\s*(?:{alts(date_data()['time_zones'])})\b")


@cache
def _credit() -> re.Pattern[str]:
    """The end of a wire credit ('Reporting by', 'editing by'): a month right after it is a
    reporter's first name."""
    words = "|".join(w.replace(" ", r"\s+") for w in date_data()["credit_words"])
    return re.compile(rf"\b(?i:{words})\s+by\s+$")


def _live_stages(text: str) -> Iterator[tuple[str, GatedPattern | str]]:
    """(kind, pattern) of the stages, in order, that pass their gate and may match text: the
    others lack words or a piece every match holds (tests/extract/dates/test_anchors.py)."""
    low, folded, plan = text.lower(), fold(text), _plan()
    in_low = {w for w in plan.gate_words if w in low}  # the words any stage looks for, once
    in_folded = {w for w in plan.regex_words if w in folded}
    probes = _anchors().probes
    found: dict[int, bool] = {}  # the pieces looked for in text so far
    for kind, pattern, gate, words, needs in plan.stages:
        if gate and in_low.isdisjoint(gate):
            continue  # none of the words the stage cannot match without
        if words and in_folded.isdisjoint(words):
            continue  # none of the words its regex requires (its own gate would say so)
        missing = False
        for need in needs:  # a piece every match holds (a year, a cased month name)
            ok = found.get(need)
            if ok is None:
                ok = found[need] = probes[need].search(text) is not None
            if not ok:
                missing = True
                break
        if not missing:
            yield kind, pattern


@cache
def _web_address() -> re.Pattern[str]:
    """The opening of a web address (dates.json 'web_address')."""
    return re.compile(date_data()["web_address"])


def _in_web_address(text: str, start: int) -> bool:
    """A date written inside a web address, after its opening, in the same run of non-space
    characters ('https://site.example/world/2025/06/02/slug'): the address's path, no claim."""
    run_start = start
    while run_start > 0 and not text[run_start - 1].isspace():
        run_start -= 1
    return _web_address().search(text, run_start, start) is not None


@cache
def _stamp_labels() -> re.Pattern[str]:
    """A forum's stamp label right before a date (dates.json 'stamp_labels')."""
    return re.compile("|".join(f"(?:{p})" for p in date_data()["stamp_labels"]), re.IGNORECASE)


def _stamp_label(text: str, start: int) -> bool:
    """A date a forum's member or quoted-post header stamps ('(Joined: Sep 2012 · Posts: 40)',
    'Quote from: a_name on Sat 6 Sep 2025'): the page's furniture, no date of the story."""
    line_start = text.rfind("\n", 0, start) + 1
    return _stamp_labels().search(text[line_start:start]) is not None


@cache
def _revision_mark() -> re.Pattern[str]:
    """A letter glued to a year that marks a table's figure provisional or revised ('Oct 2026p';
    dates.json 'year_revision_marks')."""
    return re.compile(rf"(?<!\w)({YEAR})(?:{alts(date_data()['year_revision_marks'])})\b")


def _without_revision_marks(text: str) -> str:
    """text with each year's revision mark blanked out, at the same offsets: the stages read
    'Oct 2026p' as 'Oct 2026'."""
    return _revision_mark().sub(r"\1 ", text)


#: Blanks that are no space within a line: line breaks, a tab, a unit separator.
NOT_SPACES = BREAK_CHARS | frozenset("\t\x1f")


def _without_space_entities(text: str) -> str:
    """text with each undecoded character reference of a space blanked out, at the same offsets:
    the stages read '12&nbsp;May&nbsp;2027' as '12 May 2027'. The references are the ones the
    parser decodes (claims.ingest.markup.entity_pieces, as claims.extract.rejoin.unescaped reads
    them); a space is a blank within a line (Unicode's space separators), not a line break or a tab."""
    if "&" not in text and "\\u" not in text:
        return text
    out: list[str] = []
    at = 0
    for start, end, char in entity_pieces(text):
        if len(char) == 1 and char.isspace() and char not in NOT_SPACES:
            out += [text[at:start], " " * (end - start)]
            at = end
    return "".join([*out, text[at:]]) if out else text


@lru_cache(maxsize=512)  # the date, quantity and sanction components each ask for one paragraph
def _find_dates(text: str) -> tuple[DateMatch, ...]:
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    token_matches: dict[str, list[tuple[int, int, dict[str, str]]]] | None = None
    scan = _without_space_entities(_without_revision_marks(text))
    for kind, pattern in _live_stages(scan):
        if isinstance(pattern, str):
            if token_matches is None:
                token_matches = _token_matches(text) if token_triggered(text) else {}
            candidates = [(s, e, s, e, f) for s, e, f in token_matches.get(kind, [])]
        else:
            candidates = [
                (*m.span("x"), _opening(m), m.end(), {k: v for k, v in m.groupdict().items() if v})
                for m in pattern.finditer(scan)
            ]
        for start, end, match_start, match_end, fields in candidates:
            surface_start = _surface_start(text, match_start, start)
            if any(s < end and start < e for s, e in taken):
                continue
            if kind in ("weekday", "weekday_pair") and not _weekday_ok(text, start, end):
                continue
            if in_dateline(text, start, end, kind):
                taken.append((surface_start, max(end, match_end)))  # and no part of it either
                continue
            if _in_web_address(text, surface_start):
                taken.append((start, end))  # '.../news/2026/03/24/slug': the address's path
                continue
            if _stamp_label(text, start):
                taken.append((start, end))  # 'Joined: Sep 2012': a member's stamp, no event
                continue
            if kind == "year_range" and _act_number(fields):
                taken.append((start, end))  # 'Decision (CFSP) 2018/35': an act's number, no years
                continue
            if kind in MOVABLE_STRETCHES and _moved_stretch(text, start, fields):
                continue  # its ends are found on their own
            if _credit().search(text, 0, start):
                continue  # '(Reporting by May Tan ...)': a reporter's first name
            if _corrected_away(text, start):
                taken.append((start, end))  # 'on 3 May, not 5 May': the wrong date a text corrects
                continue
            if kind == "day_part" and _final_day_part(text, start, fields):
                continue  # 'the last evening bus': the day's final one, not yesterday evening
            if fields.get("x") == fields.get("y") and _zone().match(text, end):
                continue  # 'by 1430 GMT': a clock time in hours and minutes, not a year
            if fields.get("future") and _narrated_past(text, start):
                fields = dict(fields)
                fields.pop("future")
            if fields.get("market_ahead"):  # 'for Friday delivery': ahead, whatever the tense
                fields = {**fields, "future": "1"}
            if _market_month(text, end, kind, fields):
                fields = {**fields, "future": "1"}  # 'offers for May loading': ahead, too
            if kind in (*ANCHORED, EVENT) and fields.get("n") and _duration_before(text, start):
                continue  # 'went without power for three days after ...': a duration
            if kind == "first_months" and _unanchored_weeks(text[start:end], fields):
                continue  # 'in its first five weeks': counted from a start the text leaves open
            if (
                _contract_name(text, end, fields)
                or _instrument_name(text, end, fields)
                or _particle_name(text, end, fields)
                or _abbreviation_name(text, end, fields)
            ):
                taken.append((start, end))  # 'the March futures': a contract's name, no period
                continue
            if fields.get("word") and _current_value(text, start, end):
                continue  # 'worth $2m at today's prices': the present as a price level, no day
            if fields.get("word") and _present_level(text, start, fields["word"]):
                continue  # 'to rise to 50, up from 38 today': the level now, no day
            if fields.get("word") and _present_state(text, start, end, fields["word"]):
                continue  # 'only 12% hold a permit today': how things stand now, no day
            if fields.get("word") and (_named_day_word(text, start) or _closing(text, start, end)):
                continue  # 'a reporter from Lutsk Today', 'that's it for tonight': no day
            if _box_label(text, surface_start, end):
                continue  # 'Top stories this month', 'Tonight on Channel 9:': a box's label
            if fields.get("season") and _habitual_season(text, start, end, fields):
                continue  # 'in winter the mill grinds less': every winter, no date
            if kind in ANCHORED and _compared_after(text, end):
                continue  # 'a month later than planned': a delay, not a date
            if kind in ANCHORED and _ahead_span(text, start, fields):
                continue  # 'over the next year': a stretch from publication ('next year' below)
            # 'to the end of 2027': the direction as of the bare edge; 'to' only marks the end
            edge_only = fields.get("prep", "").lower() in date_data()["edge_only_prepositions"]
            edge_prep = fields.pop("prep") if edge_only else None
            _flag(
                _headline_in_sentence_case(text, surface_start),
                kind,
                start,
                surface_start,
                fields,
                end,
            )
            if edge_prep is not None:
                fields["prep"] = edge_prep
            found.append(DateMatch(kind, start, end, surface_start, fields))
            taken.append((surface_start, max(end, match_end)))
    found.sort(key=lambda d: d.start)
    found = _without_column_heads(text, found)
    _carry_look_ahead(text, found)
    found = _with_rel_year(text, found)
    return tuple(
        d
        for i, d in enumerate(found)
        if d.kind != EVENT or (i > 0 and _apposed(text, found[i - 1], d))
    )


#: Cells of a table row: split by pipes.
CELL_SPLIT = re.compile(r"\s*\|\s*")
COLUMN_HEAD_DATES = 2


def _without_column_heads(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """Leave out the periods a table's header row names over its columns ("| | Aug 2025 |
    Aug 2024 | Change |", "| | H1 F2025 (cents) | H1 F2026 (cents) |"): two cells or more
    hold a period and no cell holds a figure of its own, so the row reports nothing; a label
    row ("2024: 3,100 | 2025: 1,200") holds its figures beside its periods."""
    heads: set[int] = set()
    for line in re.finditer(r"[^\n]+", text):
        if line.group().count("|") < COLUMN_HEAD_DATES:
            continue
        inside = [d for d in found if line.start() <= d.surface_start and d.end <= line.end()]
        if len(inside) < COLUMN_HEAD_DATES:
            continue
        rest = list(line.group())
        for d in inside:
            rest[d.surface_start - line.start() : d.end - line.start()] = " " * (
                d.end - d.surface_start
            )
        cells = [c for c in CELL_SPLIT.split("".join(rest)) if c.strip()]
        dated = {text[line.start() : d.surface_start].count("|") for d in inside}  # its cells
        if len(dated) >= COLUMN_HEAD_DATES and not any(re.search(r"\d", c) for c in cells):
            heads.update(id(d) for d in inside)
    return [d for d in found if id(d) not in heads]


@cache
def _contract_noun() -> re.Pattern[str]:
    return re.compile(rf"\s+(?i:{alts(date_data()['contract_name_nouns'])})\b")


def _contract_name(text: str, end: int, fields: dict[str, str]) -> bool:
    """A bare month right before a contract noun ('NYMEX Dec futures', 'its May contract'): the
    name of the contract traded, not a month the text reports (dates.json 'contract_name_nouns')."""
    if not fields.get("m") or fields.get("y") or fields.get("d"):
        return False
    return _contract_noun().match(text, end) is not None


@cache
def _name_particle() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{alts(date_data()['name_particles'])})\s+[A-Z]")


def _particle_name(text: str, end: int, fields: dict[str, str]) -> bool:
    """A bare month word, then a name's particle and a capitalised word ('the trawler Mar del
    Sur'): a word of a ship's, a place's or a firm's name, not a month (dates.json
    'name_particles')."""
    if not fields.get("m") or fields.get("y") or fields.get("d"):
        return False
    return _name_particle().match(text, end) is not None


@cache
def _capitalised_after_abbreviation() -> re.Pattern[str]:
    """A space and a capitalised word that is no month or weekday name ('Jan Thorsen')."""
    data = date_data()
    names = alts(sorted({*data["months"], *data["weekdays"]}, key=len, reverse=True))
    return re.compile(rf" (?!(?i:{names})\b)[A-Z][a-z]+\b")


def _abbreviation_name(text: str, end: int, fields: dict[str, str]) -> bool:
    """A bare month abbreviation with no dot right before a capitalised word that names no
    month or weekday ('Jan Thorsen', 'a lagoon called Mar Chico'): the first word of a person's
    or a place's name, not a month; the name written out ('May', 'March') is left to the other
    tests."""
    if not fields.get("m") or fields.get("y") or fields.get("d"):
        return False
    word = fields["m"].lower()
    months = date_data()["months"]
    if word not in months or not any(
        other != word and other.startswith(word) and number == months[word]
        for other, number in months.items()
    ):
        return False
    return (
        text[end - 1 : end] != "."
        and _capitalised_after_abbreviation().match(text, end) is not None
    )


@cache
def _instrument_noun() -> re.Pattern[str]:
    data = date_data()
    return re.compile(
        rf"\s+(?:[a-z]+\s+)?(?i:{alts(data['instrument_name_nouns'])})\b"
        rf"(?!\s+(?i:{alts(data['instrument_event_nouns'])})\b)"
    )


def _instrument_name(text: str, end: int, fields: dict[str, str]) -> bool:
    """A bare year right before a debt instrument ('the 2033 state bond'): its maturity,
    the paper's name, not a year the text reports (dates.json 'instrument_name_nouns')."""
    if set(fields) - {"x", "y", "prep"} or fields.get("x") != fields.get("y"):
        return False
    return _instrument_noun().match(text, end) is not None


@cache
def _current_value_after() -> re.Pattern[str]:
    nouns = alts(date_data()["current_value_nouns"])
    return re.compile(rf"['’]s\s+(?:[a-z]+\s+)?(?i:{nouns})\b")


def _current_value(text: str, start: int, end: int) -> bool:
    """'at today's prices', 'at today's exchange rate': a level of the present, not a day."""
    before = text[max(0, start - 4) : start]
    return re.search(r"\b(?i:at)\s+$", before) is not None and bool(
        _current_value_after().match(text, end)
    )


@cache
def _level_before() -> re.Pattern[str]:
    """A figure a change or comparison starts from, right before a day word: 'from 38 ',
    'than 2.3 million ', 'compared with about 12% '."""
    data = date_data()
    preps = alts(data["comparison_prepositions"] + data["comparison_words"])
    return re.compile(
        rf"\b(?i:{preps})\s+(?:(?i:{alts(data['level_hedges'])})\s+)?[$€£]?\d[\d,.]*"
        rf"(?:\s?%|\s+(?i:{alts(data['level_multipliers'])}))?"
        rf"(?P<what>(?:\s+[A-Za-z]+){{0,{LEVEL_WORDS}}})\s+$"
    )


#: Words that may name what a level measures between its figure and the day word ('from about
#: 5% of GDP today', 'against 4 hours by bus today').
LEVEL_WORDS = 3


#: A lower-case word this long marks a line as running text, not a headline in title case.
RUNNING_WORD = re.compile(r"\b[a-z]{5,}\b")


def _named_day_word(text: str, start: int) -> bool:
    """A day word written with a capital right after a capitalised word in a line of running
    text ('a question from Odesa Today', 'said the host of Business Tonight'): the last word of
    a name, an outlet or a programme; not after a preposition ('From Today'), and not in a
    headline whose words all take capitals ('Ministers Meet Today')."""
    if not text[start : start + 1].isupper() or text[start + 1 : start + 2].isupper():
        return False
    # the word right before, no sentence's end between ('... in Lima. Today the ...')
    before = re.search(r"(?<![\w'’.])(?P<w>[A-Z][\w'’-]*)[ \t]+$", text[max(0, start - 40) : start])
    if before is None or before.group("w").lower() in date_data()["prepositions"]:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return RUNNING_WORD.search(line) is not None


@cache
def _box_label_parts() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A box's label around a date that names its time (dates.json 'box_label_leads',
    'box_label_channel_words'): before it a listing's lead or a channel, after it a channel or
    nothing, then a colon or the line's end; a channel is named after its word ('on')."""
    data = date_data()
    channel = (
        rf"(?i:{alts(data['box_label_channel_words'])})[ \t]+[A-Z][\w'’&-]*"
        r"(?:[ \t]+[A-Z0-9][\w'’&-]*){0,3}"
    )
    leads = alts(data["box_label_leads"])
    before = re.compile(rf"[ \t]*(?:(?P<lead>(?i:{leads}))|(?P<channel>{channel}))[ \t]+")
    after = re.compile(rf"(?P<channel>[ \t]+{channel})?[ \t]*(?P<rest>:[^\n]*|$)", re.M)
    return before, after


def _box_label(text: str, start: int, end: int) -> bool:
    """'Trending this month', 'Coming up next week', 'Tonight on Channel 9: 20:00 News': a line that
    is only a ranking's or a line-up's label with the time it covers is the page's furniture.
    A line-up's label names its channel; a listing's opens with its lead and closes the line
    (or its colon)."""
    line_start = text.rfind("\n", 0, start) + 1
    before, after = _box_label_parts()
    lead = before.fullmatch(text, line_start, start)
    tail = after.match(text, end)
    if tail is None or (lead is None and text[line_start:start].strip()):
        return False
    if lead is None:
        return tail.group("channel") is not None  # 'TONIGHT ON JRB: ...'
    if tail.group("channel") is not None:
        return False
    return lead.group("channel") is not None or tail.group("rest").strip() in ("", ":")


@cache
def _closing_before() -> re.Pattern[str]:
    words = alts(date_data()["closing_day_word_leads"])
    return re.compile(rf"\b(?i:{words})\s+for\s+$")


def _closing(text: str, start: int, end: int) -> bool:
    """'Well, that's it for tonight!', 'enough for today.': a speaker or a page closing its
    session, which dates no event (dates.json 'closing_day_word_leads'); the day word ends its
    sentence or clause."""
    return (
        _closing_before().search(text, max(0, start - 30), start) is not None
        and re.match(r"\s*(?:[.!,]|$)", text[end : end + 3]) is not None
    )


def _present_level(text: str, start: int, word: str) -> bool:
    """'a target of 1,200 stations, up from 860 today': 'today' after the figure a change
    counts from (and what it measures: 'from 5% of GDP today') names the present level, not a
    day the text reports; not when a verb follows the figure ('than 40 people were hurt
    today')."""
    if date_data()["day_words"].get(word.lower()) != 0:
        return False
    level = _level_before().search(text[max(0, start - 80) : start])
    if level is None:
        return False
    what = level.group("what")
    verbs = _auxiliaries() | set(date_data()["past_verbs"])
    return not any(w.lower() in verbs or w.endswith(("ed", "ing")) for w in VERB_WORD.findall(what))


#: What closes a clause around a day word: a sentence's or a line's end, a semicolon or a
#: colon, a dash set off by spaces; after the day word a comma closes it too.
CLAUSE_OPENER = re.compile(r"[.!?;:]\s|\n|\s[-–—]\s")
CLAUSE_CLOSER = re.compile(r"[.!?;:\n]|,\s|\s[-–—]\s")
#: A clock time in a clause ('at 18:00', '6 pm'): its figure is a time of that day, no level.
CLAUSE_CLOCK = re.compile(r"\d\s*(?:[ap]\.?m\b|h\b)|\d[:.][0-5]\d\b|\bat\s+\d", re.IGNORECASE)
#: A participle: a word in -ed or -en.
PARTICIPLE_WORD = re.compile(r"[a-z]+(?:ed|en)")


@cache
def _present_clause_opener() -> re.Pattern[str]:
    """Where a clause ending on a day word may open: a sentence or line break, a dash, or a
    coordinator after a comma ('..., and 40 firms hold one today'; dates.json
    'present_state_coordinators')."""
    words = alts(date_data()["present_state_coordinators"])
    return re.compile(rf"{CLAUSE_OPENER.pattern}|,\s+(?:{words})\s", re.IGNORECASE)


def _present_state(text: str, start: int, end: int, word: str) -> bool:
    """'the plant treats about 6,000 litres today', 'today a licence needs 19 days': a day word
    that opens or closes a clause stating a figure with a present-tense verb of a state or a
    standing measure means 'at present', a vague reference, no day (dates.json
    'present_state_verbs'); not with a past, perfect, future or modal word there, an
    infinitive, a clock time or a participle ('the 30 firms named today',
    'the rule applies from 18:00 today')."""
    data = date_data()
    if word.lower() not in data["present_state_day_words"] or text[end : end + 1] in ("'", "’"):
        return False
    openers = list(_present_clause_opener().finditer(text, max(0, start - 200), start))
    before = text[openers[-1].end() if openers else max(0, start - 200) : start]
    closer = CLAUSE_CLOSER.search(text, end, end + 200)
    after = text[end : closer.start() if closer else min(len(text), end + 200)]
    if before.strip() and after.strip():
        return False  # inside its clause: 'the 12 firms named today had ...'
    clause = before if before.strip() else after
    if not re.search(r"\d", clause) or CLAUSE_CLOCK.search(clause):
        return False
    words = VERB_WORD.findall(clause)
    lowered = [w.lower() for w in words]
    if set(lowered) & set(data["present_state_blockers"]):
        return False
    if any(PARTICIPLE_WORD.fullmatch(w) for w in words):
        return False  # 'firms blacklisted by the regulator today': an event's participle
    return bool(set(lowered) & set(data["present_state_verbs"]))


AHEAD = ("future", "future_cue", "soon")


def _unanchored_weeks(words: str, fields: dict[str, str]) -> bool:
    """'the first six weeks' with no month or year after it: weeks count from an event's start
    (a launch, a reopening), not a calendar date; 'the opening months of 2031' are of the year."""
    weeks = fields.get("unit", "").lower().startswith("week")
    return weeks and re.search(r"\sof\s", words) is None


def _carry_look_ahead(text: str, found: list[DateMatch]) -> None:
    """A sequence told ahead ('will hold on 9 May, then cut in June and again in August'): a
    yearless date joined by 'then', 'and', 'again' to a date that looks ahead in the same
    sentence looks ahead too (gently: future_cue moves it only when the past reading is far);
    not when a word between tells of what came before ('from 9 May, months after it cut oil and
    gas in March': dates.json 'earlier_links')."""
    data = date_data()
    joins = re.compile(rf"\b(?i:{alts(data['sequence_connectors'])})\b")
    preps = set(data["sequence_prepositions"])
    for before, match in pairwise(found):
        fields = match.fields
        if (
            match.kind in data["yearless_kinds"]  # publication decides their year or week
            and any(f in before.fields for f in AHEAD)
            and not any(f in fields for f in (*AHEAD, "y", "rel", "relweek"))
            and fields.get("prep", "").lower() in preps
            and joins.search(text, before.end, match.surface_start)
            and not _finite_past(text[before.end : match.surface_start], unambiguous=True)
            and not _earlier_link().search(text, before.end, match.surface_start)
            and len(sentence_before(text, match.start)) >= match.start - before.start
        ):
            fields["future_cue"] = "1"


def _market_month(text: str, end: int, kind: str, fields: dict[str, str]) -> bool:
    """A yearless month a trade is for, its delivery word after it ('offers for June shipment'):
    the coming one (dates.json 'market_period_prepositions', 'market_periods_for')."""
    return (
        kind == "month"
        and not fields.get("y")
        and fields.get("prep", "").lower() in date_data()["market_period_prepositions"]
        and _market_period_after().match(text, end) is not None
    )


@cache
def _market_period_after() -> re.Pattern[str]:
    """A trade's delivery word right after a month ('for June shipment'; dates.json
    'market_periods_for')."""
    return re.compile(rf"\s+(?i:{alts(date_data()['market_periods_for'])})\b")


def _act_number(fields: dict[str, str]) -> bool:
    """A year and two digits after a slash that no short run of years reaches ('2018/35', against
    '2025/26' and '2020/22'): the number of an act or a case in its year."""
    y1, y2 = fields.get("y1", ""), fields.get("y2", "")
    return (
        fields.get("sep") == "/"
        and len(y1) == 4
        and len(y2) == 2
        and (int(y2) - int(y1)) % 100 > ACT_NUMBER_GAP
    )


def _cue_of_an_earlier_date(between: str) -> bool:
    """Whether a day or month stands between a look-ahead word and the date: the word governs
    that one ('kept the ban until 30 June on accounts frozen in March')."""
    return _date_word().search(between) is not None


@cache
def _date_word() -> re.Pattern[str]:
    return re.compile(rf"\d|\b{month_re()}|\b{month_re(upper=True)}")


def _past_copula_before(text: str, cue_at: int) -> bool:
    """A past form of 'be' (or 'fall', 'become') right before a look-ahead word ('was payable',
    'had been due', 'fell due'): the deadline is told as one that stood then."""
    words = re.findall(r"[A-Za-z]+", text[max(0, cue_at - 30) : cue_at])
    return bool(words) and words[-1].lower() in date_data()["past_copulas"]


def _opening(m: re.Match[str]) -> int:
    """Where a match's surface may open: at its preposition when it has one (the verb of
    'pushed back to 2026' is context, not date words), else at the match."""
    return m.start("prep") if m.groupdict().get("prep") else m.start()


#: Kinds that take a following "last/this/next year" as their year ("4 May last year"), and
#: the field it fills; a weekday takes "last/this/next week" ("Tuesday next week").
REL_TAKERS = {
    "day_month": "rel",
    "month_day": "rel",
    "part_month": "rel",
    "weekday": "relweek",
    "weekday_pair": "relweek",
}
REL_AFTER = {
    "rel": re.compile(r"\s+(?:of\s+)?(?P<rel>(?i:last|this|next))\s+year\b"),
    "relweek": re.compile(r"\s+(?P<rel>(?i:last|this|next))\s+week\b"),
}


def _with_rel_year(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """A day or part of a month right before "last/this/next year" is one date with that year
    ("on 4 May last year", "early June next year"), and a weekday before "last/this/next week"
    one day of that week: one claim each, not two."""
    out: list[DateMatch] = []
    skip: set[int] = set()
    for i, d in enumerate(found):
        if i in skip:
            continue
        key = REL_TAKERS.get(d.kind)
        rel = REL_AFTER[key].match(text, d.end) if key else None
        if (
            key
            and rel
            and not (set(d.fields) & {*REL_AFTER, "rel"})
            and not re.search(YEAR, text[d.start : d.end])
        ):
            nxt = i + 1 < len(found) and found[i + 1]
            if nxt and nxt.start == rel.start("rel"):
                skip.add(i + 1)
            d = DateMatch(
                d.kind, d.start, rel.end(), d.surface_start, {**d.fields, key: rel["rel"]}
            )
        out.append(d)
    return _shared_rel_year(text, out)


def _shared_rel_year(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """Coordinated days or parts of months share the year named after the last one ('late March
    and early April last year', 'on 2 May or 9 June next year')."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        first, second = out[i], out[i + 1]
        kinds = date_data()["coordinated_year_kinds"]  # a day or a part of a month, not a weekday
        key = REL_TAKERS.get(first.kind)
        if (
            key is not None
            and first.kind in kinds
            and second.kind in kinds
            and key in second.fields
            and key not in first.fields
            and not re.search(YEAR, text[first.start : first.end])
            and COORDINATED.fullmatch(text, first.end, second.surface_start)
        ):
            fields = {**first.fields, key: second.fields[key]}
            out[i] = DateMatch(first.kind, first.start, first.end, first.surface_start, fields)
    return out


COORDINATED = re.compile(r",?\s+(?:and|or)\s+(?:(?:on|in)\s+)?")


def _headline_in_sentence_case(text: str, at: int) -> str:
    """`text` with the line holding `at` in sentence case when that line is a headline in
    capitals or with every word capitalised ('DOCKERS TO STRIKE ON FRIDAY', 'Dockers To Strike
    On Friday'): the direction flags read its verbs as a lower-case line's ('to strike').
    Offsets stay as they were; any other line is left as it is."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    words = re.findall(r"[^\W\d_]+", line)
    if len(words) < 3 or re.search(r"[.!?|\t](?:\s|$)|[|\t]", line.rstrip()):
        return text  # a sentence, or a table's row ('ETA 29/11 | Ocean Nova | Berth 2')
    capitals = line.upper() == line
    titled = (
        all(w[0].isupper() for w in words if len(w) > 3)
        and sum(w[0].isupper() for w in words) >= len(words) - 2
    )
    if not (capitals or titled):
        return text
    lead = len(line) - len(line.lstrip())
    rest = line[lead + 1 :]
    if not capitals:  # a capitalised headline keeps its acronyms ('EU', 'ETA')
        rest = re.sub(r"\b[A-Z][a-z]+\b", lambda w: w.group(0).lower(), rest)
    cased = line[: lead + 1] + (rest.lower() if capitals else rest)
    if len(cased) != len(line):
        return text
    return f"{text[:line_start]}{cased}{text[line_end:]}"


def _flag(
    text: str, kind: str, start: int, surface_start: int, fields: dict[str, str], end: int = 0
) -> None:
    """Look-ahead flags: a plain cue right before the date ('until', 'expected in'), a cue in the
    sentence ('will ban ... from'), or a preposition that often points ahead ('from', 'by')."""
    if fields.get("prep", "").lower() in _determiners():  # 'its June outlook': no preposition
        fields.pop("prep")
    if fields.get("compact") and not fields.get("prep") and _label_place(text, surface_start, end):
        fields["label_end"] = "1"  # 'Reserves, end-May: $3bn', '(end-June 2026)'
    if kind in MOVABLE_STRETCHES and PERIOD_LABEL_AFTER.match(text, end):
        fields["period_label"] = "1"  # 'Exports Jan-Nov: 41 kt', '(December-February)'
    # 'damage from Monday's storm': the preposition governs the noun the date is a possessive
    # of, so it says nothing of the date's direction (a look-ahead word still does: 'until')
    prep = "" if POSSESSIVE.match(text, end) else fields.get("prep", "").lower()
    ahead = _future().search(text[max(0, surface_start - 40) : start])
    if ahead and _attributive_cue(text, max(0, surface_start - 40) + ahead.start(), start):
        ahead = None  # 'cancelled 38 of the 400 scheduled sailings in April': a told past
    if ahead and _cue_of_an_earlier_date(text[max(0, surface_start - 40) + ahead.end() : start]):
        ahead = None  # 'prolonged until 30 November a ban imposed in March': the other's cue
    if ahead and _elliptic_cue(text, max(0, surface_start - 40) + ahead.start()):
        ahead = None  # 'the vote took place as expected on Sunday': the clause's verb tells
    if ahead and _appositive_cue(text, max(0, surface_start - 40) + ahead.start(), end):
        ahead = None  # 'the ferry, due on Monday, docked a day late': the main verb tells
    if ahead and _passed_deadline(text, max(0, surface_start - 40) + ahead.start(), start, end):
        ahead = (
            None  # 'the listing went through when no bidder appealed before a cut-off on Friday'
        )
    told = _told_right_after(text, end)  # 'after the board on Monday backed the plan'
    if told:
        ahead = None
    # 'the coupon was payable on 3 November': a cue told in the past points ahead only when the
    # past reading is far back (future_cue), not plainly
    gentle = ahead is not None and _past_copula_before(
        text, max(0, surface_start - 40) + ahead.start()
    )
    open_end = prep in date_data()["open_end_prepositions"]
    if _listed_ahead(text[:surface_start], text[surface_start:]):
        fields["future"] = "1"  # an item under 'Coming up' or 'Diary': dates ahead
    elif (ahead or open_end) and _lasted(text, surface_start, start):
        pass  # 'the curfew lasted until 6 October', 'prices climbed through May': looking back
    elif ahead:
        fields["future_cue" if gentle else "future"] = "1"
    elif open_end:
        fields["future_cue"] = "1"  # 'the waiver runs through 15 September'
    elif _soft_ahead_before(text, surface_start, start, end) and not told:
        fields["future_cue"] = "1"  # 'police stepped up patrols ahead of Saturday's march'
    elif directed := _directed(sentence_before(text, surface_start), prep):
        fields[directed] = "1"  # 'the board has told the firm to file its plan by 9 May'
    elif _moved_to().search(text, max(0, surface_start - MOVED_TO_CHARS), start):
        fields["future_cue"] = "1"  # 'the hearing was adjourned to 3 March': the new day, ahead
    elif (
        _cue_still_holds(said := sentence_before(text, surface_start), text[end : end + 40], prep)
        and (
            _unshifted(said) != said
            or not _past_verb_before(
                _without_cue_relatives(
                    _without_participles(text, surface_start), surface_start, prep
                ),
                surface_start,
            )
        )
        and not told
    ):  # not 'officials will ..., the ministry said on Friday'
        fields["future_cue"] = "1"
    elif _in_subject(said) and _cue_after(text, end):
        # 'In the autumn the court will rule', 'a tax on the May ballot would raise ...': the
        # date opens the sentence or sits in its subject; a phrase of the subject right before
        # its modal ('the census in December will show') dates the one ahead
        phrase_ahead = bool(fields.get("prep")) and _modal_right_after(text, end)
        fields["future" if phrase_ahead else "future_cue"] = "1"
    elif _progressive_before(text, surface_start, fields):
        fields["future_cue"] = "1"  # 'the envoys are meeting on Tuesday'
    elif _scheduled_before(text, surface_start, fields):
        fields["future_cue"] = "1"  # 'ministers meet on Monday', 'the court rules Tuesday'
    elif _headline_infinitive(text, surface_start):
        fields["future_cue"] = "1"  # 'Dockers to strike on Friday': a headline's 'is to'
    elif _level_change().search(text[max(0, surface_start - 50) : surface_start]):
        fields["future_cue"] = "1"  # 'the fee rises to $3 in March', said months ahead
    elif _level_change_then_figures(text, surface_start, end):
        fields["future_cue"] = "1"  # 'the fee rises on 1 March from $2 to $3'
    elif _present_question(text, surface_start, end):
        fields["future"] = "1"  # 'What changes for renters in April?'
    elif _named_by_copula(text, surface_start):
        fields["future_cue"] = "1"  # 'the last day to apply is 20 June'
    if fields.get("future_cue") and _base_level(sentence_before(text, surface_start)[-40:]):
        fields.pop("future_cue")  # '..., up from 22,500 on Tuesday': the level before, behind
    if (
        kind in date_data()["told_past_span_kinds"]
        and not {"future", "future_cue"} & set(fields)
        and _clause_in_past(text, start, end)
    ):
        fields["told_past"] = "1"  # 'the survey ran from 3 May to 9 July': a stretch behind
    if prep in date_data()["soon_prepositions"] and not _done_by(text, surface_start, fields, end):
        fields["soon"] = "1"
    elif prep in date_data()["soon_unless_past_prepositions"] and (
        not _clause_in_past(text, start, end) or _arranged_for(text, surface_start, end)
    ):
        fields["soon"] = "1"  # a strike called for a day ahead; not a sale held for a day past


@cache
def _directive() -> re.Pattern[str]:
    """A directive in force, told in the present or the present perfect, then its addressee and
    a 'to' infinitive, up to the date's deadline preposition (dates.json 'directive_verbs')."""
    data = date_data()
    perfect = alts(data["directive_verbs"]["perfect"])
    present = alts(data["directive_verbs"]["present"])
    told = rf"(?:\b(?:has|have)\s+(?:[a-z]+\s+)?(?:{perfect})|\b(?:{present}))"
    return re.compile(
        rf"(?i:{told})\s+(?:[\w'’.-]+\s+){{1,6}}?to\s+[a-z]+\b(?:\s+[\w'’.-]+){{0,10}}\s*$"
    )


@cache
def _past_directive() -> re.Pattern[str]:
    """A directive told in the past, active or passive ('the court ordered the firm to repay',
    'the others were told to reapply'), then a 'to' infinitive, up to the date's deadline
    preposition: the perfect forms of dates.json 'directive_verbs' are also its past forms."""
    past = alts(date_data()["directive_verbs"]["perfect"])
    return re.compile(
        rf"\b(?i:{past})\s+(?:[\w'’.-]+\s+){{0,6}}?to\s+[a-z]+\b(?:\s+[\w'’.-]+){{0,10}}\s*$"
    )


@cache
def _wish() -> re.Pattern[str]:
    """A wish told in the present ('we want the night bus back', 'growers need the levy cut'),
    its object in at most six words, up to the date (dates.json 'wish_verbs')."""
    verbs = alts(date_data()["wish_verbs"])
    return re.compile(rf"\b(?i:{verbs})\s+(?:[\w'’.-]+\s+){{1,6}}?$")


def _directed(said: str, prep: str) -> str:
    """A deadline ('by', 'before') that a directive in force sets its addressee ('the council has
    asked the operator to submit a plan by 30 June'): the day is ahead of the directive, so the
    next one ('future'); not in a clause of its own after a comma. So too a start or deadline
    ('from', 'by') a wish in the present asks for ('we want the ferry back from May'). A directive
    told in the past ('the rest were told to reapply by 30 June') sets a day after itself, which
    may lie behind the page too: the next one only when the last is months back ('future_cue')."""
    clause = re.split(r"[,;:]\s", said)[-1]
    if prep.lower() in date_data()["wish_prepositions"] and _wish().search(clause):
        return "future"
    if prep.lower() not in date_data()["directive_deadline_prepositions"]:
        return ""
    if _directive().search(clause):
        return "future"
    return "future_cue" if _past_directive().search(clause) else ""


@cache
def _moved_to() -> re.Pattern[str]:
    """A verb that moves an event, then 'to' (or 'until', 'for') right before the date; or one
    that extends a term, with its longer object between ('renewed the ban on the shipper's
    three vessels to 30 Nov'): the new end, as a moved day."""
    data = date_data()
    moved = rf"(?i:{'|'.join(data['moved_to_verbs'])})\s+(?:[\w'’]+\s+){{0,3}}?"
    extended = (
        rf"(?i:{'|'.join(data['extension_verbs'])})\s+(?:[\w'’.-]+\s+){{0,{EXTENDED_OBJECT}}}?"
    )
    return re.compile(rf"\b(?:{moved}|{extended})(?i:{alts(data['moved_to_prepositions'])})\s+$")


@cache
def _soft_ahead() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A soft look-ahead word right before the date or a few words before it ('ahead of the July
    lull'); and a word or figure that measures a lead ('5% ahead of March'), which compares with
    the date instead (dates.json 'soft_look_ahead_words', 'soft_look_ahead_leads')."""
    data = date_data()
    words, leads = alts(data["soft_look_ahead_words"]), alts(data["soft_look_ahead_leads"])
    gap, preps = data["soft_look_ahead_gap"], alts(data["soft_look_ahead_preps"])
    return (
        re.compile(rf"\b(?i:{words})\s+(?:[\w'’-]+\s+){{0,{gap}}}?(?:(?i:{preps})\s+)?$"),
        re.compile(rf"(?:[\d%]|(?<![\w])(?i:{leads}))\s*$"),
    )


def _soft_ahead_before(text: str, surface_start: int, start: int, end: int) -> bool:
    """A soft look-ahead word before the date ('ahead of Friday's rally'), no lead measured, and
    no deadline between that a sentence told in the past has seen pass ('rejected the offer
    ahead of the deadline on Monday')."""
    cue, lead = _soft_ahead()
    found = cue.search(text, max(0, surface_start - SOFT_AHEAD_CHARS), start)
    if found is None or lead.search(text, max(0, found.start() - 20), found.start()):
        return False
    nouns = [m.start() for m in re.finditer(r"[A-Za-z]+", found.group())]
    return not any(_passed_deadline(text, found.start() + at, start, end) for at in nouns)


#: The characters before a date searched for a soft look-ahead word.
SOFT_AHEAD_CHARS = 60
#: The most words between a verb that extends a term and the 'to' before its new end.
EXTENDED_OBJECT = 9
#: The characters before a date searched for a verb that moves it or extends a term to it.
MOVED_TO_CHARS = 90


@cache
def _look_ahead_label() -> re.Pattern[str]:
    """A look-ahead heading as a line's label, its colon written ('Week ahead: ...')."""
    return re.compile(rf"\s*(?i:{'|'.join(date_data()['look_ahead_headings'])})\s*:\s")


@cache
def _look_ahead_heading() -> re.Pattern[str]:
    numbered = r"(?:(?:\d{1,2}|[IVX]{1,4})[.)]\s+)?"  # a digest's section: '4) Coming up'
    return re.compile(rf"{numbered}(?i:{'|'.join(date_data()['look_ahead_headings'])})\s*:?\s*")


def _listed_ahead(before: str, rest: str = "") -> bool:
    """A date on a bulleted line (`before`: the text up to it) of a list whose heading looks
    ahead ('Coming up', 'Week ahead', 'Key dates'): every item is something still to come; so
    is every item on a line that such a heading labels ('Calendar: CPI on 14 May; ...'), and a
    date that opens a diary line, a dash after it (`rest`: the text from the date on), under
    such a heading ('Mar. 3 - budget vote' below 'Looking ahead')."""
    lines = before.split("\n")
    if _look_ahead_label().match(lines[-1]):
        return True
    led = not lines[-1].strip() and DATED_ITEM.match(rest.split("\n")[0]) is not None
    if not BULLET_LINE.match(lines[-1]) and not led:
        return False
    for line in reversed(lines[:-1]):
        if not BULLET_LINE.match(line) and not DATED_ITEM.match(line):
            return _look_ahead_heading().fullmatch(line.strip()) is not None
    return False


BULLET_LINE = re.compile(r"\s*[-–—•*·▪]\s+\S")
#: A diary line led by its day, a spaced dash after it ('Apr. 9 – rate decision', '9 April -
#: hearing'): a short lead holding a digit, no dash inside it.
DATED_ITEM = re.compile(r"\s*(?=[^\n–—-]{0,20}\d)[^\n–—-]{2,20}?\s[–—-]\s+\S")
#: A possessive's ending right after a date ("Monday's", "June’s").
POSSESSIVE = re.compile(r"['’]s\b")
#: After a date, a possessive and, within three words ('budget of', 'record'), a figure that
#: may open with a currency code or sign: the period's own level ('last year's 6.1 million',
#: 'this year's budget of SEK 9 billion'), so a change measured against it still dates it.
OWN_FIGURE_AFTER = re.compile(r"['’]s(?:\s+[^\W\d][\w-]*){0,3}(?:\s+[A-Z]{2,3}|\s*[$€£¥₹])?\s*\d")


def _attributive_cue(text: str, at: int, upto: int | None = None) -> bool:
    """A look-ahead participle used as an adjective after a determiner or a number ('the
    expected 400 sailings', '412 scheduled flights'), in a sentence told in the past: it
    describes a noun, it sets no date ahead."""
    cue = re.match(r"[A-Za-z]+", text[at:])
    if cue is None or not cue.group().lower().endswith("ed"):
        return False
    before = re.findall(r"[A-Za-z]+|\d[\d,.]*", text[max(0, at - 30) : at])[-1:]
    if not before or not (before[0].lower() in _determiners() or _counted(before[0])):
        return False
    rest = text[at + cue.end() : at if upto is None else upto]  # the cue itself left out
    # a subjectless participle ('with costs tipped higher') tells no act done, as elsewhere
    return _finite_past(PARTICIPLE.sub("", sentence_before(text, at)) + " " + rest)


def _passed_deadline(text: str, at: int, start: int, end: int) -> bool:
    """A look-ahead noun after a determiner ('a deadline on Monday') in a sentence told in the
    past: the deadline has passed, so the date is the past day it fell on (dates.json
    'look_ahead_nouns'); 'the deadline is Friday' has no past verb and still looks ahead."""
    cue = re.match(r"[A-Za-z]+", text[at:])
    if cue is None or cue.group().lower() not in date_data()["look_ahead_nouns"]:
        return False
    before = re.findall(r"[A-Za-z]+", text[max(0, at - 12) : at])[-1:]
    if not before or before[0].lower() not in _determiners():
        return False
    return _told_in_past(text, start, end)


def _elliptic_cue(text: str, at: int) -> bool:
    """A look-ahead participle right after an elliptic opener ('as expected', 'as scheduled'):
    it says the event kept to plan, not when it falls; the clause's own verb does."""
    before = re.findall(r"[A-Za-z]+", text[max(0, at - 12) : at])[-1:]
    openers = {*date_data()["elliptic_openers"], *date_data()["comparison_cue_openers"]}
    return bool(before) and before[0].lower() in openers


def _appositive_cue(text: str, at: int, end: int) -> bool:
    """A look-ahead word opening a phrase set off by commas ('the ferry, due on Friday
    evening, docked late'), and right after the closing comma a verb in the past in the
    active voice (dates.json 'appositive_past_not': no copula or auxiliary, so not 'was
    postponed'): the plan stood then, and the clause's verb tells the day is behind."""
    if not re.search(r",\s*$", text[max(0, at - 3) : at]):
        return False
    parts = alts(date_data()["day_parts"])
    after = re.match(rf"(?:\s+(?i:{parts}))?\s*,\s+([a-z]+)\b", text[end:])
    if after is None:
        return False
    verb = after.group(1)
    past = verb in date_data()["past_verbs"] or verb.endswith("ed")
    return past and verb not in date_data()["appositive_past_not"]


def _told_right_after(text: str, end: int) -> bool:
    """A verb in the past right after the date, with its object rather than a preposition
    after it: the date sits between a clause's subject and its verb ('the board on Monday
    backed the plan'), so that clause is told in the past whatever the sentence said before;
    a participle that opens a phrase ('Monday based on', 'Friday followed by') is none."""
    found = re.match(r"\s+([a-z]+)\s+([A-Za-z]+)", text[end:])
    if found is None:
        return False
    verb, next_word = found.group(1), found.group(2).lower()
    past = verb in date_data()["past_verbs"] or verb.endswith("ed")
    return past and next_word not in date_data()["prepositions"]


def _lasted(text: str, surface_start: int, start: int) -> bool:
    """An end point ('until', 'through') after a verb in the past in its clause: how long
    something lasted, told looking back; not a term set ahead ('extended until', 'renewed')."""
    before = text[max(0, surface_start - 40) : start]
    if not re.search(rf"\b(?i:{alts(date_data()['end_point_words'])})\s+$", before):
        return False
    sentence = sentence_before(text, surface_start)
    clause = re.split(r"[,;:]\s", sentence)[-1]
    if _extension().search(clause) or _coordinated_base(sentence):
        return False
    cues = list(_future_cue().finditer(clause))
    if cues:  # 'rules that were due to lapse will now stay until': the verb after the cue governs
        clause = clause[cues[-1].end() :]
    return _finite_past(clause)


def _coordinated_base(sentence: str) -> bool:
    """A form that is its own base too ('cut', 'set') right after 'and' or 'or', under a modal
    with no verb plainly in the past after it ('would add wagons by June and cut fees until
    March'): the modal's base form, a term set ahead, not how long a past act lasted."""
    data = date_data()
    modals = list(re.finditer(rf"\b(?:{alts(data['governing_modals'])})\b", sentence))
    if not modals:
        return False
    after = sentence[modals[-1].end() :]
    if _finite_past(after, unambiguous=True):
        return False
    joined = rf"\b(?:{alts(data['base_coordinators'])})\s+(?:{alts(data['base_like_pasts'])})\b"
    return re.search(joined, after) is not None


@cache
def _extension() -> re.Pattern[str]:
    return re.compile(rf"\b(?i:{'|'.join(date_data()['extension_verbs'])})\b")


#: A stretch that labels the figure after its colon or a bracket it closes ('Exports Jan-Nov:
#: 41 kt'): a period reported, never one still running.
PERIOD_LABEL_AFTER = re.compile(r"[ \t]*[:)]")

#: A label's date: after a line's start, a comma or an opening bracket, before a colon, a
#: closing bracket, a dot leader or the line's end.
LABEL_BEFORE = re.compile(r"(?:^|[,(])[ \t]*$")
LABEL_AFTER = re.compile(r"[ \t]*(?:[:)]|\.{3}|$)", re.M)


def _label_place(text: str, start: int, end: int) -> bool:
    """A date set as a label ('Gross reserves, end-May: ...', 'Key figures (end-June 2026)')."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(LABEL_BEFORE.search(text[line_start:start]) and LABEL_AFTER.match(text, end))


@cache
def _question_opener() -> re.Pattern[str]:
    """A question word then a verb in the simple present ('What changes ', 'Who pays ';
    dates.json 'present_question_openers'): a verb of three letters or fewer ('is', 'was',
    'has') is not one."""
    words = alts(date_data()["present_question_openers"])
    return re.compile(rf"^\s*(?:{words})\s+[a-z]{{3,}}s\b")


def _present_question(text: str, surface_start: int, end: int) -> bool:
    """A question told in the simple present that the date ends ('What changes on January 1?',
    'Who pays the levy from April?'): it asks what happens then, so the date is ahead."""
    if _question_opener().search(sentence_before(text, surface_start)) is None:
        return False
    rest = re.match(r"[^.!?\n]*[.!?]?", text[end : end + 80])
    return rest is not None and rest.group().endswith("?")


#: A participle right after the base verb that follows a future cue is its object's adjective
#: ('will publish updated guidance', 'plans to issue revised figures'), no past tense.
OBJECT_PARTICIPLE = re.compile(r"^(\s*(?![a-z]+ed\b)[a-z]+\s+)([a-z]+ed)\b(?=\s+[a-z])")


def _cue_still_holds(sentence: str, after_date: str = "", prep: str = "") -> bool:
    """A future cue in the sentence before the date, with no verb in the past after it: not a
    quote that looks ahead and its speaker ('"we will win," he said in a speech on Friday'), nor
    a plan that then failed ('a bid to delay the vote won only four votes on Friday')."""
    cues = [
        c
        for c in _future_cue().finditer(sentence)
        if not _attributive_cue(sentence, c.start(), len(sentence))
        and not _elliptic_cue(sentence, c.start())  # 'quicker than forecast': no plan ahead
        and not _trailing_participle_of_past(sentence, c, after_date)
    ]
    if not cues:
        return False
    after = sentence[cues[-1].end() :]
    # the base verb's object may open with a participle ('will publish updated guidance')
    after = OBJECT_PARTICIPLE.sub(lambda m: m.group(1) + " " * len(m.group(2)), after)
    last = re.findall(r"[A-Za-z]+", cues[-1].group())[-1:]
    if last and last[0] in date_data()["base_form_markers"]:  # 'due to set': a base form follows
        after = last[0] + after
    # a relative clause set off by commas tells of something else ('where they met in May,')
    after = re.sub(r",\s*(?:which|who|whom|whose|where|when)\b[^,]*,", ",", after)
    if _relative_takes_date(prep) and not _clause_break().search(after):
        after = _participle_last().sub("", after)
    return not _finite_past(_without_reduced_relatives(PARTICIPLE.sub("", _unshifted(after))))


def _unshifted(after: str) -> str:
    """The words after a look-ahead cue up to a time clause it governs ('would lift the ban
    once the law took effect in July'): that clause's past is reported speech's shifted
    future, the condition of the plan, so it tells no act done; not a condition that did not
    come true ('could have been averted if talks had resumed on Monday')."""
    data = date_data()
    opener = re.search(rf"\b(?i:{alts(data['shifted_clause_openers'])})\b", after)
    if opener is None:
        return after
    counterfactual = rf"\b(?:{alts(data['counterfactual_markers'])})\b"
    if opener.group().lower() in data["conditional_clause_openers"] and re.search(
        counterfactual, after[opener.end() :]
    ):
        return after
    return after[: opener.start()]


@cache
def _reduced_relative() -> re.Pattern[str]:
    preps = alts(date_data()["prepositions"])
    irregular = alts(date_data()["reduced_relative_participles"])
    return re.compile(rf"(?<=[a-z] )(?:[a-z]+ed|{irregular})(?=\s+(?:{preps})\s)")


@cache
def _participle_last() -> re.Pattern[str]:
    """A participle as the last word before a date (tickets sold | after 1 July)."""
    irregular = alts(date_data()["reduced_relative_participles"])
    return re.compile(rf"(?<=[a-z] )(?:[a-z]+ed|{irregular})\s*$")


def _relative_takes_date(prep: str) -> bool:
    """Whether a reduced relative right before a date with this preposition describes its noun
    by the date ('goods sold after 1 July' under a look-ahead cue: the goods the plan covers),
    rather than telling the act done then ('the ban imposed in January')."""
    return prep.lower() in date_data()["relative_ahead_prepositions"]


@cache
def _clause_break() -> re.Pattern[str]:
    data = date_data()
    words = alts([*data["clause_joiners"], *data["reason_openers"], *data["relative_openers"]])
    # a word right before a date heads a phrase, no clause: 'sold after 1 July', 'since May'
    return re.compile(rf"[,;:]|\b(?:{words})\b(?!\s+(?:\d|{month_re()}\b))")


def _without_reduced_relatives(after: str) -> str:
    """The words after a look-ahead cue with its reduced relatives left out: an -ed form after
    a noun and before a preposition, with no clause opened since the cue ('would ban logs
    felled in other states from June 1'), describes the noun; it tells no past act."""
    if _clause_break().search(after):
        return after  # 'would cut rates once prices stabilised in May': a clause of its own
    return _reduced_relative().sub("", after)


def _without_cue_relatives(text: str, pos: int, prep: str) -> str:
    """Text with the reduced relatives between the sentence's last look-ahead cue and pos
    blanked (same length), when no clause opens between them ('must collect the fee on tickets
    sold after 1 July': 'sold' describes the tickets, no act told in the past)."""
    said = sentence_before(text, pos)
    cues = list(_future_cue().finditer(said))
    if not cues:
        return text
    begin = pos - len(said) + cues[-1].end()
    if _clause_break().search(text, begin, pos):
        return text
    out = list(text)
    for m in _reduced_relative().finditer(text, begin, min(len(text), pos + 30)):
        last = not text[m.end() : pos].strip()  # the date's own preposition follows it
        if m.end() <= pos and (not last or _relative_takes_date(prep)):
            out[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(out)


def _trailing_participle_of_past(sentence: str, cue: re.Match[str], after_date: str) -> bool:
    """A look-ahead participle set off by a comma ('..., starting on 1 July') hangs on the
    clause before it: that clause told in the past ('the drills lasted ten days, starting on
    2 May') tells the participle's date in the past too; a clause in the present or with a
    modal ('is funding a pass for students, starting in September') leaves it ahead; a past
    verb right after the phrase's closing comma ('Prices, starting in May, fell') is its
    clause's own verb, told in the past."""
    word = cue.group().strip()
    if not re.fullmatch(r"[a-z]+ing", word) or not sentence[: cue.start()].endswith(", "):
        return False
    verb_after = re.match(r",\s+([a-z]+)\b", after_date)  # 'Prices, starting in May, fell'
    return _finite_past(sentence[: cue.start()]) or (
        verb_after is not None and _finite_past(verb_after.group(1))
    )


def _without_participles(text: str, pos: int) -> str:
    """Text up to pos with its subjectless participles blanked (same length, same offsets)."""
    head = PARTICIPLE.sub(lambda m: " " * len(m.group()), text[:pos])
    return head + text[pos:]


#: A participle with no subject of its own is no finite verb: after a comma and an adverb
#: ('..., mostly paid in May'; a bare ', ended' may be a clause's own verb after a relative
#: clause) or in a 'with' phrase ('with costs capped at ...'), it tells no act done.
PARTICIPLE = re.compile(r"(?:(?<=,)\s+[a-z]+ly\s+|(?<=\bwith)\s+(?:[a-z]+\s+){1,2})[a-z]+ed\b")


@cache
def _auxiliaries() -> frozenset[str]:
    """Words before a participle ('will be held', 'has signed', 'to be agreed'): no past tense."""
    return frozenset(date_data()["participle_auxiliaries"]) | frozenset(
        date_data()["present_auxiliaries"]
    )


#: A word, unless a hyphen joins it to the word before: the second half of a compound modifier
#: ('long-delayed', 'state-owned', 'US-led') is no finite verb.
VERB_WORD = re.compile(r"(?<![A-Za-z]-)(?<![A-Za-z])[A-Za-z]+")


def _finite_past(text: str, unambiguous: bool = False) -> bool:
    """A verb in the past tense in text: a past form not after an auxiliary or 'to', nor an
    adjective after a determiner ('the planned summit', 'its revised list'). `unambiguous`:
    not a form that is its own base too ('then cut', 'hit', 'set')."""
    words = VERB_WORD.findall(text)
    past = set(date_data()["past_verbs"])
    if unambiguous:
        past -= set(date_data()["base_like_pasts"])
    determiners = set(date_data()["attributive_determiners"])
    base = set(date_data()["base_form_markers"]) | set(date_data()["elliptic_openers"])
    for i, word in enumerate(words):
        if i and (words[i - 1].lower() in _auxiliaries() | determiners or words[i - 1] in base):
            continue
        if word.lower() in past or (word.islower() and word.endswith("ed")):
            return True
    return False


@cache
def _prospective() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alts(date_data()['prospective_words'])})\b", re.I)


def _done_by(text: str, surface_start: int, fields: dict[str, str], end: int = -1) -> bool:
    """A deadline word after a clause in the past ('power was restored to most homes by'), or
    opening a sentence told in the past ('By Friday, crews had cleared the road'): what was
    done by then, looking back; not a deadline ahead ('would be repaired by', 'said it would
    be finished by', 'By Friday the army must withdraw')."""
    if fields.get("prep", "").lower() not in date_data()["deadline_prepositions"]:
        return False
    before = sentence_before(text, surface_start)
    clause = re.split(r"[,;:](?=\s)", before)[-1]
    if _prospective().search(clause):
        return False
    if before.strip() or end < 0:
        return _past_verb_before(clause, len(clause), everywhere=True)
    after = re.split(r"[.!?;:](?:\s|$)", text[end : end + 200])[0]
    return not _prospective().search(after) and _finite_past(after)


@cache
def _corrected_lead() -> re.Pattern[str]:
    data = date_data()
    return re.compile(
        rf"[,;]\s*(?i:{alts(data['corrected_away_leads'])})\s+"
        rf"(?:(?i:{alts(data['corrected_away_prepositions'])})\s+)?$"
    )


def _corrected_away(text: str, start: int) -> bool:
    """A date set off after a comma by a word that denies it ('opened on 3 May, not 5 May',
    'is due in 2030, rather than in 2028'): the wrong date a correction replaces, no claim."""
    return _corrected_lead().search(text, max(0, start - 40), start) is not None


def _final_day_part(text: str, start: int, fields: dict[str, str]) -> bool:
    """'last' with a determiner before it ('the last evening ferry', 'its last night show'):
    the final one of a series, not the day part before publication."""
    if fields.get("ref", "").lower() not in date_data()["final_day_part_refs"]:
        return False
    before = re.findall(r"[A-Za-z]+", text[max(0, start - 20) : start])
    return bool(before) and before[-1].lower() in _determiners()


@cache
def _determiners() -> frozenset[str]:
    """Attributive determiners that are no prepositions ('its', 'the'; not 'of', 'for')."""
    data = date_data()
    return frozenset(data["attributive_determiners"]) - frozenset(data["prepositions"])


def _surface_start(text: str, match_start: int, start: int) -> int:
    """The surface keeps a leading preposition ('since 2014'), never a label or a determiner."""
    lead = text[match_start:start]
    if any(mark in lead for mark in ":\n|,") or not lead.strip(" \t-–—•*·▪"):  # or a bullet
        return start
    if lead.strip().lower() in _determiners():
        return start
    return match_start


@cache
def _progressive() -> re.Pattern[str]:
    auxiliaries = alts(date_data()["present_auxiliaries"])
    return re.compile(rf"\b(?i:{auxiliaries})(?:\s+not)?\s+[a-z]+ing\b")


def _progressive_before(text: str, surface_start: int, fields: dict[str, str]) -> bool:
    """A present progressive before an 'on'/'in' date is an arrangement ahead ('are holding
    talks on Tuesday', 'is being signed on 3 July'), unless a past verb comes right before."""
    if fields.get("prep", "").lower() not in date_data()["progressive_prepositions"]:
        return False
    sentence = sentence_before(text, surface_start)
    found = list(_progressive().finditer(sentence))
    if not found or _past_verb_before(text, surface_start):
        return False
    # a past verb after it reports the progressive ('"we are losing ground," he said on Friday')
    rest = sentence[found[-1].start() :]
    return not _past_verb_before(rest, len(rest), everywhere=True)


def _level_change_then_figures(text: str, surface_start: int, end: int) -> bool:
    """A present verb moving a level right before the date, its figures after it ('the toll
    climbs on 1 July from $4 to $5', 'fares go up in March by 10%')."""
    before, after = _level_change_forms()
    return bool(
        before.search(text[max(0, surface_start - 50) : surface_start]) and after.match(text, end)
    )


@cache
def _level_change_forms() -> tuple[re.Pattern[str], re.Pattern[str]]:
    forms = []
    for phrase in date_data()["level_change_verbs"]:
        verb, *rest = phrase.split()
        forms.append(r"\s+".join([rf"{verb}(?:s|es)?", *rest]))
    verbs = "|".join(forms)
    return (
        re.compile(rf"\b(?i:{verbs})\s+(?:(?i:in|from|on)\s+)?$"),
        re.compile(r",?\s+(?i:from|to|by)\s+\S*\d"),
    )


@cache
def _level_change() -> re.Pattern[str]:
    """A present verb moving a level to (or by) a figure, right before the date."""
    forms = []
    for phrase in date_data()["level_change_verbs"]:
        verb, *rest = phrase.split()
        forms.append(r"\s+".join([rf"{verb}(?:s|es)?", *rest]))
    verbs = "|".join(forms)
    return re.compile(
        rf"\b(?i:{verbs})\s+(?i:to|by)\s+\S*\d\S*(?:\s+[a-z]+)?\s+(?:(?i:in|from|on)\s+)?$"
    )


#: A headline that drops 'is to' before its verb ('Dockers to strike on Friday'): a subject
#: noun phrase, 'to' and a verb in lower case, all on the date's line before it.
HEADLINE_INFINITIVE = re.compile(
    r"^\W*(?P<np>[^,;:.!?\"“”]{2,60}?)\s+to\s+(?P<verb>[a-z]{3,})\b(?P<rest>[^,;:.!?]*)$"
)


def _headline_infinitive(text: str, surface_start: int) -> bool:
    """A line without a full stop that a subject opens and 'to' and a verb follow, the date
    after them ('Dockers to strike on Friday', 'Council to publish its review in May'): a
    headline's plan, ahead. Not when a past verb stands in it ('Visits to clinics rose on
    Friday') or the word after 'to' is no verb ('Exports to the bloc ...')."""
    line_start = text.rfind("\n", 0, surface_start) + 1
    line_end = text.find("\n", surface_start)
    line = text[line_start : len(text) if line_end < 0 else line_end].rstrip()
    if line.endswith((".", "?", "!", ":")) or re.search(r"[.!?]\s", line):
        return False
    found = HEADLINE_INFINITIVE.match(text[line_start:surface_start])
    if found is None:
        return False
    data = date_data()
    verb = found.group("verb")
    if verb in data["attributive_determiners"] or verb in data["prepositions"]:
        return False
    np = found.group("np")
    return (
        _in_subject(np)
        and not _finite_past(f"{verb} {found.group('rest')}", unambiguous=True)
        and not _finite_past(line[surface_start - line_start :])
    )


@cache
def _scheduled() -> re.Pattern[str]:
    verbs = alts([*date_data()["schedule_verbs"], *date_data()["schedule_change_verbs"]])
    return re.compile(rf"\b(?P<verb>(?i:{verbs})(?:s|es)?)\s+(?:[A-Za-z]+\s+){{0,3}}$")


@cache
def _naming_copula() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alts(date_data()['naming_copulas'])})\s+$")


def _named_by_copula(text: str, surface_start: int) -> bool:
    """A present copula right before the date: the sentence names the day of something to come
    ('the closing date for bids is 3 March', 'polling day is on 14 May')."""
    return _naming_copula().search(text, max(0, surface_start - 8), surface_start) is not None


def _scheduled_before(text: str, surface_start: int, fields: dict[str, str]) -> bool:
    """A schedule verb in the present right before an 'on' (or bare) date or a stretch 'from' one
    day to another: news present tense for a fixed arrangement ahead ('talks resume on Monday',
    'the fair runs from 3 to 9 June'); the past form is no match."""
    prep = fields.get("prep", "").lower()
    data = date_data()
    if prep and prep not in (*data["progressive_prepositions"], *data["range_openers"]):
        return False
    window = text[max(0, surface_start - 40) : surface_start]
    found = _scheduled().search(window)
    if found is None or _carries_a_verb(found.group("verb"), window[found.end("verb") :]):
        return False
    if fields.get("wd") and _change_verb(found.group("verb")):
        return False  # 'stocks fall on Monday': a headline's present told of a past day
    if _change_verb(found.group("verb")) and (
        not prep or not _plural_subject_before(window[: found.start("verb")], found.group("verb"))
    ):
        return False  # 'a rise in tax from 1 May', 'double what it cost in May': nouns
    before = re.findall(r"[A-Za-z]+|\d+", window[: found.start("verb")])[-2:]
    if before and (
        before[-1].lower() in date_data()["attributive_determiners"] or _counted(before[-1])
    ):
        return False  # 'the meeting', 'four votes': a noun
    singular = set(date_data()["singular_determiners"])
    bare = found.group("verb").lower() in date_data()["schedule_verbs"]  # no third-person -s
    if bare and any(w.lower() in singular for w in before):
        return False  # 'a radio interview', 'an early vote': a bare form after 'a ...' is a noun
    # a past verb earlier in its clause tells what happened ('then won four votes on Friday'),
    # and one between the verb and the date dates something else ('faces charges filed on ...')
    verb_at = max(0, surface_start - 40) + found.start("verb")
    joiners = alts(date_data()["clause_joiners"])  # 'was held in May and faces a vote on ...'
    clause = re.split(rf"[,;:]\s|\s(?:{joiners})\s", sentence_before(text, verb_at))[-1]
    return not _finite_past(clause) and not _finite_past(window[found.end("verb") :])


def _change_verb(verb: str) -> bool:
    """One of schedule_change_verbs, bare or with its third-person ending ('rises', 'goes')."""
    word = verb.lower()
    return any(word in (v, f"{v}s", f"{v}es") for v in date_data()["schedule_change_verbs"])


def _plural_subject_before(before: str, verb: str) -> bool:
    """A change verb read as a verb: after a plural noun in letters ('tariffs rise'), or in
    its third-person form after a word ('the levy rises'); not after a figure or a compound
    ('a 2-point rise') nor a comma ('cost $4, double what')."""
    word = re.search(r"(?<![\w-])([A-Za-z]+)\s+$", before)
    if word is None:
        return False
    return word.group(1).lower().endswith("s") or verb.lower().endswith("s")


def _carries_a_verb(verb: str, after: str) -> bool:
    """An aspect verb carrying another ('continue to rise', 'continue moving'): a trend, not a
    schedule."""
    if not any(verb.lower().startswith(v) for v in date_data()["aspect_schedule_verbs"]):
        return False
    following = after.split()[:1]
    markers = date_data()["aspect_infinitive_markers"]
    return bool(following) and (following[0].lower() in markers or following[0].endswith("ing"))


def _counted(word: str) -> bool:
    """A number before a word makes it a counted noun ('two votes', '3 meetings')."""
    return word.isdigit() or parse_tokens([word]) is not None


def _in_subject(before: str) -> bool:
    """Whether a date stands in its sentence's subject: nothing before it, or a noun phrase with
    no verb and no clause break ('A levy of $90 a year on the May ballot')."""
    before = before.strip(" -–—:")
    if not before:
        return True
    words = VERB_WORD.findall(before)
    if not words or words[0].lower() in date_data()["prepositions"]:
        return False  # 'In its July forecast the bank saw ...': a fronted phrase, no subject
    return (
        not re.search(r"[,;:\"“”]", before)
        and not _finite_past(before)
        and not set(map(str.lower, words)) & _clause_verbs()
    )


@cache
def _clause_verbs() -> frozenset[str]:
    """Words that show a clause has begun before the date: auxiliaries, statement verbs."""
    data = date_data()
    return frozenset([*_auxiliaries(), *data["statement_verbs"], *data["present_auxiliaries"]])


def _modal_right_after(text: str, end: int) -> bool:
    """A modal of the sentence's verb right after the date ('the census in December will show')."""
    modals = alts(date_data()["month_subject_modals"])
    return re.match(rf"\s+(?i:{modals})\b", text[end:]) is not None


def _cue_after(text: str, end: int) -> bool:
    """A future cue later in the sentence a date opens, before any past-tense verb."""
    rest = re.split(r"[.!?;](?:\s|$)", text[end : end + 120])[0]
    cue = _future_cue().search(rest)
    return cue is not None and not _past_verb_before(rest, cue.start(), everywhere=True)


def _past_verb_before(text: str, pos: int, everywhere: bool = False) -> bool:
    """A past-tense verb right before the date ('said on Friday', 'agreed Wednesday')."""
    words = VERB_WORD.findall(text[0 if everywhere else max(0, pos - 30) : pos])
    past = set(date_data()["past_verbs"])
    present = set(date_data()["present_auxiliaries"])  # 'is planned for': a passive, no past
    determiners = set(date_data()["attributive_determiners"])
    base = set(date_data()["base_form_markers"])  # 'set to climb', 'will cut': no past either
    base |= set(date_data()["elliptic_openers"])  # 'as planned': no past either
    for i in range(0 if everywhere else max(0, len(words) - 2), len(words)):
        word, before = words[i], words[i - 1].lower() if i > 0 else ""
        if before in present or before in determiners or (i and words[i - 1] in base):
            continue  # 'is cut', 'the planned summit', 'to hit'
        if word.lower() in past or (word.islower() and word.endswith("ed")):
            return True
    return False


@cache
def _abbreviation_end() -> re.Pattern[str]:
    data = date_data()
    names = data["months"]  # 'Jan.', 'Sept.': a short name another one starts with; not 'July.'
    words = {
        *data["abbreviations"],
        *(n for n in names if any(o != n and o.startswith(n) for o in names)),
    }
    return re.compile(rf"(?:\b(?i:{alts(sorted(words))})|\b[A-Z])\.$")


def sentence_before(text: str, pos: int) -> str:
    """The text of the sentence before position pos (up to 200 characters); a period that ends
    an abbreviation ("Jan.", "U.S.", "Mr.") or an initial does not end the sentence."""
    window = text[max(0, pos - 200) : pos]
    cut = -1
    for m in re.finditer(r"[.!?](?=\s)", window):
        if m.group() == "." and _abbreviation_end().search(window[: m.end()]):
            continue
        cut = m.end()
    return window[cut:] if cut >= 0 else window


#: Where a sentence ends after a position: a full stop, a question or exclamation mark, a line break.
SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def _habitual_season(text: str, start: int, end: int, fields: dict[str, str]) -> bool:
    """A bare season after one of dates.json 'habitual_season_prepositions' ('in winter', no
    determiner, year or 'this'/'last') in a sentence told in neither the past nor the future
    ('in winter the mill grinds less', 'the lagoon in summer hosts 900 storks'): what
    happens every such season, no date."""
    if (
        fields.get("future")
        or fields.get("future_cue")
        or text[start:end].lower() != fields.get("season", "").lower()
    ):
        return False
    if fields.get("prep", "").lower() not in date_data()["habitual_season_prepositions"]:
        return False
    after = SENTENCE_END.search(text, end)
    sentence = sentence_before(text, start) + text[start : after.start() if after else len(text)]
    return not _finite_past(sentence) and _future_cue().search(sentence) is None


def _weekday_ok(text: str, start: int, end: int) -> bool:
    """A weekday is a date unless it names something else ("Black Friday", "Sunday Times") or
    recurs ("every Thursday")."""
    data = date_data()
    before = text[max(0, start - 20) : start]
    after = text[end : end + 10]
    gap = rf"(?:(?i:{alts(data['recurrence_gaps'])})\s+)?"  # 'every other Tuesday'
    if re.search(rf"\b(?:{alts(data['not_weekday_before'])})\s+{gap}$", before):
        return False
    if re.match(rf"\s+(?:{alts(data['not_weekday_after'])})\b", after):
        return False
    pair = r"(?:\s+(?:and|or|&)\s+[A-Z][a-z]+day)?"  # 'Thursday and Sunday evenings': both recur
    parts = alts(data["recurring_day_parts"])
    if re.match(rf"{pair}\s+(?i:{parts})\b", text[end : end + 40]):
        return False
    if _weekly_hours(text, start, end) or _recurring_period().match(text, end):
        return False
    return not _counted_weekday_service(before, text[end : end + 30]) and not _weekday_of_a_month(
        text, start, end
    )


@cache
def _recurring_period() -> re.Pattern[str]:
    """Right after a weekday: 'of every month', 'of each week' (dates.json
    'recurring_weekday_*'): the weekday comes back each period, no date."""
    data = date_data()
    return re.compile(
        rf"\s+(?i:of)\s+(?i:{alts(data['recurring_weekday_quantifiers'])})\s+"
        rf"(?i:{alts(data['recurring_weekday_periods'])})\b"
    )


@cache
def _weekly_hours_parts() -> tuple[
    re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]
]:
    data = date_data()
    day = rf"(?:{alts([w.capitalize() for w in data['weekdays']])})"
    joint = rf"\s*(?:(?i:{alts(data['span_to'])})\s+|[-–—]\s*)"
    clock = r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)|\d{1,2}[:.]\d\d"
    openers = alts([*data["stretch_openers"], *data["weekly_hours_clock_openers"]])
    return (
        re.compile(rf"{joint}{day}\b"),
        re.compile(rf"\b{day}{joint}$"),
        re.compile(rf",?\s*\(?(?:(?i:{openers})\s+)?(?:{clock})"),
        re.compile(rf"(?:{clock})\s*,\s*$"),
    )


def _weekly_hours(text: str, start: int, end: int) -> bool:
    """Two weekdays joined as a stretch with a clock time set off beside them ('lines are open
    Tuesday to Saturday, 10am to 4pm', 'hours: 9:00-17:30, Monday to Thursday', 'Sat-Sun at
    noon'): opening hours that recur each week, no date ('8pm Friday to 8pm Saturday' stays a
    stretch)."""
    to_day, day_to, clock_after, clock_before = _weekly_hours_parts()
    ahead = to_day.match(text, end, end + 25)
    back = day_to.search(text, max(0, start - 25), start)
    dashed = re.search(r"[-–—]", text[start:end]) is not None  # one match: 'Mon-Fri'
    if ahead is None and back is None and not dashed:
        return False
    pair_start = back.start() if back else start
    pair_end = ahead.end() if ahead else end
    return bool(
        clock_after.match(text, pair_end, pair_end + 25)
        or clock_before.search(text, max(0, pair_start - 20), pair_start)
    )


@cache
def _weekday_of_a_month_parts() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = date_data()
    before = re.compile(rf"\b(?:{alts(data['weekday_of_a_month_articles'])})\s+\Z")
    after = re.compile(
        rf"(?:\s+(?i:{alts(data['weekday_of_a_month_day_parts'])}))?,?\s+"
        rf"(?i:{alts(data['weekday_of_a_month_links'])})\s+{month_re()}\b"
    )
    return before, after


def _weekday_of_a_month(text: str, start: int, end: int) -> bool:
    """An indefinite weekday a month phrase places ('on a Thursday in October', 'one Friday
    morning last July'): a day of that month left unnamed, no day of its own (dates.json
    'weekday_of_a_month_*')."""
    before, after = _weekday_of_a_month_parts()
    return (
        before.search(text, max(0, start - 8), start) is not None
        and after.match(text, end) is not None
    )


@cache
def _weekday_counters() -> re.Pattern[str]:
    words = alts(date_data()["weekday_service_counters"] + list(load_data("numbers")["units"]))
    return re.compile(rf"(?:\b(?i:{words})|\d)\s+$")


def _counted_weekday_service(before: str, after: str) -> bool:
    """'two added Friday ferries', 'more Sunday trains': a weekday between a count and a
    plural noun names a kind of recurring service, not a day."""
    return (
        _weekday_counters().search(before) is not None
        and re.match(r"\s+[a-z]{3,}s\b", after) is not None
    )


def _clock_stamp_before(lead: str) -> bool:
    """A clock time right before a date, not after a preposition ('at 09:12, 2 April 2026')."""
    clock = CLOCK_STAMP_BEFORE.search(lead)
    if clock is None:
        return False
    word = (clock["word"] or "").lower()
    return word not in date_data()["prepositions"]


def in_dateline(text: str, start: int, end: int, kind: str = "") -> bool:
    """A date in a wire dateline ("KYIV, March 12 (Agency) - ..."): the place in capitals opens
    the line and a dash follows; or a colon after a day ("IMPHAL, Feb 5: ...")."""
    lead = text[text.rfind("\n", 0, start) + 1 : start]
    day = kind in ("month_day", "day_month")
    if day and COLON_DATELINE.match(lead) and COLON_DATELINE_AFTER.match(text[end:]):
        return True
    if AGENCY_DATELINE.match(lead) and AGENCY_DATELINE_AFTER.match(text[end:]):
        return True
    if DATELINE.match(lead):
        return DATELINE_AFTER.match(text[end:]) is not None
    digits = re.fullmatch(r"[\d./-]+", text[start:end]) is not None  # a stamp's day in digits
    if (
        digits
        and not lead.strip("[ \t")
        and (
            ENTRY_STAMP_AFTER.match(text, end)
            or ENTRY_POST_STAMP_AFTER.match(text, end)
            or (lead.strip() == "[" and BRACKETED_STAMP_AFTER.match(text, end))
        )
    ):
        return True  # '[14.03.2026 08:40] Channel:': a chat post's or log entry's own stamp
    return not lead.strip() and DATELINE_AGENCY.match(text[end:]) is not None


def context_day(
    context: str | None,
    published: dt.date | None,
    back: int = 1,
    past: bool = False,
    reported: bool = False,
    day_first: bool | None = None,
    same: bool = False,
) -> Resolved | None:
    """The last day the paragraph before resolved ('... on 3 March.' then 'The next day, ...'):
    the day a paragraph's first day anaphor counts from. `back`: how many paragraphs to look
    through for one with a day: a detail, a live page's time stamp or a 'since' bound may
    stand between, but a paragraph that moves to another period ('last year', 'in 2019') ends
    the search; `past`: only a day not after publication counts; `reported`: a day a figure is
    reported for wins over a later day it was announced on ('prices fell on Tuesday, brokers
    said on Wednesday' then 'a week earlier': the week before the Tuesday's sale). `day_first`:
    the page's order of writing days, for the slash dates there; `same`: the anaphor names that
    very day ('on the same date'), so a month or a stretch told after the day there is no
    antecedent it could take instead."""
    if not context or not context.strip():
        return None
    paragraphs = [p for p in context.rstrip().split("\n") if p.strip()][::-1]
    for index, paragraph in enumerate(paragraphs[:back]):
        dated = list(iter_dates(paragraph, published, day_first=day_first))
        days = [
            (m, r)
            for m, r in dated
            if r.granularity == "day" and r.start and not (past and _ahead(r, published))
        ]
        told = [r for m, r in days if not _statement_day(paragraph, m, r)] if reported else []
        found = told or [r for _, r in days]
        spoken = [r for m, r in dated if not _bound(m) and r.start and r.end]
        if found and spoken and _longer_than_a_week(spoken[-1]) and not same:
            return None  # '... on 20 March and by Britain in February.': a month spoken of last
        if found:
            return _story_day(found[-1], paragraph, paragraphs[index + 1 : back], published)
        if any(not _bound(m) for m, _ in dated):
            return None
    return None


def _story_day(
    nearest: Resolved, paragraph: str, earlier: list[str], published: dt.date | None
) -> Resolved:
    """The day a counted day counts from when the paragraph right before it is background
    ('Crews shut the pass on 4 May.' / 'The road had first closed on 2 June 2019.' / 'Traffic
    was diverted the same day.'): a day of an earlier year than the story's, or told in the
    pluperfect well before it, is a digression, and the anaphor goes on to the last day of the
    story itself, found in the paragraphs before (up to one that moves to another period)."""
    if nearest.start is None:
        return nearest
    data = date_data()
    pluperfect = re.search(rf"\b(?i:{alts(data['background_auxiliaries'])})\b", paragraph)
    for before in earlier:
        dated = list(iter_dates(before, published))
        days = [
            r for _, r in dated if r.granularity == "day" and r.start and not _ahead(r, published)
        ]
        if days:
            story = days[-1]
            assert story.start is not None
            gap = (story.start - nearest.start).days
            older_year = story.start.year > nearest.start.year
            if gap > 0 and (older_year or (pluperfect and gap > data["story_thread_gap_days"])):
                return story
            return nearest
        if any(not _bound(m) for m, _ in dated):
            return nearest
    return nearest


def context_month(context: str | None, published: dt.date | None) -> Resolved | None:
    """The month the paragraph right before reported last ('Stocks rose in August.' then
    'Yields averaged 1.6 t/ha, against 1.5 t/ha a year earlier.'): what a paragraph's first
    'a year earlier' compares with when the paragraph itself names no period. Only a month
    counts; a year, a season or a day there leaves the comparison with publication."""
    paragraphs = [p for p in (context or "").rstrip().split("\n") if p.strip()]
    if not paragraphs:
        return None
    spoken = [
        r for m, r in iter_dates(paragraphs[-1], published) if not _bound(m) and r.start and r.end
    ]
    return spoken[-1] if spoken and spoken[-1].granularity == "month" else None


def _counts_back(match: DateMatch) -> bool:
    """'a week earlier', 'the day before': a counted day that steps back (dates.json
    anchor_steps below zero)."""
    step = date_data()["anchor_steps"].get(match.fields.get("step", "").lower(), 0)
    return bool(step < 0)


def _same_day(match: DateMatch) -> bool:
    """'the same day', 'that same date': an anaphor naming the very day spoken of (step 0)."""
    return date_data()["anchor_steps"].get(match.fields.get("step", "").lower()) == 0


def _longer_than_a_week(res: Resolved) -> bool:
    """A period (a month, a season, a year), not a day nor a stretch of a few days."""
    return res.start is not None and res.end is not None and (res.end - res.start).days > 7


#: Paragraphs a counted day ('the same day', 'two days later') looks back through for its day.
ANAPHOR_PARAGRAPHS = 4


def _ahead(res: Resolved | None, published: dt.date | None) -> bool:
    return (
        res is not None
        and res.start is not None
        and published is not None
        and res.start > published
    )


def _clause_in_past(text: str, start: int, end: int) -> bool:
    """The clause around a date (between semicolons or sentence ends) has a verb in the past,
    the date standing in it as a noun would ('the auction for 12 June drew 40 bids')."""
    before = re.split(r"[;:]\s", sentence_before(text, start))[-1]
    after = re.split(r"[.!?;:](?:\s|$)", text[end : end + 200])[0]
    return _finite_past(f"{before} DATE {after}")


@cache
def _arranged() -> re.Pattern[str]:
    verbs = alts(date_data()["arrangement_verbs"])
    return re.compile(rf"\b(?i:{verbs})\s+(?:[\w'’-]+\s+){{1,4}}$")


def _arranged_for(text: str, surface_start: int, end: int) -> bool:
    """An event arranged 'for' the date ('called a strike for Friday'): ahead, though the
    arranging is told in the past, unless a past verb after the date tells it took place."""
    before = sentence_before(text, surface_start)
    after = re.split(r"[.!?;:,](?:\s|$)", text[end : end + 200])[0]
    after = re.split(rf"\s(?:{alts(date_data()['reason_openers'])})\s", after)[0]
    return _arranged().search(before) is not None and not _finite_past(after)


def _told_in_past(text: str, start: int, end: int) -> bool:
    """The sentence around a date tells a past act ('Tokyo froze the assets ... the same day')."""
    rest = re.split(r"[.!?](?:\s|$)", text[end : end + 200])[0]
    return _finite_past(f"{sentence_before(text, start)} {rest}")


def iter_dates(
    text: str,
    published: dt.date | None,
    context: str | None = None,
    day_first: bool | None = None,
    season: tuple[int, int] | None = None,
    fiscal: PageFiscal | None = None,
    home: str | None = None,
) -> Iterator[tuple[DateMatch, Resolved]]:
    """Every date expression with its resolution; anchored expressions count from the latest
    date resolved before them (a day for day counts, any period for 'a year earlier'); `context`,
    the text before this paragraph, gives the day its first day anaphor counts from. Two dates
    joined as the ends of one stretch ('from May 2021 until the end of March', '8pm Friday to
    8pm Saturday', '3 Feb-28 Nov') are one date, from the first to the second; a day that ends a
    period ('the week to March 7', 'the quarter ended Dec. 31') dates that period. `day_first`,
    the whole page's order of writing days (`writes_day_first`), orders ambiguous slash dates;
    without it the text around the paragraph does. `season`, the months the page says its season
    starts and ends in (`season_start`), bound its split years. `fiscal`, the fiscal year the page
    itself sets out (`fiscal_start`), dates its fiscal years and their parts; else `home`, the
    page's home country (`fiscal_home`), does where the paragraph names no country near them."""
    text = as_written(text)  # a paragraph all in capitals, read as written in lower case
    found = _glossed(
        text,
        [
            f
            for f in _joined_dates(text, published, context, day_first, season, fiscal, home)
            if not _year_cycle(text, f[0], f[1]) and not _place_stamp(text, *f, published)
        ],
    )
    if season is not None and published is not None:
        taken = [(m.surface_start, m.end) for m, _ in found]
        for extra in _page_seasons(text, published, season):
            if not any(a < extra[0].end and extra[0].surface_start < b for a, b in taken):
                found.append(extra)
        found.sort(key=lambda f: f[0].surface_start)
    yield from found


@cache
def _place_stamp_parts() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What may stand before and after a day on a place-and-day stamp line (dates.json
    'place_stamp_leads', 'place_stamp_words'): '[lead] Place,' or a dash before it, and after it
    an agency in brackets and a full stop, or ', Place' after a dash."""
    data = date_data()
    calendar = alts([*data["weekdays"], *data["months"]])
    word = rf"(?!(?i:{calendar})\b)[A-Z][\w'’.-]*"
    place = rf"{word}(?:[ \t]+{word}){{0,{data['place_stamp_words'] - 1}}}"
    lead = rf"(?:(?:{alts(data['place_stamp_leads'])})[ \t]+)?"
    before = re.compile(rf"[ \t]*(?:{lead}{place}[ \t]*,|[-–—])[ \t]*")
    after = re.compile(rf"(?:[ \t]*\([^()\n]{{1,40}}\))?[ \t]*\.?[ \t]*|,[ \t]*{place}[ \t]*")
    return before, after


def _place_stamp(
    text: str, match: DateMatch, resolved: Resolved, published: dt.date | None
) -> bool:
    """'Riverton, 4 March 2026' alone on its line, 'Signed at Riverton, 4 March 2026.', '- 4 March
    2026, Riverton': a dateline, a document's signing stamp or a letter's signature, one day
    not after publication; the page's own stamp, no claim. A dash before the day takes the
    place after it, a place before it no dash."""
    if resolved.granularity != "day" or resolved.start is None or resolved.start != resolved.end:
        return False
    if published is not None and resolved.start > published:
        return False
    line_start = text.rfind("\n", 0, match.surface_start) + 1
    line_end = text.find("\n", match.end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = _place_stamp_parts()
    lead = before.fullmatch(text, line_start, match.surface_start)
    tail = after.fullmatch(text, match.end, line_end)
    if lead is None or tail is None:
        return False
    dashed = lead.group().strip() in ("-", "–", "—")
    return dashed == tail.group().lstrip().startswith(",")


@cache
def _gloss_parts() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A bracket opening right after a date, its closing right after the next date
    (dates.json 'gloss_brackets'), and a month name: the marks of a date glossed by another."""
    pairs = date_data()["gloss_brackets"]
    opening = re.compile(rf"[ \t]*(?:{alts([o for o, _ in pairs])})[ \t]*")
    closing = re.compile(rf"[ \t]*(?:{alts([c for _, c in pairs])})")
    return opening, closing, re.compile(rf"\b(?i:{alts(date_data()['months'])})\b")


def _glossed(text: str, found: list[Found]) -> list[Found]:
    """A date glossed in brackets right after it by another that overlaps it ('fiscal year 2023
    (October 2022-September 2023)', 'the year ended 30 June 2024 (FY2023-24)', 'on Monday
    (3 March)') is one date, spanning both: read as the one of the two that names a month,
    the first when both or neither do. Two dates that do not overlap ('2024 (2023)': a legend's
    earlier year) stay two."""
    opening, closing, month = _gloss_parts()
    kept: list[Found] = []
    for f in found:
        if kept:
            (a, ra), (b, rb) = kept[-1], f
            if (
                opening.fullmatch(text, a.end, b.surface_start)
                and closing.match(text, b.end)
                and _overlap(ra, rb)
            ):
                named_a = month.search(text, a.surface_start, a.end) is not None
                named_b = month.search(text, b.surface_start, b.end) is not None
                res = rb if named_b and not named_a else ra
                kept[-1] = (DateMatch(a.kind, a.start, b.end, a.surface_start, a.fields), res)
                continue
        kept.append(f)
    return kept


def _overlap(a: Resolved, b: Resolved) -> bool:
    """Whether two resolved dates share a day."""
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    return a.start <= b.end and b.start <= a.end


@cache
def _page_season_word() -> re.Pattern[str]:
    """'last season', 'next season' (dates.json 'page_season_steps')."""
    steps = date_data()["page_season_steps"]
    return re.compile(rf"\b(?P<rel>(?i:{alts(list(steps))}))\s+(?i:season)\b(?!['’])")


def _page_seasons(
    text: str, published: dt.date, season: tuple[int, int]
) -> Iterator[tuple[DateMatch, Resolved]]:
    """'down from 46,000 tonnes last season' on a page that says when its season runs: the
    season before (or after) the one publication falls in, from its first month to its last."""
    opens, closes = season
    steps = date_data()["page_season_steps"]
    current = published.year if published.month >= opens else published.year - 1
    for m in _page_season_word().finditer(text):
        first = current + int(steps[m["rel"].lower()])
        start = dt.date(first, opens, 1)
        last_year = first if closes >= opens else first + 1
        end = dt.date(last_year, closes, calendar.monthrange(last_year, closes)[1])
        fields = {"rel": m["rel"], "x": m.group()}
        match = DateMatch("page_season", m.start(), m.end(), m.start(), fields)
        yield match, Resolved(start, end, "other")
    yield from _season_first_weeks(text, published, dt.date(current, opens, 1))


def _season_first_weeks(
    text: str, published: dt.date, opened: dt.date
) -> Iterator[tuple[DateMatch, Resolved]]:
    """'exports fell in the first six weeks' with no period after it, on a page whose season
    opened that many weeks before publication (ending at most 'season_weeks_gap_days' before
    it): the season's first weeks, a season-to-date figure."""
    gap = int(date_data()["season_weeks_gap_days"])
    for m in re.finditer(rf"\b(?:the\s+)?(?i:first)\s+(?P<n>(?i:{COUNT}))\s+(?i:weeks)\b", text):
        if re.match(r"\s+of\b", text[m.end() :]):
            continue  # 'the first two weeks of May': the finder's own
        n = int(parse_tokens([m["n"]]) or 0)
        end = opened + dt.timedelta(days=7 * n - 1)
        if n < 1 or not 0 <= (published - end).days <= gap:
            continue
        fields = {"n": m["n"], "x": m.group()}
        match = DateMatch("season_weeks", m.start(), m.end(), m.start(), fields)
        yield match, Resolved(opened, end, "other")


#: a label line right under a heading line: 'Revenue: ...', 'Cases referred: 212'
LABEL_LINE_BELOW = re.compile(r"\n(?P<line>[^\n:]{1,60}:[ \t]*\S[^\n]*)")
#: the longest heading line read together with the label line under it
HEADING_MAX = 80


#: A date expression and its resolution, as iter_dates yields them.
Found = tuple[DateMatch, Resolved]
_Params = ParamSpec("_Params")


def _over_box(
    find: Callable[Concatenate[str, _Params], Iterator[Found]],
) -> Callable[Concatenate[str, str | None, _Params], Iterator[Found]]:
    """`find` (iter_dates) as it reads a paragraph over the label line below it: the reader
    takes the paragraph, the text right after it (`below`), then `find`'s own parameters, and
    passes those on unchanged, so the two never repeat a parameter list."""

    def over_box(
        text: str, below: str | None, /, *args: _Params.args, **kwargs: _Params.kwargs
    ) -> Iterator[Found]:
        """iter_dates of a paragraph; where the paragraph is one short heading line and the
        article's next line (`below`, the text right after the paragraph) is a label line
        ('Output: 41 t'), the heading is read over that line too, as a box of figures is
        ('Figures 2030' over its label lines dates them to that year): the dates that reading
        adds inside the heading are kept."""
        found = list(find(text, *args, **kwargs))
        yield from found
        label = LABEL_LINE_BELOW.match(below or "")
        if label is None or "\n" in text.strip() or len(text) > HEADING_MAX:
            return
        seen = {(m.start, m.end) for m, _ in found}
        joined = text.rstrip() + "\n" + label["line"]
        for m, r in find(joined, *args, **kwargs):
            if m.end <= len(text.rstrip()) and (m.start, m.end) not in seen:
                yield m, r

    return over_box


#: iter_dates(text, published, ...) with `below` after `text`: see _over_box's reader.
iter_dates_over_box = _over_box(iter_dates)


def _joined_dates(
    text: str,
    published: dt.date | None,
    context: str | None,
    day_first: bool | None,
    season: tuple[int, int] | None,
    fiscal: PageFiscal | None,
    home: str | None,
) -> Iterator[tuple[DateMatch, Resolved]]:
    """_iter_dates' dates, the ends of one stretch joined into one (iter_dates)."""
    pending: tuple[DateMatch, Resolved] | None = None
    for found in _iter_dates(text, published, context, day_first, season, fiscal, home):
        found = _week_of(text, _period_to(text, _first_months_of(text, found)))
        if (
            pending is not None
            and found[0].kind == FIRST_MONTHS_OF
            and found[0].surface_start <= pending[0].surface_start
        ):
            pending = None  # 'the first six months' alone: read again with the year they are of
        if pending is not None:
            joined = _headed(text, pending, found, published) or _stretch(text, pending, found)
            if joined is not None:
                yield joined
                pending = None
                continue
            yield pending
        pending = found
    if pending is not None:
        yield pending


@cache
def _week_of_before() -> re.Pattern[str]:
    """'the week of ', 'the working week of ' right before a day (dates.json 'week_of_nouns'), or
    a lead naming the week by its first day ('week beginning ', 'w/c '; 'week_from_leads')."""
    nouns = alts(date_data()["week_of_nouns"])
    leads = "|".join(r"\s+".join(map(re.escape, w.split())) for w in date_data()["week_from_leads"])
    return re.compile(
        rf"\b(?P<lead>(?i:the)\s+(?:[a-z]+\s+)?(?i:{nouns})\s+of|(?i:{nouns})\s+of"
        rf"|(?:(?i:the)\s+)?(?i:{leads}))\s+$"
    )


#: The days of a week counted from its first day.
WEEK_DAYS = 7


def _week_of(text: str, found: tuple[DateMatch, Resolved]) -> tuple[DateMatch, Resolved]:
    """'the week of 9 March', 'w/c 9 March' is that week, seven days from the day it names."""
    match, res = found
    if res.granularity != "day" or res.start is None or match.kind in (EVENT, PERIOD_TO):
        return found
    lead = _week_of_before().search(text, max(0, match.surface_start - 30), match.start)
    if lead is None:
        return found
    week = DateMatch(WEEK_OF, match.start, match.end, lead.start("lead"), dict(match.fields))
    return week, Resolved(res.start, res.start + dt.timedelta(days=WEEK_DAYS - 1), "other")


@cache
def _cycle_run() -> re.Pattern[str]:
    """A season or year that runs, as a habit, right before a span ('the ski season in Aspen,
    which usually runs '; dates.json 'cycle_nouns', 'cycle_verbs', 'cycle_adverbs')."""
    data = date_data()
    return re.compile(
        rf"\b(?i:{alts(data['cycle_nouns'])})"
        rf"(?:\s+(?i:{alts(data['season_place_prepositions'])})(?:\s+[A-Z][\w'’-]+){{1,2}})?"
        rf",?\s+(?:(?i:which|that)\s+)?(?:(?i:{alts(data['cycle_adverbs'])})\s+)?"
        rf"(?i:{alts(data['cycle_verbs'])})\s+$"
    )


@cache
def _named_month() -> re.Pattern[str]:
    return re.compile(rf"\b{month_re()}")


#: The days a span covering twelve months may run, edges written loosely ('1 May to 30 April').
CYCLE_DAYS = (358, 372)


def _year_cycle(text: str, match: DateMatch, res: Resolved) -> bool:
    """A yearless span of months that gives the shape of a recurring year or season, not a
    stretch that passed (dates.json '_year_cycle_doc'): twelve months long ('(July-June)', 'from
    mid-July to mid-July'), or what a season or year runs from, as a habit."""
    surface = text[match.surface_start : match.end]
    if re.search(rf"{YEAR}|['’/]\d\d\b", surface):
        return False  # a year named: a stretch of its own
    months = list(_named_month().finditer(surface))
    if len(months) < 2:
        return False
    first, last = months[0], months[-1]
    start_word = surface[: first.end()].split()[-1]
    end_word = surface[: last.end()].split()[-1]
    if start_word.lower() == end_word.lower() and not re.search(r"\d", surface):
        return True  # 'from early March to early March': round to the same edge
    if (
        res.start is not None
        and res.end is not None
        and res.start.year < res.end.year
        and CYCLE_DAYS[0] <= (res.end - res.start).days + 1 <= CYCLE_DAYS[1]
    ):
        return True  # across the turn of a year, back to where it began
    sentence = sentence_before(text, match.surface_start)
    return _cycle_run().search(sentence) is not None and surface.lower().startswith("from")


JOINED = "joined_span"
PERIOD_TO = "period_to"
WEEK_OF = "week_of"


@cache
def _period_before() -> re.Pattern[str]:
    """'the seven days to ', 'the week ending ', 'the quarter ended on ', 'the fiscal year that
    ended on ' right before a day."""
    data = date_data()
    units = alts(
        [*data["period_to_days"], *data["unit_months"], *(u + "s" for u in data["unit_months"])]
    )
    words = alts(data["period_to_words"])
    fiscal = alts(data["fiscal_words"])  # 'the financial year ended 31 March'
    relative = alts(data["period_to_relatives"])  # 'the year that ended on 7 July'
    return re.compile(
        rf"\b(?P<lead>(?i:the)\s+(?:(?P<n>(?i:{COUNT}))\s+)?(?:(?i:{fiscal})\s+)?"
        rf"(?P<unit>(?i:{units}))\s+(?:(?i:{relative})\s+)?(?i:{words})\s+(?:(?i:on)\s+)?)$"
    )


def _period_to(text: str, found: tuple[DateMatch, Resolved]) -> tuple[DateMatch, Resolved]:
    """A day ending a period ('the four weeks to 2 March', 'the quarter ended Dec. 31') dates
    the period: that many days or months back from the day, the day included."""
    match, res = found
    edge = match.kind == "edge_of"  # 'the nine months to the end of May': to its last day
    if (res.granularity != "day" and not edge) or res.end is None or match.kind == EVENT:
        return found
    lead = _period_before().search(text, max(0, match.start - 60), match.start)
    if lead is None:
        return found
    data = date_data()
    unit = lead.group("unit").lower()
    count = int(parse_tokens([lead.group("n")]) or 1) if lead.group("n") else 1
    if unit in data["period_to_days"]:
        start = res.end - dt.timedelta(days=count * data["period_to_days"][unit] - 1)
    else:
        months = data["unit_months"][unit.rstrip("s")] * count
        start = months_on(res.end + dt.timedelta(days=1), -months)
    period = DateMatch(PERIOD_TO, match.start, match.end, lead.start("lead"), dict(match.fields))
    return period, Resolved(start, res.end, "other")


FIRST_MONTHS_OF = "first_months_of"


@cache
def _first_months_before() -> re.Pattern[str]:
    """'the first eight months of ' right before a year (dates.json 'split_year_part_leads')."""
    leads = alts(date_data()["split_year_part_leads"])
    return re.compile(
        rf"\b(?P<lead>(?i:the)\s+(?i:{leads})\s+(?P<n>(?i:{COUNT}))\s+(?i:months)\s+of\s+"
        rf"(?:(?i:the)\s+)?)$"
    )


def _first_months_of(text: str, found: tuple[DateMatch, Resolved]) -> tuple[DateMatch, Resolved]:
    """'the first eight months of 2025-26': the first months of a split or fiscal year, counted
    from the month that year starts in (its country's, its season's), not from January."""
    match, res = found
    if (
        match.kind not in (FISCAL, "year_range")
        or res.start is None
        or res.end is None
        or months_on(res.start, 12) != res.end + dt.timedelta(days=1)
        or res.start.month == 1
    ):
        return found  # no twelve months across two calendar years
    lead = _first_months_before().search(text, max(0, match.start - 50), match.start)
    if lead is None:
        return found
    n = int(parse_tokens([lead.group("n")]) or 0)
    if not 1 <= n < 12:  # the months of a year
        return found
    last = months_on(res.start, n - 1)
    end = months_on(last, 1) - dt.timedelta(days=1)
    part = DateMatch(
        FIRST_MONTHS_OF, match.start, match.end, lead.start("lead"), dict(match.fields)
    )
    return part, Resolved(res.start, end, "other")


@cache
def _span_joint() -> re.Pattern[str]:
    """What stands between the two ends of a stretch: 'to', 'until', a dash, maybe a clock time."""
    words = alts([*date_data()["span_to"], *date_data()["stretch_pair_joins"]])
    clock = r"(?:(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|h)?\s+)"
    return re.compile(rf"\s*(?:(?P<word>(?i:{words}))\s+|(?P<dash>[-–—])\s*){clock}?")


def _stretch(
    text: str, first: tuple[DateMatch, Resolved], second: tuple[DateMatch, Resolved]
) -> tuple[DateMatch, Resolved] | None:
    """One stretch from two dates: joined by a dash, or by 'to'/'until' after 'from' or after a
    clock time ('8pm Friday to 8pm Saturday'); not a move ('moved the vote from May to June')."""
    (a, ra), (b, rb) = first, second
    if {a.kind, b.kind} & {*ANCHORED, EVENT, DAY_PART_ANAPHOR}:
        return None  # 'on 3 May – two days after the vote': a date renamed, no stretch
    joint = _span_joint().fullmatch(text, a.end, b.start)
    if joint is None or ra.start is None or rb.start is None or rb.end is None:
        return None
    word = (joint.group("word") or "").lower()
    start = ra.start
    if word in date_data()["stretch_pair_joins"]:
        abutting = _abutting_start(a, ra, b, rb)
        if abutting is None and not _pair_opened(text, a.surface_start):
            return None  # 'in May and early June': two dates, no stretch
        start = abutting or ra.start
    elif word:
        clock_before = re.search(
            r"\d\s*(?:[ap]\.?m\.?|h)\s*$", text[max(0, a.surface_start - 10) : a.surface_start]
        )
        opened = a.fields.get("prep", "").lower() in date_data()["stretch_openers"] or (
            {a.kind, b.kind} <= set(date_data()["unopened_stretch_kinds"])
        )  # 'figures for early May to mid-August': two parts of months need no 'from'
        # a stretch glossing a name in brackets: 'in Magh (mid-January to mid-February)'
        bracketed = text[: a.surface_start].rstrip().endswith("(") and text[b.end :].startswith(")")
        if not opened and not bracketed and clock_before is None:
            return None
    if _moves_event(sentence_before(text, a.surface_start)):
        return None
    end = rb.end
    if b.fields.get("m") and not {"y", "y1", "y2", "rel"} & set(b.fields):
        # a yearless end: the first such after the start ('May this year' has its own year)
        end = _first_on_or_after(end, ra.start)
    elif b.fields.get("wd") and end < ra.start:
        end += dt.timedelta(days=7 * ((ra.start - end).days // 7 + 1))
    if end < start:
        return None
    match = DateMatch(JOINED, a.start, b.end, a.surface_start, dict(a.fields))
    return match, Resolved(start, end, "other")


def _abutting_start(a: DateMatch, ra: Resolved, b: DateMatch, rb: Resolved) -> dt.date | None:
    """The start of one stretch made of two parts of months joined by 'and' where the first
    ends the day before the second starts ('late October and early November', 'late December
    and early January 2026'): a yearless first part takes the year that makes them touch. None
    when they are no such pair ('early May and late June': two dates)."""
    kinds = date_data()["abutting_pair_kinds"]
    if a.kind not in kinds or b.kind not in kinds or ra.start is None or ra.end is None:
        return None
    if rb.start is None:
        return None
    years = {"y", "y1", "y2"}
    if years & set(a.fields) or not years & set(b.fields):  # the second's year is free to move
        second = rb.start if years & set(b.fields) else _first_on_or_after(rb.start, ra.start)
        return ra.start if ra.end + dt.timedelta(days=1) == second else None
    before = rb.start - dt.timedelta(days=1)
    if (ra.end.month, ra.end.day) != (before.month, before.day) or ra.start.month != before.month:
        return None
    return dt.date(before.year, before.month, ra.start.day)


#: Between a timeline entry's year and the text of its entry: a dash or a colon, on one line.
ENTRY_JOINT = re.compile(r"[^\S\n]*[-–—:][^\S\n]*")
LINE_OPEN = re.compile(r"(?:^|\n)[^\S\n]*(?:[-–—•*·▪][^\S\n]+)?$")


def _headed(
    text: str,
    first: tuple[DateMatch, Resolved],
    second: tuple[DateMatch, Resolved],
    published: dt.date | None,
) -> tuple[DateMatch, Resolved] | None:
    """A timeline entry's year heads the yearless day or month its text opens with ('1998 -
    In May, ...', '2011: on 3 March ...'): one date, that day in that year, not the latest such
    day by publication."""
    (a, ra), (b, _) = first, second
    year = a.fields.get("y")
    if (
        a.kind != "year"
        or year is None
        or not b.fields.get("m")
        or {"y", "y1", "y2"} & set(b.fields)
    ):
        return None
    if LINE_OPEN.search(text, 0, a.surface_start) is None:
        return None  # the year opens its line
    if ENTRY_JOINT.fullmatch(text, a.end, b.surface_start) is None:
        return None
    res = resolve(b.kind, {**b.fields, "y": year}, published)
    if res.start is None or ra.start is None or res.start.year != ra.start.year:
        return None
    return DateMatch(JOINED, a.start, b.end, a.surface_start, {**b.fields, "y": year}), res


@cache
def _pair_opener() -> re.Pattern[str]:
    return re.compile(rf"\b(?i:{alts(date_data()['stretch_pair_openers'])})\s+$")


def _pair_opened(text: str, start: int) -> bool:
    """Whether 'between' opens the first date, so that 'and' joins the ends of one stretch."""
    return _pair_opener().search(text, max(0, start - 20), start) is not None


def _moved_stretch(text: str, start: int, fields: dict[str, str]) -> bool:
    """A stretch opened by 'from' after a verb that moves an event in its sentence ('pushing
    completion from late 2027 to mid-2028'): the old date and the new one, not one stretch."""
    prep = fields.get("prep", "").lower()
    opened = prep in date_data()["stretch_openers"] or re.search(
        rf"\b(?i:{alts(date_data()['stretch_openers'])})\s+$", text[max(0, start - 8) : start]
    )
    return bool(opened) and _moves_event(sentence_before(text, start))


@cache
def _moving() -> re.Pattern[str]:
    return re.compile(rf"\b(?i:{'|'.join(date_data()['moving_words'])})\b")


#: A count in a move verb's object: goods carried, not an event rescheduled (a year is no count).
CARGO_COUNT = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d[\d,.]*\b")


def _moves_event(before: str) -> bool:
    """Whether a move verb before a stretch moves an event ('shifted the vote from May to June');
    not one whose object is counted goods ('moved 40 tonnes of grain from 2023 to 2025'), a
    stretch the moving went on over."""
    return any(CARGO_COUNT.search(before, m.end()) is None for m in _moving().finditer(before))


@cache
def _written_orders() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(day first, month first): a day written before or after a capitalized month name."""
    names = alts([m.capitalize() for m in date_data()["months"]])
    day = r"(?:[12]\d|3[01]|0?[1-9])"
    return (
        re.compile(rf"\b{day}\s+(?:{names})\b"),
        re.compile(rf"\b(?:{names})\.?\s+{day}\b(?![\d,]\d)"),
    )


def writes_day_first(text: str) -> bool | None:
    """'06/04/2010' on a page that writes '14 October 2026' and '6 April': the page's own way
    of writing days orders its ambiguous slash dates (None: the page writes both as often).
    The corpus reads it once from the whole article, as a timeline may sit far below the dates
    that show the order."""
    day_first, month_first = _written_orders()
    days, months = len(day_first.findall(text)), len(month_first.findall(text))
    if days == months:  # no spelled day tells: the slash dates that can be read one way only
        days, months = _slash_orders(text)
    return None if days == months else days > months


_SLASH_DAY = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})(?![\d/])")


def _slash_orders(text: str) -> tuple[int, int]:
    """(day first, month first): slash dates whose first field ('14/08/2026') or middle field
    ('08/14/2026') runs past 12 and so can only be a day; a register that writes every day in
    digits shows its order by them."""
    fields = [(int(m[1]), int(m[2])) for m in _SLASH_DAY.finditer(text)]
    days = sum(1 for first, middle in fields if 12 < first <= 31 and 1 <= middle <= 12)
    months = sum(1 for first, middle in fields if 12 < middle <= 31 and 1 <= first <= 12)
    return days, months


@cache
def _season_start_statement() -> re.Pattern[str]:
    """'the crop year that began on 1 August', 'the season, which opens in October': a season
    noun (maybe with its place: 'the season in Hobart', or its split year: 'the crop year
    2024/25'), maybe a relative word (maybe with the place after it), a start verb (or an end
    verb: 'the marketing year, which closed on 30 September', then named by its last month),
    then the month (a day may stand either side);
    a run may name its last month too ('the season, which runs from November to March')."""
    data = date_data()
    names = alts([m.capitalize() for m in data["months"]])
    day = r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    return re.compile(
        rf"\b(?i:{alts(data['season_start_nouns'])})"
        rf"(?:\s+(?i:{alts(data['season_place_prepositions'])})(?:\s+[A-Z][\w'’-]+){{1,2}})?"
        rf"(?:\s+{YEAR}\s?[-–/]\s?\d\d(?!\d))?"  # its split year: 'the crop year 2025/26, which'
        rf",?\s+(?:(?i:that|which)\s+)?"
        # its place after the relative word: 'which in Kenya runs from October to September'
        rf"(?:(?i:{alts(data['season_place_prepositions'])})(?:\s+[A-Z][\w'’-]+){{1,2}}\s+)?"
        rf"(?:(?i:has|had|will)\s+)?(?:(?i:{alts(data['season_start_verbs'])})"
        rf"|(?P<ended>(?i:{alts(data['fiscal_end_verbs'])})))\s+"
        rf"(?:(?i:on|in)\s+)?(?:(?i:the)\s+)?{day}"
        rf"(?P<m>{names})\b(?:\s+\d{{1,2}}\b)?"
        rf"(?:\s+(?i:{alts(data['span_to'])})\s+(?:(?i:the)\s+)?{day}(?P<m2>{names})\b)?"
    )


def season_start(text: str) -> tuple[int, int] | None:
    """The months the page says its season, crop or marketing year starts and ends in ('the
    campaign that began on Oct. 1'; 'the season runs from November to March'): its split years
    ('2025/26', '2025-26') run from the first to the last. A run with no last month stated lasts
    twelve months. None: not said."""
    m = _season_start_statement().search(text)
    if m is None:
        return _commodity_season(text) or _fiscal_split_season(text)
    months = date_data()["months"]
    first = int(months[m.group("m").lower()])
    if m.group("ended"):  # 'the sugar year that closed in May': it ran from the month after
        return first % 12 + 1, first
    last = int(months[m.group("m2").lower()]) if m.group("m2") else (first - 2) % 12 + 1
    return first, last


def _commodity_season(text: str) -> tuple[int, int] | None:
    """The season of the crop a page is about (dates.json 'commodity_seasons'): the one it
    names most, at least 'commodity_season_mentions' times; a season that differs by country
    is the page's home country's (`fiscal_home`). None: no such crop, or no season for it."""
    data = date_data()
    seasons: dict[str, Any] = data["commodity_seasons"]
    counts = Counter(
        w.lower() for w in re.findall(rf"\b(?i:{alts(list(seasons))})\b", text)
    ).most_common(2)
    if not counts or counts[0][1] < data["commodity_season_mentions"]:
        return None
    if len(counts) == 2 and counts[1][1] == counts[0][1]:
        return None  # two crops named as often: neither is the page's
    season = seasons[counts[0][0]]
    if isinstance(season, dict):
        season = season["by_country"].get(fiscal_home(text) or "")
    return (int(season[0]), int(season[1])) if season else None


@cache
def _fiscal_split_year() -> re.Pattern[str]:
    """A split year written with a fiscal word beside it ('the 2024/25 financial year', 'fiscal
    year 2025-26', 'FY2024/25')."""
    fiscal = alts(date_data()["fiscal_words"])
    split = rf"{YEAR}\s?[-–/]\s?\d\d(?!\d)"
    return re.compile(
        rf"{split}\s+(?i:{fiscal})\s+years?\b|\b(?i:{fiscal})\s+years?\s+{split}|\bFY\s?{split}"
    )


def _fiscal_split_season(text: str) -> tuple[int, int] | None:
    """The months of the fiscal year of a page that writes its split years as fiscal years ('the
    2024/25 financial year') and whose home country (`fiscal_home`) keeps a year other than the
    calendar's: its bare split years ('moved 159 Mt in 2024/25') are that year too. None: no such
    statement or home, or a year that does not start on a month's first day."""
    if _fiscal_split_year().search(text) is None:
        return None
    home = fiscal_home(text)
    entry = _fiscal_table().get(home or "")
    if not entry or not entry.get("split_years", True) or "start_day" in entry:
        return None
    first = int(entry["start_month"])
    return first, (first - 2) % 12 + 1


@cache
def _weekday_word() -> re.Pattern[str]:
    data = date_data()
    return re.compile(rf"\b(?i:{alts([*data['weekdays'], *data['weekday_abbreviations']])})\b")


def _weekday_right_before(text: str, at: int) -> re.Match[str] | None:
    """A weekday set right before a day ('TUESDAY, JUNE 3' as a diary's heading), outside its span."""
    return _weekday_before().search(text, max(0, at - WEEKDAY_BEFORE_CHARS), at)


@cache
def _weekday_before() -> re.Pattern[str]:
    data = date_data()
    return re.compile(
        rf"\b(?P<wd>(?i:{alts([*data['weekdays'], *data['weekday_abbreviations']])}))\.?,?[ \t]+$"
    )


def _named_weekday_year(
    text: str, match: DateMatch, res: Resolved, published: dt.date | None
) -> Resolved:
    """A yearless day and month written with its weekday ("Valid: Thursday 19 February"): the
    year, of those next to the one read, in which the day falls on that weekday, the nearest
    to publication; the weekday names the year as a written year would."""
    if (
        match.kind not in date_data()["weekday_named_year_kinds"]
        or match.fields.get("y")
        or published is None
        or res.start is None
        or res.start != res.end
    ):
        return res
    named = _weekday_word().search(text, match.start, match.end) or _weekday_right_before(
        text, match.start
    )
    if named is None:
        return res
    weekday = weekday_number(named.group(named.lastgroup or 0))
    if res.start.weekday() == weekday:
        return res
    agreeing = [
        day
        for step in (-1, 1)
        if (day := years_on(res.start, step)).weekday() == weekday and day.month == res.start.month
    ]
    if not agreeing:
        return res
    day = min(agreeing, key=lambda d: abs((d - published).days))
    return Resolved(day, day, res.granularity, res.reason)


def _month_named_before(text: str, match: DateMatch) -> bool:
    """Whether the sentence names the ranked month before it ('April alone brought ..., the best
    April on record'): the ranking restates that month, no date of its own."""
    said = sentence_before(text, match.surface_start)
    return re.search(rf"\b{re.escape(match.fields['m'])}\b", said) is not None


@cache
def _citation_label() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?i:{alts(date_data()['citation_labels'])})\s*:")


def _clock_stamped(text: str, match: DateMatch) -> bool:
    """A date beside a clock stamp: a file's or a feed's own ('[r3] Thu, 5 Jun 2031 07:41:09
    GMT'), or a wire desk's sign-off ('AB/cd  14:05  3-02-2025'). Still a date, so no figure in
    it is a quantity; but no claim."""
    if SECONDS_STAMP_AFTER.match(text, match.end):
        return True
    lead = text[text.rfind("\n", 0, match.surface_start) + 1 : match.surface_start]
    return (
        _clock_stamp_before(lead) and re.search(r"\d{4}", text[match.start : match.end]) is not None
    )


def _cited(text: str, match: DateMatch) -> bool:
    """A date in a line of sources a story cites ("Sources: final communiqué (14.12.2025); ..."),
    or right after a word that gives the day a source was read ("accessed"): the date
    of a document, no event the story reports."""
    line_start = text.rfind("\n", 0, match.surface_start) + 1
    if _document_date_word().search(
        text, max(line_start, match.surface_start - 30), match.surface_start
    ):
        return True  # "trade tables, accessed 9 June 2024"
    return _citation_label().match(text, line_start) is not None


@cache
def _document_date_word() -> re.Pattern[str]:
    return re.compile(rf"\b(?i:{alts(date_data()['document_date_words'])}),?\s+$")


@cache
def _record_noun_before() -> re.Pattern[str]:
    nouns = alts(date_data()["record_day_nouns"])
    return re.compile(rf"\b(?i:{nouns})\b[^.!?]*$")


@cache
def _record_noun_after() -> re.Pattern[str]:
    nouns = alts(date_data()["record_day_nouns"])
    return re.compile(rf"\s*[-–—|:]\s*(?i:{nouns})\s*")


def _record_day(text: str, match: DateMatch) -> bool:
    """A line that names a record of an event or a page of a day by its day, the day written
    out with its year at the line's end ("Minister's Press Briefing on 3 May 2025", "Transcript,
    3 May 2025", "TV guide: Friday 2 May 2025") or before the record's noun set off by a dash
    ("Talk show – 2 May 2025 – transcript"): on the day of publication, the record's own date,
    page metadata and no claim."""
    line_start = text.rfind("\n", 0, match.surface_start) + 1
    line_end = text.find("\n", match.end)
    rest = text[match.end : line_end if line_end >= 0 else len(text)]
    if not match.fields.get("y"):
        return False
    if _record_noun_after().fullmatch(rest):
        return True
    return (
        not rest.strip()
        and _record_noun_before().search(text[line_start : match.surface_start]) is not None
    )


class PageFiscal(NamedTuple):
    """The fiscal year a page sets out: its first month, whether a year is named by the calendar
    year it starts in, and whether the page gave it only by the day its year ends on ('the year
    to 31 July 2026'), which a country named before an expression in its paragraph overrides."""

    first: int
    named_by_start: bool
    by_year_end: bool = False


#: Months in the period a fiscal label names: a quarter, a half.
LABEL_MONTHS = {"Q": 3, "H": 6}


@cache
def _labelled_period() -> re.Pattern[str]:
    """A calendar period with the fiscal label of the same period beside it, in brackets or
    quotes: 'the six months ended 31 December 2025 ("H1 F2026")', 'the quarter to September 30,
    2025 (Q2 FY26)'."""
    data = date_data()
    periods = "|".join(
        re.escape(p).replace(r"\ ", r"[- ]")
        for p in sorted(data["labelled_period_months"], key=len)[::-1]
    )
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    return re.compile(
        rf"\b(?P<period>{periods})\s+(?:{alts(data['labelled_period_ends'])})\s+"
        rf"(?:{day}\s+(?P<m>[A-Za-z]{{3,9}})\.?|(?P<m2>[A-Za-z]{{3,9}})\.?\s+{day})"
        r",?\s+(?P<y>(?:19|20)\d\d)\s*[(\[]?\s*[\"“‘']?\s*(?P<q>Q[1-4]|H[12])?\s?"
        r"(?:FY\s?['’]?|F(?=\d{4}))(?P<fy>(?:19|20)\d\d|\d\d)\b",
        re.I,
    )


def fiscal_start(text: str) -> PageFiscal | None:
    """The fiscal year a page sets out by naming a calendar period and its fiscal label
    together ('the six months ended 31 December 2025 ("H1 F2026")': a year from July, named by
    the calendar year it ends in): (its first month, whether a year is named by the calendar year
    it starts in). None when the page sets out none; a calendar year is none."""
    months = date_data()["months"]
    periods = {k.replace("-", " "): v for k, v in date_data()["labelled_period_months"].items()}
    for m in _labelled_period().finditer(text):
        month = months.get((m.group("m") or m.group("m2")).lower())
        if month is None:
            continue
        label = m.group("q")
        length = LABEL_MONTHS[label[0].upper()] if label else 12
        said = re.sub(r"[- ]+", " ", m.group("period").lower())
        if periods.get(said) != length:
            continue  # 'the six months to June (Q2 FY26)': the label names another period
        ends_at = length * int(label[1]) if label else 12  # the fiscal month the period ends
        first = (month - ends_at) % 12 + 1
        if first == 1:
            return None
        opening = int(m.group("y")) - (month < ends_at)  # the year its first month falls in
        named = int(m.group("fy")) % 100 == opening % 100
        return PageFiscal(first, named)
    return _stated_year_end(text)


@cache
def _year_end_statement() -> re.Pattern[str]:
    """A year that runs to the last day of a month, with its year: 'for the year to 31 July
    2026', 'the financial year ended June 30, 2025' (not 'the half year ended ...')."""
    data = date_data()
    return re.compile(
        rf"\b(?i:the)\s+(?:(?i:{alts([*data['fiscal_words'], *data['whole_year_words']])})\s+)?"
        rf"year\s+(?:{alts(data['labelled_period_ends'])})\s+"
        r"(?:(?P<d>[23]\d)(?:st|th)?\s+(?P<m>[A-Za-z]{3,9})\.?"
        r"|(?P<m2>[A-Za-z]{3,9})\.?\s+(?P<d2>[23]\d)(?:st|th)?),?\s+(?:19|20)\d\d\b",
        re.I,
    )


def _stated_year_end(text: str) -> PageFiscal | None:
    """The fiscal year a page sets out by the day its year ends on ('results for the year to
    31 July 2026': a year from August, named by the calendar year it ends in); a year to the
    end of December, or to a day that ends no month, sets out none."""
    months = date_data()["months"]
    for m in _year_end_statement().finditer(text):
        month = months.get((m.group("m") or m.group("m2")).lower())
        if month is None or month == 12:
            continue
        if int(m.group("d") or m.group("d2")) != calendar.monthrange(2001, month)[1]:
            continue  # not a month's last day (a leap February's 29th aside)
        return PageFiscal(month + 1, False, by_year_end=True)
    return None


def _page_fiscal(page: PageFiscal | None) -> dict[str, str]:
    if page is None:
        return {}
    return {"fy_start": str(page[0]), **({"fy_from_start": "1"} if page[1] else {})}


#: Between a period and its fiscal label in brackets or quotes: nothing but those marks.
RELABEL_GAP = re.compile(r"\s*[(\[]?\s*[\"“‘']?\s*")


def _relabelled(text: str, period: DateMatch, label: DateMatch) -> bool:
    """A fiscal label in brackets or quotes right after a period ('31 December 2025
    ("H1 F2026")'): the same period renamed, no claim of its own."""
    gap = text[period.end : label.surface_start]
    return bool(RELABEL_GAP.fullmatch(gap)) and any(mark in gap for mark in "([\"“‘'")


@lru_cache(maxsize=64)
def _writes_day_first(text: str) -> bool:
    """The order the text around a paragraph writes its days in, when the page's is not known."""
    return writes_day_first(text) is True


def _first_on_or_after(day: dt.date, start: dt.date) -> dt.date:
    """The same month and day in the first year that puts it on or after start."""
    moved = years_on(day, start.year - day.year)
    return moved if moved >= start else years_on(day, start.year + 1 - day.year)


def _iter_dates(
    text: str,
    published: dt.date | None,
    context: str | None = None,
    page_day_first: bool | None = None,
    page_season: tuple[int, int] | None = None,
    page_fiscal: PageFiscal | None = None,
    home: str | None = None,
) -> Iterator[tuple[DateMatch, Resolved]]:
    last_day: Resolved | None = None
    last_past_day: Resolved | None = None  # the last day of this paragraph not after publication
    context_read = not context  # the context's day is worked out only if a match reads it
    day_end = -1  # where the last day of this paragraph ends (-1: none, or the context's)
    last_any: Resolved | None = None
    last_any_at = -1  # where last_any was found in this paragraph (-1: not in it)
    last: tuple[DateMatch, Resolved] | None = None
    written: tuple[DateMatch, Resolved] | None = None  # the last day or month with its year
    part: tuple[DateMatch, Resolved] | None = None  # the last quarter or half of a year
    before = context if not context or context.endswith("\n") else f"{context}\n"
    listed = bool(before) and _listed_ahead(f"{before}{text.lstrip()[:3]}")  # a list ahead
    lead = len(text) - len(text.lstrip())  # where a diary line's leading day would open
    led = before is not None and _listed_ahead(before, text[lead:])  # 'Jun. 4 - vote' under 'Diary'
    for match in find_dates(text):
        if listed or (led and match.surface_start == lead):
            ahead = dict(match.fields)
            ahead["future"] = "1"
            match = DateMatch(match.kind, match.start, match.end, match.surface_start, ahead)
        if match.kind == SLASH and (
            page_day_first if page_day_first is not None else _writes_day_first(f"{before}{text}")
        ):
            fields = {**match.fields, "order": "day_first"}
            match = DateMatch(match.kind, match.start, match.end, match.surface_start, fields)
        split = match.fields.get("sep") == "/" or _dashed_split_year(match)
        named = _named_split_year(text, match, home) if split else None
        if named is not None:
            # 'the 2025/26 gas year', 'school year 2024-25': the year that noun names
            fields = {**match.fields, "split_start": str(named), "split_end": str(named - 1 or 12)}
            match = DateMatch(match.kind, match.start, match.end, match.surface_start, fields)
        elif page_season is not None and split:
            opens, closes = page_season  # a page's season: '2025/26', '2025-26'
            fields = {**match.fields, "split_start": str(opens), "split_end": str(closes)}
            match = DateMatch(match.kind, match.start, match.end, match.surface_start, fields)
        if match.kind == EVENT:
            if last is None or last[1].start is None or not _apposed(text, last[0], match):
                continue
            res = resolve("anchor_day", {**match.fields, "inverse": "1"}, published, last[1])
        elif match.kind == ORDINAL_DAY:
            spoken = last[1] if last is not None else None
            if spoken is None or spoken.start is None or spoken.granularity == "year":
                continue  # 'on the 25th' only after a month or a day of it
            if _stated_on(text, match, spoken):
                # the day a statement about a month's figures was made: the latest such day
                # by publication, not a day of the month reported
                day = _latest_day_of_month(match.fields, published)
            else:
                day = _day_of(spoken.start, match.fields)
            if day is None:
                continue  # 'on the 31st' of a month without one
            res = day
        elif match.kind == "elliptic_part":
            if part is None or part[1].start is None:
                continue  # 'in the second' only after a quarter or half of a year
            fields = {**match.fields, "part": part[0].fields.get("part", "quarter")}
            res = resolve("quarter", {**fields, "y": str(part[1].start.year)}, published)
        elif match.kind == DAY_PART_ANAPHOR:
            if not context_read:
                last_day, context_read = context_day(context, published), True
            if last_day is None:
                continue  # 'quieter in the morning': no day spoken of, a habit
            if day_end >= 0 and not re.search(r"[.!?]\s", text[day_end : match.start]):
                continue  # 'on Friday ... in the evening': its day's claim dates it already
            res = resolve("anchor_day", {**match.fields, "step": "same"}, published, last_day)
        elif (
            match.kind == WEEKDAY
            and last is not None
            and last[1].granularity == "day"
            and _weekday_apposition().fullmatch(text, last[0].end, match.start)
        ):
            continue  # 'on 9 January, a Thursday': that day's weekday, no date of its own
        elif match.kind in ANCHORED and last is not None and _apposed(text, last[0], match):
            res = last[1]  # 'on Friday, the day before the vote': the same day, renamed
        elif match.kind in ANCHORED:
            counted_day = match.kind in ("anchor_day", "anchor_weekday")
            if not context_read and counted_day:
                back = _counts_back(match)  # 'a week earlier': from the day a figure is for
                last_day = context_day(
                    context,
                    published,
                    ANAPHOR_PARAGRAPHS,
                    reported=back,
                    day_first=page_day_first,
                    same=_same_day(match),
                )
                context_read = True
            anchor = last_day if counted_day else last_any
            if anchor is None and not counted_day and not match.fields.get("that"):
                anchor = context_month(context, published)
            if anchor is not None and _month_told_before(text, match, anchor, last_any_at):
                anchor = _whole_month(anchor)
            if (
                counted_day
                and _ahead(anchor, published)
                and _told_in_past(text, match.surface_start, match.end)
            ):
                # 'the list takes effect on Friday; Tokyo froze assets the same day': a past act
                anchor = last_past_day or context_day(context, published, ANAPHOR_PARAGRAPHS, True)
            res = match.resolve(published, anchor)
        elif (counted := _counted_back(text, match, last_any_at)) is not None:
            # 'held 87 hm3 this afternoon, against 168 hm3 a year ago': the period compared,
            # that far back, as 'a year earlier' would be
            res = resolve(counted[0], counted[1], published, last_any)
        elif match.kind == FISCAL_PART and last is not None and _relabelled(text, last[0], match):
            continue  # 'the six months to 31 December 2025 ("H1 F2026")': the same period
        elif match.kind in (FISCAL, FISCAL_PART):
            own = _page_fiscal(page_fiscal)
            if page_fiscal is not None and page_fiscal.by_year_end and _country_before(text, match):
                own = {}  # 'Australia's 2025-26 fiscal year' on a page whose own year ends in July
            own = (
                _stated_run(text, match.end)
                or own
                or fiscal_country(context or "", text, match, home=home)
            )
            res = resolve(match.kind, {**match.fields, **own}, published)
        elif (
            _dashed_split_year(match)
            and "split_start" not in match.fields
            and (country := fiscal_country(context or "", text, match, split=True, home=home))
        ):
            # 'from 2026-27' on a page of a country whose fiscal year is not the calendar's
            res = resolve(FISCAL, {**match.fields, **country}, published)
        elif match.fields.get("that"):
            res = match.resolve(published, last_any)
        else:
            res = match.resolve(published)
            res = _near_written(text, match, res, written, published)
        if match.fields.get("ranked") and _month_named_before(text, match):
            continue  # 'April alone brought ..., the best April on record': that April again
        if _cited(text, match):
            continue  # 'Sources: the ministry's communiqué (14.12.2025)': a document's date
        if _clock_stamped(text, match):
            continue  # '14:05  3-02-2025', '5 Jun 2031 07:41:09': a stamp, no event
        if match.kind == "year" and _numbered_name().search(text[: match.start]):
            continue  # 'Decree No. 31 of 2024', 'week 9 of 2025': a numbered name's year
        if match.kind == "year" and _law_name().search(text[: match.start]):
            continue  # 'the Harbours Act of 1962': the year names the law
        if _change_base(text, match, res, published):
            continue  # 'up 11% on 2022', 'a quarter more than a year before': a change's base
        if match.kind != "year" and _place_named().match(text, match.end):
            continue  # 'a flat in 9th of April District': a place named by its date
        res = _named_weekday_year(text, match, res, published)
        if res.start is not None and res.start == published and _record_day(text, match):
            continue  # 'Regular Press Conference on May 3, 2025' over its transcript: its stamp
        if res.start is not None:
            # not 'down 5% from April', 'the lowest since 2023': no period reported; nor 'the
            # bank said on Friday' after a period: the day a figure was announced
            reported = not _comparison_base(text, match) and not _bound(match)
            if reported and (last_any is None or not _statement_day(text, match, res)):
                last_any, last_any_at = res, match.start
            if res.granularity == "day":
                last_day, context_read = res, True  # the context's day no longer counts
                day_end = match.end
                if not _ahead(res, published):
                    last_past_day = res
        last = (match, res)
        if _written_anchor(text, match, res, published) or _event_year(text, match, res, published):
            written = last  # a day or month reported with its year written out
        elif res.start is not None and match.fields.get("rel"):
            written = None  # 'last spring', 'this year': the story is told from publication again
        if match.fields.get("ord") and match.fields.get(
            "part"
        ):  # 'the third quarter', 'first half'
            part = last
        yield match, res


def _month_told_before(text: str, match: DateMatch, anchor: Resolved, last_at: int) -> bool:
    """'a month before' right after a figure, in a sentence of its own after a day named in an
    earlier one ('... on 21 November touched a high. The discount narrowed from 15.4% a month
    before'): the level compared is the month's, so the month before that day's month, not the
    day a month back."""
    return (
        match.kind == "anchor_month"
        and match.fields.get("unit", "month").lower() == "month"
        and anchor.granularity == "day"
        and anchor.start is not None
        and last_at >= 0
        and len(sentence_before(text, match.start)) < match.start - last_at
        and FIGURE_BEFORE.search(text[max(0, match.surface_start - 20) : match.surface_start])
        is not None
    )


#: A figure right before a counted-back period: the level it compares with ('from 15.4% a
#: month before', 'against 90 tonnes a month earlier').
FIGURE_BEFORE = re.compile(r"(?:\d|%)(?:\s*[a-z/]+)?\s+$")


def _whole_month(day: Resolved) -> Resolved:
    """The calendar month a resolved day falls in."""
    assert day.start is not None
    first = day.start.replace(day=1)
    return Resolved(first, months_on(first, 1) - dt.timedelta(days=1), "month")


def _counted_back(text: str, match: DateMatch, last_at: int) -> tuple[str, dict[str, str]] | None:
    """'a year ago', 'six months ago' in a sentence that has named the period it compares: the
    anchored kind it resolves as (dates.json 'counted_back_kinds') and its fields."""
    unit = match.fields.get("unit", "").lower()
    kind = date_data()["counted_back_kinds"].get(match.kind, {}).get(unit)
    if kind is None or last_at < 0:
        return None
    if len(sentence_before(text, match.start)) < match.start - last_at:
        return None  # the period named in another sentence
    return kind, {**match.fields, "step": date_data()["counted_back_step"], "unit": unit}


WRITTEN_YEAR_KEYS = frozenset({"y", "y1", "y2"})


def _written_anchor(text: str, match: DateMatch, res: Resolved, published: dt.date | None) -> bool:
    """A day or month with its year written out that the sentence reports: not a bound ('since
    February 2023'), a base of comparison ('compared with May 2024') nor a date ahead ('until
    May 2027')."""
    return (
        res.start is not None
        and res.granularity in ("day", "month")
        and bool(WRITTEN_YEAR_KEYS & set(match.fields))
        and not _ahead(res, published)
        and not set(AHEAD) & set(match.fields)
        and not _bound(match)
        and not _in_bound_clause(text, match)
        and not _comparison_base(text, match)
    )


def _event_year(text: str, match: DateMatch, res: Resolved, published: dt.date | None) -> bool:
    """A past year naming an event after 'the' ('where the 2004 tsunami struck on 26
    December'), a past year a 'when' clause goes on to tell of ('last flooded in 2007, when the
    bridge fell on 24 June'), or a year labelling a timeline entry: the story of that event or
    year, so a yearless day or month the sentence goes on to give is of that year
    (`_near_written`)."""
    if match.kind != "year" or res.start is None or published is None:
        return False
    if _timeline_label(text, match):
        return True  # a timeline's entry, past or ahead: '2027 - A new lock opens in June'
    if res.start.year >= published.year or _bound(match) or _comparison_base(text, match):
        return False
    if _year_clause().match(text, match.end):
        return True  # 'in 1992, when ash closed the airport on 18 August'
    before = re.findall(r"[A-Za-z]+", text[max(0, match.start - 12) : match.start])[-1:]
    after = re.match(r"\s+([a-z][a-z-]+)", text[match.end :])
    opener = date_data()["event_year_determiners"]
    return bool(before) and before[0].lower() in opener and after is not None


@cache
def _year_clause() -> re.Pattern[str]:
    """A clause set off by a comma after a year that tells what happened in it (dates.json
    'year_clause_openers': ', when ...')."""
    return re.compile(rf",\s+(?:{alts(date_data()['year_clause_openers'])})\b")


#: A timeline entry's year opening its line before a dash or a colon ("1914 - The canal opens").
TIMELINE_LABEL = re.compile(r"\s*[-–—:]\s")


def _timeline_label(text: str, match: DateMatch) -> bool:
    """A year that labels a timeline entry: alone at its line's start, a dash or colon after
    it; the entry tells what happened that year ('1914 - The canal opens on 15 August')."""
    line_start = text.rfind("\n", 0, match.start) + 1
    return not text[line_start : match.start].strip() and bool(
        TIMELINE_LABEL.match(text, match.end)
    )


def _entry_cues(text: str, written: DateMatch, match: DateMatch) -> set[str]:
    """Look-ahead cues a timeline entry's present tense sets ('1914 - The canal opens on 15
    August'): the historical present of a past year's entry, so they point nowhere ahead."""
    if not _timeline_label(text, written) or "\n" in text[written.end : match.start]:
        return set()
    return {"future_cue", "soon"}


def _in_bound_clause(text: str, match: DateMatch) -> bool:
    """A date inside a clause that a bound word opens ('since the rebels took the town in April
    2024'): the clause bounds a stretch that reaches publication, so the story is not told from
    that date onwards."""
    clause = re.split(r"[,;:(](?=\s)|\s[-–—]\s", sentence_before(text, match.surface_start))[-1]
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", clause)}
    return bool(words & set(date_data()["bound_prepositions"]))


#: How far (in days) a yearless month's reading from publication may lie from a day or month
#: with its year written earlier in the sentence before the one nearest that date is taken.
NEAR_WRITTEN_DAYS = 183


def _near_written(
    text: str,
    match: DateMatch,
    res: Resolved,
    written: tuple[DateMatch, Resolved] | None,
    published: dt.date | None,
) -> Resolved:
    """A yearless month or day in a sentence that has just named a month or day with its year
    ('shut in March 2023 and restarted in June'): the first such after that date, as a story is
    told forwards; or the last one before it when a word between them tells of what came
    first ('reopened in February 2024 after floods in November'). Only when the reading from
    publication lies far (more than half a year) from that date; a date that looks ahead or
    bounds a stretch to publication ('since March') keeps its reading."""
    if (
        written is None
        or res.start is None
        or written[1].start is None
        or match.kind not in date_data()["near_written_kinds"]
        or {*AHEAD, "y", "rel", "that"} & set(match.fields) - _entry_cues(text, written[0], match)
        or _bound(match)
        or len(sentence_before(text, match.start)) < match.start - written[0].start
        or _object_aside(text, written[0], match)
    ):
        return res
    anchor = written[1].start
    if abs((res.start - anchor).days) <= NEAR_WRITTEN_DAYS:
        return res
    clause = text[written[0].end : match.start]
    if _timeline_label(text, written[0]):
        clause = clause[TIMELINE_LABEL.match(clause).end() :]  # type: ignore[union-attr]
    if written[1].granularity == "year" and (opened := _year_clause().match(clause)):
        clause = clause[opened.end() :]  # 'in 2007, when the bridge fell on 24 June': its story
    if written[1].granularity == "year" and re.search(r"[,;:]", clause):
        return res  # 'Like the 2019 strike, the walkout began on 3 May': another clause's date
    options = [
        o
        for year in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (o := resolve(match.kind, {**match.fields, "y": str(year)}, published)).start
    ]
    between = text[written[0].end : match.surface_start]
    if _earlier_link().search(between):
        before = [o for o in options if o.start and o.start < anchor]
        return before[-1] if before else res
    after = [o for o in options if o.start and o.start > anchor]
    return after[0] if after else res


def _object_aside(text: str, written: DateMatch, match: DateMatch) -> bool:
    """A written date in a participle aside set off by commas after the clause's verb
    ('removed the mayor, listed in May 2021, after he quit in April'): the aside
    tells the object's back story, so a yearless date after it belongs to the main clause and
    keeps its reading from publication ('The mine, shut in March 2023, reopened in June' has
    no verb before the aside: the story runs on from it)."""
    sentence = sentence_before(text, written.surface_start)
    head, comma, aside = sentence.rpartition(", ")
    if not comma or not re.fullmatch(r"\s*(?:[a-z]+\s+)?[a-z]+ed\s+(?:[a-z]+\s+)?", aside):
        return False
    if "," not in text[written.end : match.surface_start]:
        return False  # 'listed in May 2021 after he quit in April': one phrase
    return _finite_past(head)


@cache
def _place_named() -> re.Pattern[str]:
    """One of dates.json 'date_place_nouns', capitalised, right after a date: the place's name."""
    return re.compile(rf"\s+(?:{alts(date_data()['date_place_nouns'])})\b")


@cache
def _law_name() -> re.Pattern[str]:
    """One of dates.json 'law_name_nouns', capitalised, then 'of' at the end of the text:
    the year after it is the name's ('the Harbours Act of 1962')."""
    nouns = alts(date_data()["law_name_nouns"])
    return re.compile(rf"\b(?:{nouns})\s+of\s*$")


@cache
def _numbered_name() -> re.Pattern[str]:
    """A number right before one of dates.json 'numbered_name_prepositions' at the end of the
    text: the year after it names a numbered instrument or part ('Act No. 4 of 2019')."""
    return re.compile(rf"\d\)?\s+(?i:{alts(date_data()['numbered_name_prepositions'])})\s+$")


@cache
def _earlier_link() -> re.Pattern[str]:
    return re.compile(rf"\b(?i:{alts(date_data()['earlier_links'])})\b")


@cache
def _country_words() -> tuple[re.Pattern[str], dict[str, str]]:
    """Words that name a country with a non-calendar fiscal year, and the country each names;
    a word in capitals names it too (a dateline's 'NAIROBI')."""
    table = _fiscal_table()
    named = {
        form: country
        for country, entry in table.items()
        for word in entry["words"]
        for form in (word, word.upper())
    }
    # Each word opens on its first letter and checks the word boundary behind it after that
    # letter ('(?<!\w.)' there is '(?<!\w)' before it): every branch then starts with a literal,
    # so the regex engine skips ahead to the words' first letters instead of trying every
    # branch at every position (same matches, several times faster on a page).
    alts = [
        re.escape(w[0])
        + (r"(?<!\w[\s\S])" if w[0].isalnum() else "")
        + re.escape(w[1:])
        + (r"(?!\w)" if w[-1].isalnum() else "")
        for w in sorted(named, key=len, reverse=True)
    ]
    return re.compile("|".join(alts)), named


def _fiscal_table() -> dict[str, dict[str, Any]]:
    """The countries of dates.json 'fiscal_years', each with its entry."""
    raw = date_data()["fiscal_years"]
    return {k: v for k, v in raw.items() if not k.startswith("_") and isinstance(v, dict)}


def fiscal_home(text: str) -> str | None:
    """The page's home country for its fiscal years: the one of dates.json 'fiscal_years' that
    its opening (masthead, menu, headline, dateline, up to its first paragraph of 'home_chars'
    characters or more) names most, ahead of any other; None when none leads."""
    least = date_data()["fiscal_years"]["home_chars"]
    end = 0
    for line in re.finditer(r"[^\n]+", text):
        end = line.end()
        if len(line.group().strip()) >= least:
            break
    pattern, named = _country_words()
    ranked = Counter(named[m.group()] for m in pattern.finditer(text[:end])).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


@cache
def _named_years() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int]]:
    named = {k.lower(): int(v) for k, v in date_data()["named_split_years"].items()}
    nouns = alts(sorted(named, key=len, reverse=True))
    return (
        re.compile(rf"\s+(?P<n>(?i:{nouns}))\b"),
        re.compile(rf"\b(?P<n>(?i:{nouns}))\s+$"),
        named,
    )


def _named_split_year(text: str, match: DateMatch, home: str | None = None) -> int | None:
    """The month a split year's own noun starts it in ('the 2025/26 gas year', 'school year
    2024-25': dates.json 'named_split_years'; in the page's `home` country, its own month where
    'named_split_years_by_country' gives one), or None when no such noun stands next to it."""
    if match.kind != "year_range":
        return None
    after, before, named = _named_years()
    found = after.match(text, match.end) or before.search(
        text, max(0, match.start - 30), match.start
    )
    if not found:
        return None
    noun = found.group("n").lower()
    own = date_data()["named_split_years_by_country"].get(noun, {})
    return int(own.get(home or "", named[noun]))


def _dashed_split_year(match: DateMatch) -> bool:
    """'2026-27': a year and the next one's last two digits, joined by a dash, as a country
    writes its fiscal years ('2019-2021' and '2026-28' are ranges of whole years)."""
    fields = match.fields
    y1, y2 = fields.get("y1", ""), fields.get("y2", "")
    return (
        match.kind == "year_range"
        and fields.get("sep") in ("-", "–")
        and len(y1) == 4
        and len(y2) == 2
        and int(y2) == (int(y1) + 1) % 100
    )


@cache
def _stated_run_clause() -> re.Pattern[str]:
    data = date_data()
    months = alts(list(data["months"]))
    verbs = alts([*data["cycle_verbs"], *data["stated_run_verbs"]])
    return re.compile(
        rf",?\s+(?i:{alts(data['period_to_relatives'])})\s+(?:(?i:{alts(data['cycle_adverbs'])})\s+)?"
        rf"(?i:{verbs})\s+from\s+(?P<m>(?i:{months}))\.?\s+(?i:{alts(data['span_to'])})\s+"
        rf"(?P<m2>(?i:{months}))\b"
    )


def _stated_run(text: str, end: int) -> dict[str, str]:
    """The months a fiscal year's own clause says it runs over ('the 2024/25 financial year,
    which ran from April to March'): its first month; nothing when no such clause follows or
    the months named make no year."""
    m = _stated_run_clause().match(text, end)
    if m is None:
        return {}
    months = date_data()["months"]
    first, last = int(months[m.group("m").lower()]), int(months[m.group("m2").lower()])
    return {"fy_start": str(first)} if (first - 2) % 12 + 1 == last else {}


def _country_before(text: str, match: DateMatch) -> bool:
    """Whether the paragraph names a country with its own fiscal year before the expression."""
    return _country_words()[0].search(text, 0, match.start) is not None


@cache
def _partner_lead() -> re.Pattern[str]:
    """A preposition that makes the countries after it a trade partner or a rival ('exports to
    Japan', 'lost market share to Peru, Ghana and Brazil'; dates.json 'fiscal_years'
    'partner_prepositions'), with the names already listed after it."""
    words = alts(date_data()["fiscal_years"]["partner_prepositions"])
    listed = r"(?:[A-Z][\w.'’$-]*\s+)*[A-Z][\w.'’$-]*(?:,\s+|\s+(?:and|or)\s+|,\s+(?:and|or)\s+)"
    return re.compile(rf"(?:(?P<prev>[\w'’]+)\s+)?\b(?i:{words})\s+(?:{listed})*$")


def _owner_words(text: str, found: Iterable[re.Match[str]]) -> list[str]:
    """The country words of `found` that may own a fiscal year: not one named as a partner or
    rival after 'to', 'from' ('shipped tea to Egypt'), which keeps its own year and leaves the
    year to the country the text is about."""
    lead = _partner_lead()
    not_after = {w.lower() for w in date_data()["fiscal_years"]["partner_not_after"]}
    owners = []
    for m in found:
        partner = lead.search(text, max(0, m.start() - 80), m.start())
        if partner is None or (partner.group("prev") or "").lower() in not_after:
            owners.append(m.group())  # 'according to Japan's ministry': no partner
    return owners


def fiscal_country(
    context: str, text: str, match: DateMatch, split: bool = False, home: str | None = None
) -> dict[str, str]:
    """The fiscal year's start month and naming, from the country named nearest before the
    expression in this paragraph, else the page's `home` country (`fiscal_home`; a loan's
    currency after it names no fiscal year), else the one named first after it in its sentence,
    else the one named last in the lines before the paragraph, else first after it in the
    paragraph; none named: nothing (the calendar reading). `split`: for a
    bare split year ('2026-27'), which only the countries that write their fiscal years so read
    as one."""
    pattern, named = _country_words()
    before = _owner_words(text, pattern.finditer(text[: match.start]))
    after = pattern.search(text, match.end)
    sentence_end = re.search(r"[.!?](?=\s|$)", text[match.end :])
    in_sentence = None
    if after is not None and (
        sentence_end is None or after.start() < match.end + sentence_end.end()
    ):
        in_sentence = after.group()
    country = named[before[-1]] if before else home or (named[in_sentence] if in_sentence else None)
    table = _fiscal_table()
    for own in [home, *(named[word] for word in before)] if before else []:
        if own is not None and before[-1] in table[own].get("also_marks", []):
            country = own  # the pound sign on a page from a territory that writes it too
    if country is None:
        earlier = _owner_words(context, pattern.finditer(context))
        word = earlier[-1] if earlier else after.group() if after else None
        country = named[word] if word is not None else None
    if country is None:
        return {}
    entry = table[country]
    if split and not entry.get("split_years", True):
        return {}  # '2032-33' where fiscal years are never written so: a range of years
    fields = {"fy_start": str(entry["start_month"])}
    if entry["named_by_start_year"]:
        fields["fy_from_start"] = "1"
    if "start_day" in entry:
        fields["fy_day"] = str(entry["start_day"])
        fields["fy_end_day"] = str(entry["end_day"])
    if "own_era" in entry:
        fields["fy_era_above"] = str(entry["own_era"]["above"])
        fields["fy_era_offset"] = str(entry["own_era"]["offset"])
    return fields


def _stated_on(text: str, match: DateMatch, spoken: Resolved) -> bool:
    """'rose in December, figures released on the 16th showed': a day of the month a
    statement verb dates, after a month (no day) spoken of: the statement is made after the
    period it reports, so the day is not one of that month."""
    before = text[max(0, match.surface_start - 24) : match.surface_start]
    verbs = alts(date_data()["statement_verbs"])
    return spoken.granularity == "month" and re.search(rf"\b(?i:{verbs})\s+$", before) is not None


def _latest_day_of_month(fields: dict[str, str], published: dt.date | None) -> Resolved | None:
    """That day of the month in the latest month, by publication, that has it and where it is
    not after publication; None without a publication day."""
    if published is None:
        return None
    month = published.replace(day=1)
    for _ in range(3):  # a 31st may skip a month or two
        day = _day_of(month, fields)
        if day is not None and day.start is not None and day.start <= published:
            return day
        month = (month - dt.timedelta(days=1)).replace(day=1)
    return None


def _day_of(month: dt.date, fields: dict[str, str]) -> Resolved | None:
    """That day of the month `month` falls in; None when the month has no such day."""
    try:
        day = month.replace(day=int("".join(c for c in fields["d"] if c.isdigit())))
    except ValueError:
        return None
    return Resolved(day, day, "day")


def _bound(match: DateMatch) -> bool:
    """A date that only bounds a stretch reaching publication ('the lowest since the spring of
    2023'): a later 'a year earlier' counts from the period reported, not from it."""
    return match.fields.get("prep", "").lower() in date_data()["bound_prepositions"]


def _duration_before(text: str, pos: int) -> bool:
    words = alts(date_data()["duration_words"])
    return re.search(rf"\b(?i:{words})\s+$", text[max(0, pos - 12) : pos]) is not None


@cache
def _weekday_apposition() -> re.Pattern[str]:
    """Between a day and its weekday set off after it: ', a ' ('on 9 January, a Thursday')."""
    return re.compile(rf"\s*,\s+(?i:{alts(date_data()['weekday_apposition_openers'])})\s+")


def _apposed(text: str, before: DateMatch, match: DateMatch) -> bool:
    """A counted date set off by a comma or a dash right after another date renames that date."""
    return re.fullmatch(r"\s*[,–—-]\s*", text[before.end : match.start]) is not None


@cache
def _statement_before() -> re.Pattern[str]:
    """A speech verb, maybe with its hearer, right before a date: 'said ', 'told reporters '."""
    verbs = alts(date_data()["statement_verbs"])
    return re.compile(rf"\b(?i:{verbs})(?:\s+[A-Za-z]+){{0,2}}?\s+$")


def _statement_day(text: str, match: DateMatch, res: Resolved) -> bool:
    """The day a figure was announced ('the bank said last Friday'), not the period it covers."""
    if res.granularity != "day":
        return False
    before = text[max(0, match.surface_start - 40) : match.surface_start]
    return _statement_before().search(before) is not None


def _comparison_base(text: str, match: DateMatch) -> bool:
    """A date a change is measured against ('up 4% from May', 'higher than in April'): a period
    counted from ('a year earlier') is the one reported, not this one."""
    data = date_data()
    before = sentence_before(text, match.surface_start)[-40:]  # not a figure ending the last
    prep = match.fields.get("prep", "").lower()
    if prep in data["comparison_prepositions"] and re.search(
        r"(?:\d|%|\bpercent|\bpc)\s*$", before
    ):
        return True
    words = alts(data["comparison_words"])
    if re.search(rf"(?:^|\s)(?i:{words})\s*$", before) is not None:
        return True
    return _base_level(before)


@cache
def _change_base_before() -> re.Pattern[str]:
    """A change in per cent or by a fraction and the preposition it is measured with, at the
    end of the text before a date (dates.json change_base_*): 'up 11% on ', 'a 23% increase on ',
    a signed figure ('(+12% on '),
    'a quarter more than in ', 'a rise of 17% on '."""
    data = date_data()
    joiners = data["change_base_joiners"]
    units = alts(data["change_base_figure_units"])
    hedge = rf"(?:(?:{alts(data['change_base_hedges'])})\s+)?"
    figure = (
        rf"{hedge}(?:\d[\d.,]*\s*(?:{units})(?![\w%])|(?:{alts(data['change_base_fractions'])})\b)"
    )
    preps = alts([*data["comparison_prepositions"], *data["comparison_words"]])
    base = rf"\s+(?:{preps})\s+(?:(?:{alts(joiners['period'])})\s+)?$"
    words, comparatives = alts(data["change_base_words"]), alts(data["change_base_comparatives"])
    nouns, article = alts(data["change_base_nouns"]), alts(joiners["article"])
    amount, of = alts(joiners["amount"]), alts(joiners["figure"])
    return re.compile(
        rf"(?i:\b(?:{words})\s+(?:(?:{amount})\s+)?{figure}"  # 'up 11% on', 'fell by 6% from'
        rf"|{figure}\s+(?:{comparatives})"  # '6% lower than', 'a quarter more than'
        rf"|\b(?:{comparatives})\s+(?:{amount})\s+{figure}"  # 'wider by 4.5 percent than'
        rf"|\b(?:{article})\s+{figure}\s+(?:{nouns})"  # 'a 23% increase on'
        rf"|\b(?:{nouns})\s+(?:{of})\s+{figure}"  # 'a rise of 17% on'
        rf"|(?<![\w.,])(?:{alts(data['change_base_signs'])}){figure}){base}"  # '(+12% on'
    )


def _change_base(text: str, match: DateMatch, res: Resolved, published: dt.date | None) -> bool:
    """A year, or a period counted back by years, that a change in per cent or by a fraction
    is measured against, with no figure of its own ('up 11% on 2022', '6% lower than a year
    earlier'): no claim (dates.json change_base_doc). Not a level's period ('up from 58 the
    year before') nor a year ahead, when the change takes effect ('to rise 5% from 2027')."""
    data = date_data()
    if match.kind not in data["change_base_kinds"]:
        return False
    unit = match.fields.get("unit")
    if unit is not None and unit.lower() not in data["change_base_units"]:
        return False
    if res.start is not None and published is not None and res.start > published:
        return False
    if OWN_FIGURE_AFTER.match(text, match.end):
        return False  # 'up 3% on last year's 12.4 million': a level with its own figure
    before = sentence_before(text, match.start)  # the preposition may open the surface
    return _change_base_before().search(before[-80:]) is not None


def _base_level(before: str) -> bool:
    """The level a figure is measured against, then its period, right before a date ('from 2.4
    mn t in September', 'up from roughly 90 in early 2023', 'against EUR 2.5 bn in August'); a
    day before it ('opened on 2 June and closes on ...') is no level."""
    data = date_data()
    bases = alts([*data["comparison_prepositions"], *data["comparison_words"]])
    months = alts(list(data["months"]))
    return (
        re.search(
            rf"\b(?i:{bases})\s+(?:[A-Za-z]+\s+)?[$€£]?\d[\d.,]*(?!\s*(?i:{months})\b)\s*"
            rf"(?:[A-Za-z%$€£]+\s+){{0,3}}$",
            before,
        )
        is not None
    )


def _ahead_span(text: str, start: int, fields: dict[str, str]) -> bool:
    """'the next month' after a word that opens a stretch ('over', 'within'): ahead of
    publication, not the month after the one spoken of."""
    if fields.get("step", "").lower() not in date_data()["ahead_span_steps"]:
        return False
    words = alts(date_data()["ahead_span_words"])
    return re.search(rf"\b(?i:{words})\s+$", text[max(0, start - 12) : start]) is not None


def _compared_after(text: str, end: int) -> bool:
    words = alts(date_data()["comparison_words"])
    return re.match(rf"\s+(?i:{words})\b", text[end : end + 20]) is not None
