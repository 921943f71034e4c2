"""Which parts of an article get parsed: paragraphs of claim-bearing segments that contain
something a claim needs (a digit, a number or fraction word, a month or weekday, a relative date
word, a sanction word). Parsing only those is what makes extraction faster than the plain pipeline.
Also the cheap language check: a page is skipped as not English when English function words are
scarce and another language's outnumber them.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from claims.extract.dates.finder import find_dates
from claims.extract.dates.headings import page_day
from claims.extract.regex_gate import fold
from claims.extract.sanctions.words import cue_words
from claims.ingest.segment import page_lines
from claims.resources import load_data

SKIPPED_SEGMENTS = frozenset({"byline", "boilerplate"})
MAX_CHUNK = 5_000
LANG_SAMPLE = 5_000
MIN_WORDS = 25
MIN_STOPWORD_SHARE = 0.12
WORD = re.compile(r"[^\W\d_]+")
WORD_RUN = re.compile(r"\w+")
DIGIT = re.compile(r"\d")
# a numbered clause that goes on a sentence opened above ('... I hereby: 1. designate ...'): the
# number before a lower-case word is the clause's mark, which the parser would take for its head
CLAUSE_MARK = re.compile(r"\(?\d{1,2}[.)]\s+(?=[a-z])")
SENTENCE_END = re.compile(r"[.!?…][\"'”’)]?\s+")
DATELINE = re.compile(
    r"^(?:by\s|published|updated|posted|first published|last updated)|\s[|·•]\s", re.I
)
HEADER_CHARS = 2_000
STACKED_CELL = re.compile(r"[+\-\u2212\u2013]?\d[\d.,]*%?")  # a bare figure alone on its line
STACKED_ROW_CELLS = 2  # a flattened row: a label line and at least this many figure lines
STACKED_LABEL_WORDS = 8
DATELINE_MAX = 160


@dataclass(frozen=True)
class Chunk:
    start: int
    end: int
    segment: str
    lines: bool = False  # read with its line breaks (a table row flattened one cell per line)
    #: a column of a page whose two columns share its lines: the column's piece of each line
    pieces: tuple[tuple[int, int], ...] = ()


@cache
def _cue_words() -> frozenset[str]:
    words: set[str] = set()
    nums = load_data("numbers")
    words |= set(nums["units"]) | set(nums["scales"]) | set(nums["vague"])
    words |= set(load_data("quantity_words")["fractions"])  # 'a third of the crews': a share
    dates = load_data("dates")
    words |= set(dates["months"]) | set(dates["weekdays"])
    # Day words, parts of the day and period words: a paragraph whose only date is "this
    # morning" or "the day before" must still be parsed.
    words |= set(dates["day_words"]) | set(dates["day_parts"]) | set(dates["prefilter_words"])
    words |= cue_words()  # every inflection: the sanction data list lemmas
    words |= set(load_data("sanctions")["prefilter_words"])
    return frozenset(words)


@cache
def _cue_re() -> re.Pattern[str]:
    """The cue test as one regex: a digit, or a cue word standing as a whole word."""
    alts = "|".join(sorted((re.escape(w) for w in _cue_words()), key=len, reverse=True))
    return re.compile(rf"\d|\b(?:{alts})\b", re.IGNORECASE)


@cache
def _folded_cues() -> tuple[frozenset[str], re.Pattern[str] | None]:
    """The cue words that are one run of word characters, folded (claims.extract.regex_gate);
    the others (none in the packaged data) as a regex."""
    runs = frozenset(fold(w) for w in _cue_words() if WORD_RUN.fullmatch(w))
    rest = sorted((re.escape(w) for w in _cue_words() if not WORD_RUN.fullmatch(w)), key=len)
    other = re.compile(rf"\b(?:{'|'.join(reversed(rest))})\b", re.IGNORECASE) if rest else None
    return runs, other


def may_hold_claim(text: str) -> bool:
    """`_cue_re().search(text)`, answered with a set lookup: a word-character cue word matches
    with a word boundary on each side exactly where it is a whole run of word characters, and
    folded text compares as IGNORECASE does (a fifth of the time of the regex's alternation)."""
    if DIGIT.search(text) is not None:
        return True
    runs, other = _folded_cues()
    if not runs.isdisjoint(map(fold, WORD_RUN.findall(text))):
        return True
    return other is not None and other.search(text) is not None


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(load_data("stopwords")["en"])


@cache
def _other_stopwords() -> tuple[frozenset[str], ...]:
    """Function words of the languages English pages are confused with, less English's own."""
    english = _stopwords()
    return tuple(frozenset(ws) - english for ws in load_data("stopwords")["other"].values())


def is_english(text: str) -> bool:
    """True unless a sample with enough words is short of English function words and another
    language's outnumber them (no dependency). A page of tables, label lines, names or a data block
    is short of function words in every language, so it is kept."""
    words = [w.lower() for w in WORD.findall(text[:LANG_SAMPLE])]
    if len(words) < MIN_WORDS:
        return True
    english = sum(w in _stopwords() for w in words)
    if english >= MIN_STOPWORD_SHARE * len(words):
        return True
    return all(sum(w in other for w in words) <= english for other in _other_stopwords())


def _split_long(start: int, end: int, text: str) -> Iterator[tuple[int, int]]:
    """Pieces of at most MAX_CHUNK characters, cut after a sentence end (else a space)."""
    while end - start > MAX_CHUNK:
        window = text[start : start + MAX_CHUNK]
        cuts = [m.end() for m in SENTENCE_END.finditer(window)]
        cut = (
            cuts[-1] if cuts and cuts[-1] > MAX_CHUNK // 4 else (window.rfind(" ") + 1 or MAX_CHUNK)
        )
        yield start, start + len(window[:cut].rstrip())
        start += cut
    yield start, end


def paragraphs(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Non-blank lines of text[start:end], stripped, as offsets; a hard-wrapped paragraph is one
    line (claims.ingest.segment.page_lines), cut at the range's edges."""
    lines = page_lines(text)
    first = bisect.bisect_right(lines, start, key=lambda line: line[1])  # the first to end past it
    for s, e, _ in itertools.takewhile(lambda line: line[0] < end, lines[first:]):
        s, e = max(s, start), min(e, end)
        piece = text[s:e]
        if e <= s or not piece.strip():
            continue
        s += len(piece) - len(piece.lstrip())
        e -= len(piece) - len(piece.rstrip())
        yield from _split_long(s, e, text)


def segments_of(
    text: str, segments: Sequence[Mapping[str, Any]] | None
) -> list[tuple[str, int, int]]:
    """(kind, start, end) of the article's segments; the whole text is body when there are none."""
    if not segments:
        return [("body", 0, len(text))]
    return [(str(s["kind"]), int(s["start"]), int(s["end"])) for s in segments]


def dateline(text: str) -> tuple[dt.date, int, int] | None:
    """(date, start, end) of a byline or dateline near the top that the segmenter missed
    ("By A | Outlet | May 20, 2025", "Published: November 14, 2023"): metadata, not a claim."""
    for s, e in paragraphs(text, 0, min(len(text), HEADER_CHARS)):
        line = text[s:e]
        if len(line) > DATELINE_MAX or not DATELINE.search(line):
            continue
        for match in find_dates(line):
            resolved = match.resolve(None)
            if resolved.start is not None and resolved.granularity == "day":
                return resolved.start, s, e
        day = page_day(line)  # 'Jeudi 4 juin 2026 · ...': the page's own day, in French
        if day is not None:
            return day, s, e
    return None


def chunks(
    text: str,
    segments: Sequence[Mapping[str, Any]] | None,
    skip: tuple[int, int] | None = None,
    prefilter: bool = True,
) -> Iterator[Chunk]:
    """Claim-bearing paragraphs of an article, in text order, each inside one segment;
    `skip` is a (start, end) line to leave out (a dateline). `prefilter=False` yields every
    paragraph: the baseline the lossless check compares the prefilter against."""
    for kind, start, end in segments_of(text, segments):
        if kind in SKIPPED_SEGMENTS:
            continue
        listing = False  # inside the items of a list whose introduction was kept
        rows = list(_figures_labelled(text, _stacked_rows(text, paragraphs(text, start, end))))
        runs = column_runs(text, rows)  # first row -> the columns of its run of lines
        covered = {n for _, rows_in in runs.values() for n in rows_in}
        for n, (s, e) in enumerate(rows):
            if n in runs:  # two columns run together line by line: each column read whole
                for column in runs[n][0]:
                    joined = " ".join(text[a:b] for a, b in column)
                    if not prefilter or may_hold_claim(joined):
                        yield Chunk(column[0][0], column[-1][1], kind, pieces=column)
                listing = False
            if n in covered:
                continue
            if skip is not None and s < skip[1] and skip[0] < e:
                continue
            mark = CLAUSE_MARK.match(text, s, e)
            s = mark.end() if mark else s
            line = text[s:e]
            item = listing and is_list_item(line)
            if not prefilter or item or may_hold_claim(line):
                yield Chunk(s, e, kind, stacked_row(text[s:e]))
                listing = item or line.endswith(":")
            else:
                listing = False


#: The gutter between two columns that a page's text view (an OCR'd e-paper page) runs
#: together on each line: a gap of three spaces or more, the only one on the line.
GUTTER = re.compile(r"[^\S\n]{3,}")
COLUMN_WORD = re.compile(r"[^\W\d_]{2,}")
COLUMN_HALF_WORDS = 2  # each half of a line reads as text, not a table's label and figure
COLUMN_MIN_LINES = 6  # a run of such lines, as a column of print is


def _halves(
    text: str, s: int, e: int, words: int = COLUMN_HALF_WORDS
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The two columns' pieces of the line text[s:e] when a single gutter parts two pieces of
    text on it, each of `words` words or more (a table row's label and figure, or its several
    gaps, are none)."""
    gaps = list(GUTTER.finditer(text, s, e))
    if len(gaps) != 1 or gaps[0].start() == s:
        return None  # a line set in the right column alone is no pair of halves
    gap = gaps[0]
    left, right = text[s : gap.start()], text[gap.end() : e]
    if min(len(COLUMN_WORD.findall(left)), len(COLUMN_WORD.findall(right))) < words:
        return None
    return (s, gap.start()), (gap.end(), e)


Columns = tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]


def column_runs(text: str, rows: list[tuple[int, int]]) -> dict[int, tuple[Columns, set[int]]]:
    """Runs of COLUMN_MIN_LINES page lines or more, one under the other, each a left column's
    line and a right column's line across a gutter: by the run's first row, the left column's
    pieces and the right column's, each in page order (so each column is read on its own), and
    the rows the run covers (a row may hold several page lines read as one wrapped paragraph)."""
    physical: list[tuple[int, int, int]] = []  # (row, start, end) of each line of each row
    for n, (s, e) in enumerate(rows):
        at = s
        for part in text[s:e].split("\n"):
            physical.append((n, at, at + len(part)))
            at += len(part) + 1
    out: dict[int, tuple[Columns, set[int]]] = {}
    run: list[tuple[int, tuple[int, int], tuple[int, int]]] = []

    def close() -> None:
        covered = {n for n, _, _ in run}
        whole = {n for n, _, _ in physical if n in covered} and sum(
            1 for n, _, _ in physical if n in covered
        ) == len(run)
        if len(run) >= COLUMN_MIN_LINES and whole:
            columns = (tuple(x[1] for x in run), tuple(x[2] for x in run))
            out[min(covered)] = (columns, covered)

    for n, s, e in physical:
        halves = _halves(text, s, e)
        between = text[run[-1][2][1] : s] if run else ""
        joined = between.count("\n") == 1 and not between.strip()  # the very next line
        if halves is not None and (not run or joined):
            run.append((n, *halves))
            continue
        last = _halves(text, s, e, 1) if run and joined else None
        if last is not None:  # a column's last line may hold a single word
            run.append((n, *last))
            close()
            run = []
            continue
        close()
        run = [(n, *halves)] if halves is not None else []
    close()
    return out


@cache
def _figure_line() -> re.Pattern[str]:
    """A line that holds a figure alone ('US$4.1 billion', '12.5%', '2.3 million', '-4.0°C'):
    a sign, a currency mark or code, the number, a scale word or a unit mark, nothing else."""
    numbers = load_data("numbers")
    words = [*numbers["scales"], *numbers["suffixes"]]
    scales = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(
        rf"[-+−]?(?:[A-Z]{{0,3}}\$|[^\w\s\d]|[A-Z]{{3}} ?)?\d[\d,]*(?:\.\d+)?"
        rf"(?: ?(?:{scales})\b| ?%| ?°[CF]\b)?",
        re.IGNORECASE,
    )


def stacked_row(paragraph: str) -> bool:
    """A paragraph that is a table row flattened one cell per line (_stacked_rows)."""
    lines = paragraph.split("\n")
    cells = [STACKED_CELL.fullmatch(line.strip()) is not None for line in lines[1:]]
    return len(cells) >= STACKED_ROW_CELLS and all(cells) and not DIGIT.search(lines[0])


def _stacked_rows(text: str, lines: Iterator[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The lines, a table row flattened one cell per line (a label line with no figure, then two
    or more lines that hold a bare figure each, no blank line between: 'Revenue (m)' over '412'
    '318' '+29.6%') joined into one paragraph, so the row is read whole
    (claims.extract.quantities.stacked_rows)."""
    pending: list[tuple[int, int]] = []

    def flush() -> Iterator[tuple[int, int]]:
        if len(pending) > STACKED_ROW_CELLS:
            yield pending[0][0], pending[-1][1]
        else:
            yield from pending
        pending.clear()

    for s, e in lines:
        line = text[s:e]
        cell = STACKED_CELL.fullmatch(line) is not None
        joined = bool(pending) and text[pending[-1][1] : s] == "\n"
        if cell and joined:
            pending.append((s, e))
            continue
        yield from flush()
        if not cell and not DIGIT.search(line) and len(line.split()) <= STACKED_LABEL_WORDS:
            pending.append((s, e))
        else:
            yield s, e
    yield from flush()


def _figures_labelled(text: str, lines: Iterator[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The lines, a figure line joined to the line right under it that names it (a by-the-numbers
    page: 'US$4.1 billion' over 'Rice exports in the first half, ...'): one claim across the line
    break. A bare number alone (a page or section number: '12', '3.5') is no figure: it needs a
    scale word, a unit or currency mark, or a thousands separator."""
    held: tuple[int, int] | None = None
    for s, e in lines:
        if held is not None:
            if text[held[1] : s] == "\n" and text[s : s + 1].isupper():
                yield held[0], e
                held = None
                continue
            yield held
            held = None
        line = text[s:e]
        if _figure_line().fullmatch(line) and re.search(r"[^\d.]", line):
            held = (s, e)
            continue
        yield s, e
    if held is not None:
        yield held


def is_list_item(line: str) -> bool:
    """A bulleted or numbered line: under a kept introduction ('designated the following:') it
    names what the introduction is about, even with no cue word of its own (a person's name)."""
    return line[:1] in _bullet_marks() or _numbered_mark().match(line) is not None


@cache
def _bullet_marks() -> frozenset[str]:
    return frozenset(load_data("sanctions")["bullet_marks"])


@cache
def _numbered_mark() -> re.Pattern[str]:
    """The number that opens a numbered list item ('1. ', '12) '), a space after it."""
    table = load_data("sanctions")["numbered_marks"]
    closers = "".join(re.escape(c) for c in table["closers"])
    return re.compile(rf"\d{{1,{int(table['digits'])}}}[{closers}][ \t]+(?=\S)")


def has_numbered_line(text: str) -> bool:
    """Some line of the text opens as a numbered list item does ('1. ', '12) ')."""
    mark = _numbered_mark().pattern
    return re.search(rf"(?m)^[ \t]*{mark}", text) is not None


def is_number_mark(number: str, closer: str) -> bool:
    """Two tokens that open a numbered list item: a number of few digits and its closer."""
    table = load_data("sanctions")["numbered_marks"]
    return number.isdigit() and len(number) <= int(table["digits"]) and closer in table["closers"]


def language_sample(text: str, segments: Sequence[Mapping[str, Any]] | None) -> str:
    parts = [text[s:e] for kind, s, e in segments_of(text, segments) if kind in ("title", "body")]
    return " ".join(parts)[:LANG_SAMPLE] or text[:LANG_SAMPLE]
