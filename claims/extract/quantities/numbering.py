"""Numbers a page sets to order or stamp its parts, not to count: a section's number opening a
heading line ("4.2 Water and power"), and a day and month written with dots before a clock
time or another such date, as notices and bulletins write their validity ("valid 18.02. 06:00
to 19.02. 03:00")."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from claims.extract import numbers
from claims.extract.quantities.items import story_upto
from claims.extract.syntax import doc_text
from claims.resources import load_data

#: A dotted section number opening its line, then a capitalised word ("4.2 Water", "1.3.2 Risk").
SECTION = re.compile(r"(?m)^[ \t]*(\d{1,2}(?:\.\d{1,2})+)\.?[ \t]+([A-Z][\w’'-]*)")
HEADING_MAX_WORDS = 8
#: A dotted day and month with a closing dot ("18.02."), then a clock time or another such day.
DOTTED_DAY = re.compile(
    r"(\d{1,2})\.(\d{1,2})\.(?=\s*(?:\d{1,2}[:.]\d{2}\b|[–—-]\s*\d{1,2}\.\d{1,2}\.))"
)
MAX_DAY, MAX_MONTH = 31, 12


@cache
def _page_pattern() -> re.Pattern[str]:
    """A page word, its number and, after a joiner, the count of pages ('page 5 of 32')."""
    table = load_data("quantity_words")["page_places"]
    page = "|".join(re.escape(w) for w in table["words"])
    join = "|".join(re.escape(w) for w in table["joiners"])
    return re.compile(rf"\b(?:{page})\s*(\d{{1,4}})(?:\s*(?:{join})\s*(\d{{1,4}}))?\b", re.I)


def _page_place(full: str, at: int) -> bool:
    """Whether the figure at character `at` numbers a page or counts a document's pages right
    after a page word ('page 5 of 32', 'p. 4')."""
    line_start = full.rfind("\n", 0, at) + 1
    line_end = full.find("\n", at)
    line = full[line_start : line_end if line_end >= 0 else len(full)]
    return any(
        m.start(g) + line_start == at
        for m in _page_pattern().finditer(line)
        for g in (1, 2)
        if m.group(g)
    )


def page_numbering(doc: Doc, start: int, end: int, full: str) -> str | None:
    """Why the number at [start, end) orders or stamps the page rather than counting, or None."""
    tok = doc[start]
    at = tok.idx
    if (
        _section_number(full, at)
        or _listed_section(doc, full, at)
        or _numbered_clause(doc, full, at)
    ):
        return "section_number"
    if end - start == 1 and _page_place(full, at):
        return "page_number"  # 'e-edition | page 5 of 32', 'Page 3/12': where the reader is
    if _answer_option(full, at):
        return "answer_option"  # 'A) 40%  B) 55%  C) 70%': a quiz's choices, no claim
    if _preview_window(full, at):
        return "preview_window"  # 'first 10 of 2,480 rows': what a data page shows
    if _poll_widget(full, at):
        return "poll_widget"  # 'Should X? Yes 58% | No 42% (900 votes)': the page's own poll
    day = DOTTED_DAY.match(full, at) if end - start == 1 else None
    if day is not None and int(day.group(1)) <= MAX_DAY and int(day.group(2)) <= MAX_MONTH:
        return "date"
    return None


#: A lettered choice's mark ("A) ", "(b) ") at a line's start or after blanks.
OPTION_MARK = re.compile(r"(?:^|(?<=\s))\(?[A-Ha-h]\)[ \t]+(?=\S)")
MIN_OPTIONS = 2
OPTION_MAX_WORDS = 6  # a choice is a short figure or name; a clause's lettered items run longer


def _answer_option(full: str, at: int) -> bool:
    """A quiz's lettered choices set on one line ("A) 40%   B) 55%   C) 70%"): the line holds two
    or more choice marks and the figure stands after the first; the choices are guesses the
    reader picks from, none of them a claim (the answer, stated in a sentence, is one)."""
    line_start, line = _line_at(full, at)
    marks = list(OPTION_MARK.finditer(line))
    if len(marks) < MIN_OPTIONS or marks[0].end() > at - line_start:
        return False
    ends = [m.start() for m in marks[1:]] + [len(line)]
    choices = [line[m.end() : e] for m, e in zip(marks, ends, strict=True)]
    return all(len(c.split()) <= OPTION_MAX_WORDS for c in choices)  # not a clause's '(a) ... (b)'


@cache
def _preview_pattern() -> re.Pattern[str]:
    """A data page's window on its rows: an opening word, the rows shown, a joiner and the whole,
    a row word after either figure ('first 10 of 2,480 rows', 'showing 1-20 of 96 records');
    groups 1, 2 and 4 are the figures, 3 and 5 the row words."""
    table = load_data("quantity_words")["preview_windows"]
    opener = "|".join(re.escape(w) for w in table["openers"])
    rows = "|".join(re.escape(w) for w in table["rows"])
    join = "|".join(re.escape(w) for w in table["joiners"])
    figure = r"\d[\d,]*"
    return re.compile(
        rf"\b(?:{opener})\s+({figure})(?:\s*[-–]\s*({figure}))?(\s+(?:{rows}))?"
        rf"\s+(?:{join})\s+({figure})(\s+(?:{rows}))?\b",
        re.I,
    )


def _preview_window(full: str, at: int) -> bool:
    """Whether the figure at `at` is one of a data page's preview window ('first 7 of 980 rows'):
    how many rows the page shows and of how many, the page's, no claim of the story. A row
    word must stand after one of the figures: 'the first 7 of 20 ships' is a part of a whole."""
    line_start, line = _line_at(full, at)
    for m in _preview_pattern().finditer(line):
        if not (m.group(3) or m.group(5)):
            continue
        if any(m.group(g) and m.start(g) + line_start == at for g in (1, 2, 4)):
            return True
    return False


@cache
def _poll_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A reader poll's choice and its share ('Yes 58%', 'No: 42%') and its tally of votes
    ('(900 votes)'), from quantity_words `poll_widgets`."""
    table = load_data("quantity_words")["poll_widgets"]
    choice = "|".join(re.escape(w) for w in table["choices"])
    tally = "|".join(re.escape(w) for w in table["tallies"])
    share = re.compile(rf"\b(?:{choice})\s*[:=-]?\s*(\d{{1,3}}(?:\.\d+)?)\s*%", re.I)
    votes = re.compile(rf"\(\s*(\d[\d,]*)\s+(?:{tally})\s*\)", re.I)
    return share, votes


def _poll_widget(full: str, at: int) -> bool:
    """A page's reader poll on one line ('Should X? Yes 58% | No 42% (900 votes)'): two or more
    choices with their shares, after the poll's question or before its tally of votes; the
    shares and the tally are the page's readers' clicks, no claim of the story. A referendum's
    result in a sentence has neither question nor tally."""
    line_start, line = _line_at(full, at)
    share, votes = _poll_patterns()
    shares = list(share.finditer(line))
    if len(shares) < MIN_OPTIONS:
        return False
    tallies = list(votes.finditer(line))
    if "?" not in line[: shares[0].start()] and not tallies:
        return False
    figures = [m.start(1) for m in shares] + [m.start(1) for m in tallies]
    return at - line_start in figures


#: A number opening its line, then a capitalised title, then maybe a contents page's dot
#: leader and page number ("2 Supply and demand ....... 3").
NUMBERED_LINE = re.compile(
    r"[ \t]*(\d{1,2})\.?[ \t]+([A-Z][^\n]*?)(?:[ \t]*\.{4,}[ \t]*\d+)?[ \t]*$"
)


def _line_at(full: str, at: int) -> tuple[int, str]:
    """The start and the text of the line of `full` that holds offset `at`."""
    line_start = full.rfind("\n", 0, at) + 1
    line_end = full.find("\n", at)
    return line_start, full[line_start : len(full) if line_end < 0 else line_end]


def _listed_section(doc: Doc, full: str, at: int) -> bool:
    """A section's plain number ("3 Outlook"): its line's title opens another line after the
    same number, one of them a contents entry with its dot leader, as a report's contents and
    its headings are; a figure opening a headline ("12 Killed In Blast") has no contents entry,
    however often the page repeats it."""
    line_start, line = _line_at(full, at)
    m = NUMBERED_LINE.fullmatch(line)
    if m is None or line_start + m.start(1) != at:
        return False
    number, title = m.group(1), m.group(2).strip()
    if not title or len(title.split()) > HEADING_MAX_WORDS or title.endswith((".", "!", "?")):
        return False
    again = re.compile(rf"(?m)^[ \t]*{number}\.?[ \t]+{re.escape(title)}[ \t]*(\.{{4,}}|$)")
    found = [hit.group(1) for hit in again.finditer(_story_text(doc, full))]
    return len(found) > 1 and any(found)  # one of them a contents entry, dot leader and all


def _story_text(doc: Doc, full: str) -> str:
    """The article up to the end of `doc`, as far as it is known: the paragraphs parsed before
    it, the text just before it, and its own."""
    earlier = [doc_text(d) for d in story_upto(doc)[:-1]]
    return "\n".join([*earlier, doc._.lines_before or "", full])


def _dotted_opening(full: str, at: int) -> tuple[str, re.Match[str]] | None:
    """The line and its match when the dotted number at `at` opens its line and the word after
    it is no unit or scale (a figure with one, "2.5 Tonnes Seized", "1.5 Billion", counts)."""
    line_start, line = _line_at(full, at)
    if full[line_start:at].strip() and full[line_start:at].rstrip().endswith("."):
        line_start, line = at, line[at - line_start :]  # a page's hard-wrapped lines run on
    m = SECTION.match(line)
    if m is None or line_start + m.start(1) != at:
        return None
    word = m.group(2).lower()
    units = load_data("units")
    if numbers.is_scale(word) or word in units["words"] or word in units["glued"]:
        return None
    return line, m


def _section_number(full: str, at: int) -> bool:
    """A section number: the dotted number that opens a short heading line with no full stop."""
    opening = _dotted_opening(full, at)
    if opening is None:
        return False
    text = opening[0].strip()
    return len(text.split()) <= HEADING_MAX_WORDS and not text.endswith((".", "!", "?"))


#: Lower-case words that make a line read as a sentence, not a title-case headline.
SENTENCE_WORD = re.compile(r"\b[a-z][a-z’'-]+\b")
MIN_SENTENCE_WORDS = 4


def _numbered_clause(doc: Doc, full: str, at: int) -> bool:
    """A numbered paragraph of a decision or report ("3.5 Approximately 9,000 homes will ...",
    "4.2 For a typical user, the bill falls ..."): a dotted number that opens a line going on as a
    sentence, on a page whose other lines open with such numbers too; the number orders the
    paragraph, the figures after it count."""
    opening = _dotted_opening(full, at)
    if opening is None:
        return False
    line, m = opening
    if len(SENTENCE_WORD.findall(line[m.end(2) :])) < MIN_SENTENCE_WORDS:
        return False
    story = _story_text(doc, full)
    others = {hit.group(1) for hit in SECTION.finditer(story)}
    if len(others - {m.group(1)}) > 0:
        return True
    parent, _, last = m.group(1).rpartition(".")
    opens = re.compile(rf"(?m)^[ \t]*{re.escape(parent)}\.?[ \t]+[A-Z]")
    return last == "1" and opens.search(story) is not None  # '2.1' under its heading '2. Duty'
