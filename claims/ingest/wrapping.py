"""Logical lines of a page: a paragraph saved hard-wrapped (a plain-text feed, an email, a report
copied out of a PDF: every line cut near one width) reads as one line, so that the segmenter
judges the paragraph and the parser reads its sentences whole, not a line at a time.

A page is hard-wrapped when no line is wider than a terminal's width and several lines filled to
near the widest one go on, on the next line of the same block, in the middle of a sentence (a
lower-case word). On such a page a line filled to near the width runs on into the next line of
its block; a short line (a headline, a label, the last line of a paragraph) ends its own, and an
indented line opens a paragraph of its own.

Text copied out of a PDF also carries its page breaks: a page number and a running header or
footer, often in the middle of a paragraph. Those lines are no line of the page's own, and the
paragraph they cut goes on past them (its reading text shows them as blank space).

An email that replies to or forwards another carries the message it quotes behind quote marks
("> ", "> > " for a message quoted inside it). The marks are the mail's transport, no text of the
message: the lines read without them, a line of marks alone parts paragraphs as a blank line does,
and a quoted paragraph re-wrapped by a mail client reads as one line.
"""

from __future__ import annotations

import collections
import itertools
import re
from collections.abc import Callable
from functools import lru_cache

from claims.ingest.furniture import is_
from claims.ingest.markup import plain_text, shows

#: Wider lines than this are a writer's own: such a page was not cut by a wrap.
WRAP_MAX_WIDTH = 100
#: A hard-wrapped page may hold a rare wider line (two lines a PDF's text run together): one, or
#: at most this share of its lines.
WRAP_OVER_SHARE = 0.05
#: A line filled to this share of the page's width was cut by the wrap, not ended by its writer.
WRAP_FILL = 0.6
#: How many mid-sentence breaks make a page hard-wrapped.
MIN_WRAPS = 3
#: What opens a line that goes on a sentence: a lower-case word, a figure, a bracket or a quote.
CONTINUATION = re.compile(r"[a-z(\"“‘'0-9$€£¥%]")

Physical = tuple[int, int, int]  # start, end (stripped) and the blank-line-separated block


#: An email's quote marks opening a line ("> ", "> > ", ">>").
QUOTE_MARKS = re.compile(r"[ \t]*>(?:[ \t]*>)*")
#: How many quoted lines make a page one that quotes an email (a pair of headlines marked "> " does not).
MIN_QUOTED = 3
#: A quoted line shorter than this ends its paragraph (a greeting, a name, a sign-off).
QUOTE_WRAP_MIN = 40
#: What closes a quoted line that ends its paragraph: a sentence's stop, a list's colon.
QUOTE_LINE_END = (".", "!", "?", ":", ";", '"', "”")


@lru_cache(maxsize=16)
def quote_marks(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the quote marks opening the lines of an email quoted on the page: three
    quoted lines or more, one of them a quoted message's header field ("> From: ...") or a line
    of marks alone (a quoted paragraph break). A few headlines set behind "> " are a list of the
    page's own, and keep their marks. None on a page that quotes no email."""
    marks: list[tuple[int, int]] = []
    mail = False
    pos = 0
    for raw in text.splitlines(keepends=True):
        m = QUOTE_MARKS.match(raw)
        if m is not None:
            marks.append((pos + m.start(), pos + m.end()))
            rest = raw[m.end() :].strip()
            mail = mail or not rest or is_("mail_header", rest)
        pos += len(raw)
    return tuple(marks) if mail and len(marks) >= MIN_QUOTED else ()


@lru_cache(maxsize=16)
def unquoted(text: str) -> str:
    """The page with the quote marks of a quoted email as spaces (the same length, so offsets
    hold): a line of marks alone is blank."""
    marks = quote_marks(text)
    if not marks:
        return text
    out = list(text)
    for start, end in marks:
        out[start:end] = " " * (end - start)
    return "".join(out)


@lru_cache(maxsize=16)
def quote_depths(text: str) -> dict[int, int]:
    """How deep each quoted line of a quoted email is (its count of quote marks), by the offset
    where the line begins; an unquoted line is not in it."""
    return {start: text.count(">", start, end) for start, end in quote_marks(text)}


def _depth(text: str, depths: dict[int, int], at: int) -> int:
    """The quote depth of the line holding offset `at` (0 unquoted)."""
    return depths.get(text.rfind("\n", 0, at) + 1, 0)


def physical_lines(text: str) -> list[Physical]:
    """Non-blank lines with their stripped offsets and block numbers; the quote marks of a quoted
    email are no part of its lines."""
    return _physical_lines(unquoted(text))


def _physical_lines(text: str) -> list[Physical]:
    lines: list[Physical] = []
    block, pos, blank = 0, 0, False
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            if blank and lines:
                block += 1
            start = pos + (len(raw) - len(raw.lstrip()))
            lines.append((start, start + len(stripped), block))
            blank = False
        else:
            blank = True
        pos += len(raw)
    return lines


def wrap_width(text: str, lines: list[Physical]) -> int | None:
    """The width a hard-wrapped page was cut at, or None for a page written line by line."""
    if not lines:
        return None
    widths = [end - start for start, end, _ in lines]
    over = sum(w > WRAP_MAX_WIDTH for w in widths)
    if over > max(1, WRAP_OVER_SHARE * len(widths)):
        return None
    fitting = [w for w in widths if w <= WRAP_MAX_WIDTH]
    if not fitting:  # a page of one overlong line was written line by line
        return None
    width = max(fitting)
    breaks = sum(
        1
        for (s1, e1, b1), (s2, _, b2) in itertools.pairwise(lines)
        if b1 == b2 and e1 - s1 >= WRAP_FILL * width and _mid_sentence(text, e1, s2)
    )
    return width if breaks >= MIN_WRAPS else None


#: A teletext page's width in characters: its stories are cut at it, whatever wider lines the
#: capture adds around its pages (its own name and date, the index's dot leaders).
TELETEXT_WIDTH = 40
TELETEXT_MIN_PAGES = 2


def _teletext_width(text: str, lines: list[Physical]) -> int | None:
    """A saved teletext capture's width: its pages open on header lines ('P204  CITY TEXT ...')."""
    heads = sum(is_("teletext_header", text[start:end]) for start, end, _ in lines)
    return TELETEXT_WIDTH if heads >= TELETEXT_MIN_PAGES else None


def _mid_sentence(text: str, end: int, next_start: int) -> bool:
    """A break inside a sentence: the line stops on no full stop and the next opens in lower case."""
    return text[end - 1] not in ".!?:" and CONTINUATION.match(text, next_start) is not None


@lru_cache(maxsize=16)
def logical_lines(text: str, stands_alone: Callable[[str], bool]) -> tuple[Physical, ...]:
    """The page's lines with each hard-wrapped paragraph joined into one (start of its first
    line, end of its last), and a paragraph cut by a page break joined over it; a page written
    line by line keeps its lines. `stands_alone` tells a line that is its own whatever the wrap
    (a list item, a table row, a label line).
    A subtitle file cuts what is said into cues of a line or two, a sentence running on over
    them (the cue numbers and timings between them are blanked as markup): see _cue_runs_on."""
    cued = shows("subtitles", text)
    text = plain_text(text)  # a scraper's markup read as blank space
    lines = physical_lines(text)
    breaks = {start for start, _ in page_breaks(text)}
    depths = quote_depths(text)
    quoted = bool(depths)
    text = unquoted(text)
    width = wrap_width(text, lines) or _teletext_width(text, lines)
    if width is None and not breaks and not quoted and not cued:
        return tuple(lines)
    out: list[Physical] = []
    after_break = False
    for start, end, block in lines:
        if start in breaks:
            after_break = bool(out)
            continue
        line = (start, end, block)
        joins = bool(out) and (
            _cue_runs_on(text, out[-1], line, stands_alone)
            if cued  # a subtitle file's lines run on by what is said, not by a wrap's width
            else _joins(text, out[-1], line, width, after_break, stands_alone, depths)
        )
        if joins:
            out[-1] = (out[-1][0], end, block)
        else:
            out.append(line)
        after_break = False
    return tuple(out)


def _joins(
    text: str,
    line: Physical,
    following: Physical,
    width: int | None,
    after_break: bool,
    stands_alone: Callable[[str], bool],
    depths: dict[int, int],
) -> bool:
    """Whether a line goes on into the next: over a page break, or by the page's wrap (or the
    wrap of a quoted email's client)."""
    if after_break:
        return _goes_on(text, line, following, stands_alone)
    if width is not None and _runs_on(text, line, following, width, stands_alone):
        return True
    return _quote_runs_on(text, line, following, stands_alone, depths)


#: What closes a subtitle's line that ends what its speaker says (a sentence, a question, a label).
CUE_LINE_END = (".", "!", "?", ":", "…", '"', "”", "]", ")", "♪")


def _cue_runs_on(
    text: str, line: Physical, following: Physical, stands_alone: Callable[[str], bool]
) -> bool:
    """Whether a subtitle's line goes on into the next, in its cue or the next cue: it closes no
    sentence, and neither is a caption set in capitals (an on-screen headline, a speaker's name)
    or a sound tag in brackets ('[MUSIC]'), nor a line that stands alone. A name may open the
    next line ('... include Banco' / 'Del Sur and ...')."""
    last = " ".join(_last_physical(text, line).split())  # a styling tag's blanks are no gap
    nxt = " ".join(text[following[0] : following[1]].split())
    return (
        not last.endswith(CUE_LINE_END)
        and not last.isupper()
        and not nxt.isupper()
        and not nxt.startswith(("[", "("))
        and not stands_alone(last)
        and not stands_alone(nxt)
    )


def _quote_runs_on(
    text: str,
    line: Physical,
    following: Physical,
    stands_alone: Callable[[str], bool],
    depths: dict[int, int],
) -> bool:
    """Whether a quoted line goes on in the next: a mail client wraps the message it quotes at
    its own width, so a long quoted line that closes no sentence or list label runs on into the
    next quoted line of its paragraph (however that opens: a name may), unless either stands
    alone (a header field, a list item)."""
    depth = _depth(text, depths, line[1])
    if line[2] != following[2] or not depth or depth != _depth(text, depths, following[0]):
        return False
    last = _last_physical(text, line)
    if len(last) < QUOTE_WRAP_MIN or last.endswith(QUOTE_LINE_END):
        return False
    return not stands_alone(last) and not stands_alone(text[following[0] : following[1]])


def _last_physical(text: str, line: Physical) -> str:
    """The last physical line of a logical line, stripped."""
    return text[(text.rfind("\n", line[0], line[1]) + 1) or line[0] : line[1]].strip()


def _goes_on(
    text: str, line: Physical, following: Physical, stands_alone: Callable[[str], bool]
) -> bool:
    """Whether a paragraph cut by a page break goes on in the line after the break."""
    if not _mid_sentence(text, line[1], following[0]):
        return False
    last = text[(text.rfind("\n", line[0], line[1]) + 1) or line[0] : line[1]].strip()
    return not stands_alone(last) and not stands_alone(text[following[0] : following[1]])


#: A page number: '4', '- 4 -', 'Page 4', 'Page 4 of 18', 'p. 4', '4/18'.
NUMBER = r"(?:[-–—]\s*)?(?:(?i:page|p\.)\s*)?(\d{1,4})(?:\s*(?:(?i:of)|/)\s*\d{1,4})?(?:\s*[-–—])?"
PAGE_NUMBER = re.compile(NUMBER)
#: A number worded as a page's ('Page 4', '4 of 18'): a page break on its own, with no header.
WORDED_PAGE = re.compile(r"(?i)page\s*\d|\d\s*(?:of|/)\s*\d")
#: What parts a running header from its page number: a bar or dot, a wide gap, or a run of
#: dashes (a browser's print view: 'Page 2 of 5 --- the page's address --- its print time').
GAP = r"(?:\s*[|·•]\s*|\s{3,}|\t+|\s+[-–—=]{2,}\s+)"
#: A page's address alone beside its page number: a print view's footer, one word though it is.
PAGE_ADDRESS = re.compile(r"(?:https?://)?[\w-]+(?:\.[\w-]+)+/\S*")
#: The rule a print view draws at both ends of its page footer ('--- Page 2 of 5 --- ... ---').
END_RULES = re.compile(r"^(?:[-_=*~–—]\s?){2,}\s*|\s*(?:[-_=*~–—]\s?){2,}$")
#: A page number worded as one ('Page 4', 'Page 4 of 18'): a running header may set it after a
#: single space.
WORDED_NUMBER = r"(?i:page)\s*(\d{1,4})(?:\s*(?i:of)\s*\d{1,4})?"
#: A running header or footer that carries its page number after or before it.
NUMBERED_HEADER = re.compile(
    rf"(?P<key>.+?){GAP}{NUMBER}|(?:{NUMBER}){GAP}(?P<key2>.+)|(?P<key3>.+?)\s+{WORDED_NUMBER}"
    rf"|(?P<key4>.+?{GAP}.+?)\s(\d{{1,3}})"
)  # the last: the issuer and the document's name split by a bar, the number after a space
#: A rule across the page, drawn with dashes, underscores, stars or equals signs, spaced or not.
RULE = re.compile(r"(?:[-_=*~–—]\s?){3,}")
#: How near (in lines) a running header sits to the page number it belongs with.
HEADER_REACH = 2


@lru_cache(maxsize=16)
def page_breaks(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the page-break lines of text copied out of a PDF: page numbers that count
    up, and the running headers or footers that repeat beside them or carry them. A page with no
    such lines (a web page's repeated menu, a table's figures) has none."""
    found = physical_lines(text)
    lines = [text[start:end] for start, end, _ in found]
    numbers = _numbered_headers(lines)
    headers = set(numbers)
    bare = {
        i: int(m.group(1)) for i, line in enumerate(lines) if (m := PAGE_NUMBER.fullmatch(line))
    }
    repeated = (
        _repeated_beside(lines, bare)
        | _top_repeated_beside(lines, set(numbers))
        | _repeated_beside_numbered(lines, set(numbers))
        | _name_repeated_beside(lines, set(numbers))
    )
    headers |= repeated
    for i, page in bare.items():
        if WORDED_PAGE.search(lines[i]) or any(abs(i - j) <= HEADER_REACH for j in repeated):
            numbers[i] = page
    pages = [numbers[i] for i in sorted(numbers)]
    if not _counts_up(pages):
        return ()
    breaks = headers | set(numbers)
    rules = {
        i
        for i in range(1, len(lines) - 1)
        if RULE.fullmatch(lines[i].strip()) and {i - 1, i + 1} <= breaks
    }  # a rule drawn between a page's footer and the next page's header
    return tuple((found[i][0], found[i][1]) for i in sorted(breaks | rules))


#: A page's number is set at most twice: in its running header and in its footer.
PAGE_NUMBER_SETS = 2


def _counts_up(pages: list[int]) -> bool:
    """Page numbers in the order they stand: two pages at least, counting up, each number set
    once or twice (a PDF that numbers both its header and its footer sets each page's twice)."""
    counts = collections.Counter(pages)
    return (
        len(counts) >= 2
        and all(b >= a for a, b in itertools.pairwise(pages))
        and max(counts.values()) <= PAGE_NUMBER_SETS
    )


def _numbered_headers(lines: list[str]) -> dict[int, int]:
    """Line index -> page number of the lines that repeat one header beside a page number."""
    keyed: dict[int, tuple[str, int]] = {}
    for i, line in enumerate(lines):
        line = END_RULES.sub("", line)
        if not PAGE_NUMBER.fullmatch(line) and (m := NUMBERED_HEADER.fullmatch(line)):
            key = m.group("key") or m.group("key2") or m.group("key3") or m.group("key4")
            if len(key.split()) >= 2 or PAGE_ADDRESS.fullmatch(key):
                keyed[i] = (key, int(next(g for g in m.groups() if g and g.isdigit())))
    counts = collections.Counter(key for key, _ in keyed.values())
    return {i: page for i, (key, page) in keyed.items() if counts[key] >= 2}


def _repeated_beside(lines: list[str], bare: dict[int, int]) -> set[int]:
    """Lines beside a bare page number whose text recurs beside another: a running header."""
    near = {j for i in bare for j in range(i - HEADER_REACH, i + HEADER_REACH + 1)}
    near = {j for j in near if 0 <= j < len(lines) and j not in bare}
    counts = collections.Counter(lines[j] for j in near)
    return {j for j in near if counts[lines[j]] >= 2}


def _repeated_beside_numbered(lines: list[str], numbered: set[int]) -> set[int]:
    """Lines beside running footers that carry their page number whose text recurs beside
    another such footer: the running head of the pages after the first ('ISSUER - NOTICE TITLE'
    under 'Notice No. 4/2026 Page 1 of 3'), which the first page need not set. A sentence is
    never one."""
    near = {j for i in numbered for j in range(i - HEADER_REACH, i + HEADER_REACH + 1)}
    near = {j for j in near if 0 <= j < len(lines) and j not in numbered}
    counts = collections.Counter(lines[j] for j in near)
    return {j for j in near if counts[lines[j]] >= 2 and not lines[j].endswith((".", "!", "?"))}


def _top_repeated_beside(lines: list[str], numbered: set[int]) -> set[int]:
    """Lines beside a running footer that carries its page number which repeat a line of the
    page's top: the next page's running header (the issuer's name over every page), whose first
    page sets it as the masthead with no number beside it. A sentence is never one."""
    top = set(lines[: HEADER_REACH + 1])
    near = {j for i in numbered for j in range(i - HEADER_REACH, i + HEADER_REACH + 1)}
    return {
        j
        for j in near
        if HEADER_REACH < j < len(lines)
        and j not in numbered
        and lines[j] in top
        and not lines[j].endswith((".", "!", "?"))
    }


#: Lines of a converted document's first page that may hold its name, under a converter's note
#: and its issuer's names.
NAME_REACH = 8
NAME_MIN_WORDS = 3


def _name_repeated_beside(lines: list[str], numbered: set[int]) -> set[int]:
    """Lines beside a running footer that carries its page number which repeat the document's
    name set at its top under its issuer's names ('Weekly Grain Bulletin No. 14/2026'): the next
    page's running head, though its first page sets the name a few lines down. A sentence or a
    numbered section's heading (which a contents list at the top may name too) is never one."""
    top = {x for x in lines[:NAME_REACH] if len(x.split()) >= NAME_MIN_WORDS}
    near = {j for i in numbered for j in range(i - HEADER_REACH, i + HEADER_REACH + 1)}
    return {
        j
        for j in near
        if NAME_REACH <= j < len(lines)
        and j not in numbered
        and lines[j] in top
        and not lines[j].endswith((".", "!", "?"))
        and not lines[j].strip()[:1].isdigit()
    }


def _runs_on(
    text: str, line: Physical, following: Physical, width: int, stands_alone: Callable[[str], bool]
) -> bool:
    """Whether a line of a hard-wrapped page runs on into the next: same block, its last
    physical line filled to near the width, and neither line one that stands alone."""
    if line[2] != following[2]:
        return False
    last = text[(text.rfind("\n", line[0], line[1]) + 1) or line[0] : line[1]].strip()
    split_word = WORD_SPLIT.search(last) and text[following[0]].islower()
    if len(last) < WRAP_FILL * width and not split_word:
        return False  # a short line ends its paragraph, unless it breaks a word in two
    if _indent(text, following[0]) > _indent(text, line[1]):
        return False  # an indented first line opens a paragraph
    nxt = text[following[0] : following[1]]
    if COLUMN_GAP.search(last) or COLUMN_GAP.search(nxt):
        return False  # a masthead's or a table's columns, not a sentence
    return not stands_alone(last) and not stands_alone(nxt)


#: A word hyphenated over the line break ('per-' / 'cent'): the line goes on however short
#: (a justified PDF line may be), when the next opens in lower case.
WORD_SPLIT = re.compile(r"[a-z]-$")
#: Words set apart by a wide gap: columns of a masthead, a strip or a table, not running prose.
COLUMN_GAP = re.compile(r"\S {3,}\S|\S\t+\S")


def _indent(text: str, at: int) -> int:
    """How far the physical line holding offset `at` is indented (a tab as four spaces)."""
    start = text.rfind("\n", 0, at) + 1
    return len(text[start:at].expandtabs(4)) - len(text[start:at].expandtabs(4).lstrip())


#: Every character str.splitlines breaks a line at (a PDF's form feed among them), as a space.
LINE_BREAKS = str.maketrans(dict.fromkeys("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", " "))


def flat(text: str) -> str:
    """A logical line's text with its line breaks as spaces (the same length, so offsets hold)."""
    return text.translate(LINE_BREAKS)


@lru_cache(maxsize=16)
def reading_text(text: str) -> str:
    """The page as its logical lines read: line breaks as spaces and page-break lines blanked
    (the same length, so offsets hold)."""
    text = plain_text(text)  # a scraper's markup read as blank space
    read = flat(unquoted(text))
    for start, end in page_breaks(text):
        read = read[:start] + " " * (end - start) + read[end:]
    return read
