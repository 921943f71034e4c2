"""Mark the structure of a page saved as plain text: title, byline, body, caption, related, feed,
boilerplate. Patterns are data (data/page_furniture.json); the text itself is never changed.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from claims.ingest.api_response import api_page, api_segments
from claims.ingest.byline import (
    MONTHS,
    PUBLISHED,
    REVISION,
    Byline,
    date_at,
    dateline_published,
    day_heading_published,
    day_said_published,
    find_date,
    is_date_stamp,
    looked_ahead_horizon,
    parse_byline,
    publication_date,
    range_start,
    reporting_pasts,
    says_day,
    sitting_day,
    slash_order,
    without_emails,
    written_years,
)
from claims.ingest.calendar_export import calendar_page, calendar_segments
from claims.ingest.furniture import ICON_LEAD, is_
from claims.ingest.markup import picture_alts, read_entities, shows_entities, tagged_title
from claims.ingest.scraped import scraped_head
from claims.ingest.wrapping import logical_lines, reading_text
from claims.resources import load_data

BODY = ("body", "title")
TERMINAL = (".", "!", "?", '"', "”", "’", "'", ":", "…", ")")


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str
    block: int


@dataclass(frozen=True)
class Segment:
    kind: str
    start: int
    end: int

    def as_row(self) -> dict[str, Any]:
        return {"kind": self.kind, "start": self.start, "end": self.end}


#: A square or a diamond set between a strip's pieces with a space on each side ('No. 4 ▪ 3 May
#: 2026 ▪ 600 words'): read as the middle dot the strips' rules split at (one character for one).
SEPARATOR_MARK = re.compile(
    r"(?<=[^\s] )(?:" + "|".join(load_data("page_furniture")["separator_mark"]) + r")(?= [^\s])"
)


def _read_separators(text: str, read: str) -> str:
    """The reading text with the page's separator marks read as middle dots: only a mark with
    words on both sides on its own line of the page, never one opening a line."""
    marks = [m.start() for m in SEPARATOR_MARK.finditer(text)]
    if not marks:
        return read
    chars = list(read)
    for at in marks:
        chars[at] = "\u00b7"
    return "".join(chars)


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with their stripped offsets and the blank-line-separated block they sit
    in; a hard-wrapped paragraph is one line (its breaks read as spaces)."""
    read = _read_separators(text, reading_text(text))
    if shows_entities(text):  # a page saved with '&nbsp;', '&#8217;' undecoded: read them
        return [Line(s, e, read_entities(read[s:e]), block) for s, e, block in page_lines(text)]
    return [Line(s, e, read[s:e], block) for s, e, block in page_lines(text)]


def page_lines(text: str) -> tuple[tuple[int, int, int], ...]:
    """(start, end, block) of the page's lines, a hard-wrapped paragraph joined into one."""
    return logical_lines(text, _stands_alone)


def _stands_alone(text: str) -> bool:
    """A line that is its own on a hard-wrapped page: a list item, a label line, a table row, a
    site's menu or name strip ("Harbour Post | Business" under a headline that fills the width), a
    byline naming its author."""
    return (
        is_bullet(text)
        or is_("slide_marker", text)
        or is_("page_marker", text)
        or is_label_line(text)
        or is_table_row(text)
        or is_nav(text)
        or _named_byline(text)
        or any(is_(kind, text) for kind in TELETEXT_LINES)
    )


#: A teletext capture's lines that are their own however its stories are cut.
TELETEXT_LINES = (
    "teletext_header",
    "teletext_subpage",
    "teletext_continued",
    "teletext_index_entry",
)


#: A byline that names its author is short: a wrapped sentence's line opening "by ..." is not one.
NAMED_BYLINE_MAX_WORDS = 10


def _named_byline(text: str) -> bool:
    """A byline whose first two words after its opener are capitalised, as a name's are."""
    words = text.split()
    return (
        len(words) <= NAMED_BYLINE_MAX_WORDS
        and _looks_like_byline(text)
        and len(words) >= 3
        and all(word[0].isupper() for word in words[1:3])
    )


def _words(text: str) -> int:
    return len(text.split())


def _content_words(text: str) -> int:
    """Words without the dashes and bars between them ("Site Name — Tagline" has three)."""
    return sum(1 for w in text.split() if re.search(r"\w", w))


def is_bullet(text: str) -> bool:
    return is_("bullet", text)


def is_label_line(text: str) -> bool:
    """A fact-box line: "Crew: 24", "2022: 980 raids", "Dead: 7 | Hurt: 19"."""
    return is_("label_line", text)


#: Cells of a table saved as text: split by pipes, tabs, dot leaders or a wide gap of spaces
#: (a PDF's columns: "Guatemala ........ 11", "Persons listed      2      3      5").
TABLE_CELL = re.compile(r"\s*\|\s*|\t+|\s*\.{4,}\s*|\s{3,}")


#: A table's row drawn with a pipe at both ends and one between cells, as Markdown sets it.
FRAMED_ROW = re.compile(r"^\|[^|]+(\|[^|]+)+\|$")
FRAMED_MIN_CELLS = 3


def is_table_row(text: str) -> bool:
    """A row of a table saved as text: cells split by pipes, tabs, dot leaders or wide gaps, at least half of them
    holding a figure ("Poland | 41 kt | +3.2%"); a menu's pieces hold none. A row flattened
    into comma pieces counts when every piece holds a figure ("Gdynia 0.4m TEU, up 2% m/m, down
    1% y/y"; the thousands comma of "655,000" splits nothing)."""
    cells = [c for c in TABLE_CELL.split(text) if c.strip()]
    with_figures = sum(bool(re.search(r"\d", c)) for c in cells)
    if len(cells) >= 2 and 2 * with_figures >= len(cells):
        return True
    if FRAMED_ROW.match(text) and with_figures and len(cells) >= FRAMED_MIN_CELLS:
        return True  # a row framed by pipes ('| Stage | 3 May 2026 | Done |'), one cell a figure
    pieces = [c for c in FLAT_CELL.split(text) if c.strip()]
    return (
        len(pieces) >= FLAT_MIN_CELLS
        and not text.endswith(TERMINAL)
        and all(re.search(r"\d", c) for c in pieces)
    )


FLAT_CELL = re.compile(r"[,;]\s+")
FLAT_MIN_CELLS = 3


ENTRY_AFTER_DATE = re.compile(r"\s*[-–—:|·•]\s*\S+\s+\S")
ENTRY_DATE_AT = 2  # the date opens the line, after a bullet at most


def is_dated_entry(text: str) -> bool:
    """A line of a dated list: a calendar date, a dash or colon, then what happened that day
    ("12.05.2019 – Port ban on three tankers", "12.05.2019 · Port ban ..."). A timeline's entry,
    not a teaser's headline."""
    found = find_date(text)
    return (
        found is not None
        and found[1] <= ENTRY_DATE_AT
        and ENTRY_AFTER_DATE.match(text[found[2] :]) is not None
    )


ENTRY_SPLIT = re.compile(r"\s+[-–—|]\s+|:\s+")
YEAR_SPAN = re.compile(r"(?:19|20)\d{2}(?:[-–/](?:\d{2}|\d{4}))?s?")
BULLET_MARK = re.compile(r"^[-–—•*·▪]\s+")


def is_period_entry(text: str) -> bool:
    """A line of a timeline: a dated entry, or one that opens with a year, a span of years or a
    month and year, then a dash or colon and what happened ("1999 - Bridge opens", "Sept. 2031:
    Second span due", "2040-42 - Tolls end")."""
    if is_dated_entry(text):
        return True
    parts = ENTRY_SPLIT.split(BULLET_MARK.sub("", text), maxsplit=1)
    if len(parts) != 2 or _words(parts[1]) < 2:
        return False
    head = parts[0].strip()
    return YEAR_SPAN.fullmatch(head) is not None or is_("issue_month", head)


#: A month and its day opening a line, the year left out ('Dec. 15', '3 March'), a dash or colon
#: and what is due or happened then after it.
MONTH_DAY_ENTRY = re.compile(
    r"(?:[-–—•*·▪]\s+)?(?:(?P<month>[^\W\d_]{3,9})\.?\s+\d{1,2}|\d{1,2}\.?\s+(?P<after>[^\W\d_]{3,9})\.?)"
    r"(?=\s*[-–—:|]\s*\S+\s+\S)"
)


def is_month_day_entry(text: str) -> bool:
    """A line of a list of days in one year, or of a diary's days ahead, that names the month and
    day and leaves the year out ('Dec. 15 – Rate decision', '3 March: Budget vote'): a dated
    entry of the page's own list, never a teaser's headline."""
    m = MONTH_DAY_ENTRY.match(text)
    return m is not None and (m["month"] or m["after"]).lower() in MONTHS


def _timeline_blocks(lines: list[Line]) -> set[int]:
    """Blocks that are a timeline: two entries or more, and at least half the block's lines
    (its heading may stand above them). A timeline is the story's own facts, never teasers."""
    sizes: dict[int, int] = {}
    entries: dict[int, int] = {}
    for line in lines:
        sizes[line.block] = sizes.get(line.block, 0) + 1
        entries[line.block] = entries.get(line.block, 0) + (
            is_period_entry(line.text) or is_month_day_entry(line.text)
        )
    return {
        block for block, n in entries.items() if n >= TIMELINE_MIN_ENTRIES and 2 * n >= sizes[block]
    }


def is_stamp_line(text: str) -> bool:
    """A publication stamp anywhere on the page: a dated "Published/Updated ..." stamp or a bare
    date, its other pieces short labels ("Published 14.02.2025 | Last updated 15.02.2025",
    "Posted on 3 May 2024 | Media release | Treasury")."""
    if FRAMED_ROW.match(text):
        return False  # a table's row framed by pipes ('| Stage | 3 May 2026 | Done |'): its cells
    pieces = [p for p in re.split(r"\s*[|·•]\s*", text) if p.strip()]
    dated = [
        is_date_stamp(p) or (_looks_like_byline(p) and find_date(p) is not None) for p in pieces
    ]
    return any(dated) and all(
        d
        or is_("boilerplate", p)
        or _icon_counter(p)
        or (_words(p) <= META_PIECE_WORDS and not re.search(r"\d", p))
        for p, d in zip(pieces, dated, strict=True)
    )  # a reading time beside it ("| 11 min read") is the page's furniture, as the stamp is


#: A count a widget sets after its icon, a word or none after it ('💬 12', '👁 3 120 reads').
ICON_COUNT = re.compile(r"\d[\d\u00a0\u202f .,]*k?(?:\s+[^\W\d_]{1,15})?")


def _icon_counter(piece: str) -> bool:
    """A stamp line's widget: an icon and its count (comments, reads, shares), in any language."""
    lead = ICON_LEAD.match(piece.strip())
    return lead is not None and ICON_COUNT.fullmatch(piece.strip()[lead.end() :]) is not None


#: A menu's or a breadcrumb's pieces split apart: pipes, slashes, arrows, dots, gaps of two spaces.
MENU_SPLIT = re.compile(r"\s+[|/>›»·•]\s+|\s*\|\s*|\s{2,}")


def is_nav(text: str) -> bool:
    """A menu or breadcrumb: several short pieces split by pipes, slashes, arrows or gaps of two
    spaces or more, none of them holding a number or a label ("Home | News | Asia",
    "Home > Policy > Trade", "World  Business  Markets")."""
    pieces = [p for p in MENU_SPLIT.split(text) if p.strip()]
    if len(pieces) < 2:
        return False
    if _breadcrumb(text) or _slashed_breadcrumb(text):
        return True
    if _named_menu(pieces):
        return True
    dated = [p for p in pieces if MENU_YEAR_PIECE.fullmatch(p.strip())]
    if len(dated) == 1 and len(pieces) >= NAMED_MENU_PIECES:
        pieces = [p for p in pieces if p not in dated]  # a section with its year ('Awards 2026')
    return all(_words(p) <= NAV_PIECE_WORDS and not re.search(r"[\d:]", p) for p in pieces)


#: A menu's link to a yearly section: a capitalised word or two and the year ('Rankings 2025').
MENU_YEAR_PIECE = re.compile(r"(?:[A-Z][\w'’&-]*\s+){1,2}(?:19|20)\d{2}")


NAMED_MENU_PIECES = 4


def _named_menu(pieces: list[str]) -> bool:
    """A site's name, which may hold a figure (a station's frequency, a year founded), before a
    menu of several plain links ("Bay Radio 98.4 | Listen | Shows | Contact"): a table row's
    figures sit in its later cells, a menu's never."""
    name, links = pieces[0], pieces[1:]
    return (
        len(pieces) >= NAMED_MENU_PIECES
        and _words(name) <= NAV_PIECE_WORDS
        and _name_like(name)
        and all(_words(p) <= NAV_PIECE_WORDS and not re.search(r"[\d:]", p) for p in links)
    )


BREADCRUMB_ARROW = re.compile(r"\s+[>›»▸]\s+")
#: A page's buttons in square brackets closing its breadcrumb ('... › Dams   [ Print ]  [ Embed ]').
CRUMB_BUTTONS = re.compile(r"(?:\s*\[\s*[^\[\]\d]{1,30}?\s*\])+\s*$")


def _breadcrumb(text: str) -> bool:
    """A breadcrumb split by arrows ("Statements > Minister for Roads and Regional Transport"):
    a headline never holds an arrow, so its pieces, each opening with a capital, may be as long
    as an office's name.
    Its last piece may be the archive's month or year ("Home > News > June 2026"), the place of
    the page on the site and no claim; a figure elsewhere in it makes it a headline's."""
    text = CRUMB_BUTTONS.sub("", text)
    pieces = [p.strip() for p in BREADCRUMB_ARROW.split(_without_crumb_label(text)) if p.strip()]
    if len(pieces) >= 2 and is_("breadcrumb_root", pieces[0]):
        return True  # 'Home > Notices > 2026-go2417': the site's root opens it, whatever follows
    if (
        len(pieces) >= CODE_CRUMB_PIECES
        and all(CRUMB_CODE.fullmatch(p) for p in pieces[1:])
        and (CRUMB_CODE.fullmatch(pieces[0]) is not None or _crumb_pieces(pieces[:1]))
    ):
        return True  # 'Archive > phys > phys.geo > Archive:2025.0412': the site, then its codes
    if len(pieces) >= 2 and RESULT_ROOT.fullmatch(pieces[0]):
        return (
            True  # the site's address opens it ('example.org › Records › 2026'), as its root does
        )
    if len(pieces) >= 2 and (
        _archive_period(pieces[-1])
        or is_("crumb_record", pieces[-1])
        or is_("crumb_series", pieces[-1])  # 'Series: X (No. 4)': the series the page is in
    ):
        pieces = pieces[:-1]  # a section's archive alone ('Press releases > 2025') is a crumb too,
        while len(pieces) >= 2 and is_("crumb_record", pieces[-1]):
            # a file's number over its document's ('> AB 12/2026 > Doc 3 of 7')
            pieces = pieces[:-1]
        return _crumb_pieces(pieces)  # as is the record's or the edition's number ('> No. 7')
    if len(pieces) >= 3 and any(CRUMB_DOT.search(p) for p in pieces):
        # a site's name beside its full name, a security's code beside its page, set with a dot
        # ('XSE · Exchange of Y › Shares › ABC12 · Reports'): each a piece, the codes no figure
        dotted = [q.strip() for p in pieces for q in CRUMB_DOT.split(p) if q.strip()]
        return _crumb_pieces([q for q in dotted if not is_("crumb_record", q)])
    return len(pieces) >= 2 and _crumb_pieces(pieces)


#: A piece of an archive's path of category codes: one word, its dots and colons inside it.
CRUMB_CODE = re.compile(r"[^\W_][\w.:/-]{0,39}")
CODE_CRUMB_PIECES = 3


#: A dot setting two names side by side in one piece of a breadcrumb.
CRUMB_DOT = re.compile(r"\s+[·•]\s+")


#: A site's address as a search result shows it, over its path ('example.net › World › Asia').
RESULT_ROOT = re.compile(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?", re.I)


def _result_address(text: str) -> bool:
    """A search result's address line under its headline: the site's domain, then the sections
    of its path split by arrows ('example.net › Business › Energy'); a teaser of another page."""
    pieces = [p.strip() for p in BREADCRUMB_ARROW.split(text) if p.strip()]
    return len(pieces) >= 2 and RESULT_ROOT.fullmatch(pieces[0]) is not None


CRUMB_SLASH = re.compile(r"\s+/\s+")
SLASHED_CRUMB_PIECES = 3
#: A table's cell bar, spaced ('Condition | Action'), and the rows a block of them needs.
CELL_BAR = re.compile(r"\s+\|\s+")
BAR_TABLE_ROWS = 3
ROOTLESS_CRUMB_PIECES = 4  # a path from no named root: its sections down to the archive's year


def _slashed_breadcrumb(text: str) -> bool:
    """A breadcrumb split by spaced slashes from the site's root ("Home / Agencies / Ministry
    of Health / News"): three pieces or more, each a section's name; a headline's slash joins
    two words ("Oil / gas"), never a site's root to its sections. Under the site's label for its
    path ("You are in: Energy / Mining") two sections make one, root or none."""
    unlabelled = _without_crumb_label(text)
    pieces = [p.strip() for p in CRUMB_SLASH.split(unlabelled) if p.strip()]
    if unlabelled != text and len(pieces) >= 2:  # 'You are in: Energy / Mining': a path, rootless
        return _crumb_pieces(pieces)
    if len(pieces) >= ROOTLESS_CRUMB_PIECES and _archive_period(pieces[-1]):
        return _crumb_pieces(pieces[:-1])  # 'Clients / Library / Bulletins / 2025': a deep path
    return (
        len(pieces) >= SLASHED_CRUMB_PIECES
        and is_("breadcrumb_root", pieces[0])
        and _crumb_pieces(pieces[1:])
    )


#: A label a site sets before its breadcrumb ('You are here: Home > Help').
CRUMB_LABEL = re.compile(r"([^:>›»]{1,30}):\s+")


def _without_crumb_label(text: str) -> str:
    """A breadcrumb without the label the site opens it with (data: crumb_label)."""
    label = CRUMB_LABEL.match(text)
    if label is not None and is_("crumb_label", label.group(1).strip()):
        return text[label.end() :]
    return text


def _crumb_pieces(pieces: list[str]) -> bool:
    """Pieces of a breadcrumb: section names, each opening with a capital, no figure or stop."""
    return all(
        (_capitalised(p.split()) or (p[0].isupper() and len(p.split()) <= CRUMB_MAX_WORDS))
        and not re.search(r"[\d:.!?]", ARCHIVE_YEAR.sub("", _without_name_number(p)))
        for p in pieces  # a section's year may stand in it, as may a named site's number
    )


#: A short number closing a capitalised name ('Pit 4', 'Terminal 2'): a site's own name, no figure.
NAME_NUMBER = re.compile(r"^(?:[A-Z][\w'’-]*\s+){1,3}\d{1,2}$")


def _without_name_number(piece: str) -> str:
    return piece.rsplit(" ", 1)[0] if NAME_NUMBER.match(piece) else piece


#: A breadcrumb's piece in sentence case ("Monthly market reports") is a short one; in title case it
#: may be as long as an office's name.
CRUMB_MAX_WORDS = 6


#: A section's year, or its financial year split by a slash or a dash ('Annual Report 2024/25').
ARCHIVE_YEAR = re.compile(r"(?:19|20)\d{2}(?:[/–-](?:\d{2}|(?:19|20)\d{2}))?")


#: A year's week or quarter as an archive names it ('2026-W17', '2026Q2').
ARCHIVE_WEEK = re.compile(r"(?:19|20)\d{2}-?(?:W\d{1,2}|Q[1-4])")


def _archive_period(piece: str) -> bool:
    """A breadcrumb's archive piece: a month and year ("June 2026"), a year alone ("2025") or a
    year's week or quarter ("2026-W17")."""
    return (
        is_("issue_month", piece)
        or ARCHIVE_YEAR.fullmatch(piece) is not None
        or ARCHIVE_WEEK.fullmatch(piece) is not None
    )


def _is_teaser_head(line: Line, following: Line | None) -> bool:
    """A headline of another article: no closing punctuation, with its excerpt under it in one
    block. Fact-box lines (bullets, "Label: value") and the lines under them are not teasers."""
    if following is None or following.block != line.block:
        return False
    if is_("slide_marker", following.text) or is_("page_marker", following.text):
        return False  # the last line of a deck's slide, the next slide's marker under it
    if is_("page_marker", line.text):
        return False  # a page's marker over its lines, as a slide's is
    if is_("result_source", following.text):
        return True  # a search result's headline over its outlet, address and day
    if any(
        is_bullet(t) or is_label_line(t) or is_table_row(t) or is_("dash_row", t)
        for t in (line.text, following.text)
    ):
        return False
    if is_("gift_line", line.text) or is_("gift_line", following.text):
        return False  # an appeal's list of what each gift pays for, its own text
    if _result_address(following.text):
        return True  # a search result's headline over its address, whatever it opens with
    if is_dated_entry(line.text) or is_dated_entry(following.text):
        return False  # a timeline or its heading
    if _place_line(following.text):
        return False  # a standfirst over the release's place line ("Oslo, Norway")
    if PARAGRAPH_MARK.match(following.text):
        return False  # a judgment's or a report's numbered paragraph under its heading
    if is_("column_entry_label", line.text):
        return False  # a corrections column's entry, the article it corrects named in brackets
    if NOTE_MARK.search(line.text) and _without_note_marks(line.text).endswith(TERMINAL):
        return False  # a paragraph's footnote number after its stop ('... in May.[2]')
    if PARAGRAPH_MARK.match(line.text):
        return False  # a question's numbered part ('(4) by what date ...? NW12E'), its own text
    if _figure_row(line.text) or _figure_row(following.text):
        return False  # a table's rows flattened to lines (a PDF's), never a teaser and its excerpt
    if BARE_FIGURE.fullmatch(following.text):
        return False  # a table flattened one cell a line: a row's label over its figure
    if _speaker_label(line.text):
        return (
            False  # a transcript's speaker over their words ('Ana Ruiz - Chief Executive Officer')
        )
    closing = DIFF_MARKS.sub("", line.text)  # a tracked sentence closes before its change's mark
    return not closing.endswith(TERMINAL) and _words(line.text) >= 4


#: A bare figure standing as a word ('14.83', '05', '1,200', '4%'), as a table's cell does.
BARE_FIGURE = re.compile(r"[+\-−–]?\d[\d.,]*%?")
FIGURE_ROW_MIN = 2
FIGURE_ROW_SHARE = 0.3


def _figure_row(text: str) -> bool:
    """A table's row set out as a line of words with no cell marks: no sentence, closing on a
    figure, and bare figures for a good share of its words, one of them a measure with its
    decimals, thousands or percent ('Bus, city routes 1.20 0.60'); a date or a phone number
    under a name is none."""
    words = text.split()
    figures = [w for w in words if BARE_FIGURE.fullmatch(w.strip(",;()"))]
    return (
        not text.endswith(TERMINAL)
        and BARE_FIGURE.fullmatch(words[-1]) is not None
        and len(figures) >= FIGURE_ROW_MIN
        and len(figures) >= FIGURE_ROW_SHARE * len(words)
        and any(re.search(r"\d[.,]\d|%", w) for w in figures)
    )


def _no_teaser(line: Line, following: Line | None) -> bool:
    """Lines no teaser's headline reads as: a table's row closed by a short dot leader and its
    figure ("Exports, May (US$ m) ... 41.2"), a table's legend ("e = estimate; n.a. = not
    available"), or a paragraph that a stray line break cuts mid-sentence: a long line that goes
    on in lower case on the next line of its block, or a line whose date the break cuts."""
    if following is not None and is_("result_source", following.text):
        return False  # a search result's headline over its outlet, address and day: no table
    if PANEL_SIDE.match(line.text) or (following is not None and PANEL_SIDE.match(following.text)):
        return True  # a card's label or figure inside a panel drawn in box lines: its own text
    if SHORT_LEADER_ROW.search(line.text) or is_("table_legend", line.text):
        return True
    if _measure_list(line, following) or _figure_lines(line, following):
        return True
    if _runs_across_breaks(line.text) or _table_heading(line, following):
        return True
    if following is not None and following.block == line.block and _bracketed_note(following.text):
        return True  # a section's heading over the editor's note on it, in brackets
    if following is not None and following.block == line.block:
        return _split_date(line.text, following.text) or (
            following.text[:1].islower() and _words(line.text) >= SUBHEADING_NEIGHBOUR_WORDS
        )
    return False


#: A line of a fact list opening on its figure, perhaps after its currency ('NPR 4.6 million ...').
FIGURE_LEAD = re.compile(r"^(?:[A-Z]{2,3}\s?|[$€£¥₹])?\d[\d.,]*(?=[\s%])")
FIGURE_LINE_WORDS = 12


def _figure_lines(line: Line, following: Line | None) -> bool:
    """Two short lines of a fact list in a row, each opening on its figure and closing on no
    stop ('4,100 meals served', 'EUR 2.1 million raised from 900 donors'): the page's own
    figures one a line, never a teaser's headline over its excerpt."""
    if following is None or following.block != line.block:
        return False
    return all(
        FIGURE_LEAD.match(t) is not None
        and _words(t) <= FIGURE_LINE_WORDS
        and not t.endswith(TERMINAL)
        and find_date(t) is None  # a list of dated items opens on its days, no figures
        for t in (line.text, following.text)
    )


#: A short line of a list of measures: a name and its share in percent, and no date.
MEASURE_FIGURE = re.compile(r"\d\s?%")
MEASURE_LINE_WORDS = 8


def _measure_list(line: Line, following: Line | None) -> bool:
    """A label in capitals over a list of measures ('LOAD · past week' over 'Line A 97.2%
    available'), or one measure over the next: short lines, a figure in each, no sentence; no
    teaser and its excerpt."""
    if following is None or following.block != line.block:
        return False
    label = PIECE_BAR.split(line.text)[0].strip()
    return _measure_line(following.text) and (label.isupper() or _measure_line(line.text))


def _measure_line(text: str) -> bool:
    return (
        _words(text) <= MEASURE_LINE_WORDS
        and MEASURE_FIGURE.search(text) is not None
        and not text.endswith(TERMINAL)
        and find_date(text) is None
    )


#: A line of a panel drawn in box lines ('┌ KPI ────', '│ TOTAL SALES', '└────'): its side bar or
#: a corner opening it; or a dashboard's tile opened by its square mark ('▣ TOTAL SALES · MAY').
PANEL_SIDE = re.compile(r"^[│┃║┌┏╔└┗╚├┣╠▣◼■]")
#: A panel drawn in box lines only (no tile mark): its lines are never the page's headline.
BOX_SIDE = re.compile(r"^[│┃║┌┏╔└┗╚├┣╠]")
#: A note keyed by asterisks ('* Provisional.', '** Estimate.'), as a table's or a chart's note is.
STARRED_NOTE = re.compile(r"\*{1,4}\s+\S")
#: The box-drawing characters of a panel's frame.
BOX_FRAME = re.compile(r"[\u2500-\u257f]+")


def _panel_label(text: str) -> bool:
    """A panel's frame line or a card's label in capitals on the panel's side bar ('│ FILL
    RATE', '┌ KPI ──'): furniture; the card's figure stands on the line under it."""
    rest = PANEL_SIDE.sub("", text).strip(" ─━═")
    label = BRACKETED_ASIDE.sub("", rest)  # its source in brackets ('│ SALES (estimate)')
    return PANEL_SIDE.match(text) is not None and (not rest or label.upper() == label)


#: A short aside in brackets closing a label.
BRACKETED_ASIDE = re.compile(r"\s*\([^()]{1,40}\)\s*$")


#: An editor's note in brackets, a sentence or two ('(Figures are provisional. Totals may not
#: add up.)'): a note on the section over it, never a teaser's excerpt.
BRACKETED_NOTE = re.compile(r"\([^()]+[.!?]\)")
NOTE_MIN_WORDS = 4


def _bracketed_note(text: str) -> bool:
    return BRACKETED_NOTE.fullmatch(text) is not None and _words(text) >= NOTE_MIN_WORDS


HEADER_ROW_PIECES = 3


def _header_row(text: str) -> bool:
    """A table's column heads flattened onto one line, split by bars ('Item | Unit | Week 12 |
    Change %'): three short pieces or more."""
    pieces = [p.strip() for p in text.split("|")]
    return len(pieces) >= HEADER_ROW_PIECES and all(
        p and _words(p) <= MARKET_PIECE_WORDS for p in pieces
    )


def _table_heading(line: Line, following: Line | None) -> bool:
    """A table's own caption ('Table 2. Wholesale prices, week 12') or its row of column heads
    over the table's rows: the table's text, never a teaser's headline over its excerpt."""
    if is_("table_caption", line.text) or _header_row(line.text):
        return True
    return following is not None and following.block == line.block and _header_row(following.text)


#: One sentence closing and the next opening inside a line ('... on the week. Prices ...').
SENTENCE_INSIDE = re.compile(r"[^\W\d_A-Z]{2,}[.!?]\s+[A-Z]")


def _runs_across_breaks(text: str) -> bool:
    """A line of running text that hard line breaks cut out of its paragraph (a PDF's text): it
    opens in lower case, going on from the line above ('earlier. Rye was ...'), or it is as long
    as a paragraph and a sentence closes and the next opens inside it ('... on the week. Prices
    have ...'). A teaser's headline opens with a capital, and a two-part one is short ('New
    rules. And who pays')."""
    if _words(text) >= SUBHEADING_NEIGHBOUR_WORDS and text[:1].islower():
        return True
    return _words(text) >= BODY_PARAGRAPH_WORDS and SENTENCE_INSIDE.search(text) is not None


def _split_date(text: str, following: str) -> bool:
    """A date a line break cuts in two, its day closing the line and its month and year opening
    the next ('... stood at $2 billion at 30' / 'June 2026, and ...'): one sentence going on,
    never a headline over its excerpt."""
    tail = text.split()[-1]
    joined = f"{tail} {' '.join(following.split()[:3])}"
    found = find_date(joined)
    return found is not None and found[1] == 0 and found[2] > len(tail) + 1


#: A table row's last cell after a short dot leader: ' ... 41.2', ' ... -3.0'.
SHORT_LEADER_ROW = re.compile(rf"\s\.{{3}}\s+{BARE_FIGURE.pattern}$")

#: A transcript's speaker label: a person's name, a dash, then their role or firm.
SPEAKER_DASH = re.compile(r"\s+[-–—]\s+")


def _speaker_label(text: str) -> bool:
    """'Ana Ruiz - Chief Financial Officer', 'Tom Berg – Banco Sur': a name, a dash and a short
    role or firm, closing on no stop, as a call or hearing transcript heads each turn."""
    pieces = SPEAKER_DASH.split(text)
    return (
        len(pieces) == 2
        and _person_name(pieces[0])
        and 1 <= _words(pieces[1]) <= SPEAKER_ROLE_WORDS
        and not text.endswith(TERMINAL)
    )


SPEAKER_ROLE_WORDS = 6

#: A document's own paragraph number opening a line: '[31] ...', '(4) ...', '¶ 12 ...'.
PARAGRAPH_MARK = re.compile(
    r"(?:\[\d{1,3}\]|\(\d{1,3}\)|\((?:[a-z]|[ivx]{1,4})\)|¶\s?\d{1,3})\s"
)  # also a lettered or roman item of an order's or a schedule's list ('(b) a house in ...;')


PLACE_MAX_WORDS = 4


def _place_line(text: str) -> bool:
    """A dateline's place alone on its line ("Addis Ababa, Ethiopia"): a few capitalised
    words, no figure and no sentence; a teaser's excerpt is running text."""
    return (
        _words(text) <= PLACE_MAX_WORDS
        and not re.search(r"\d", text)
        and not text.endswith(TERMINAL)
        and _capitalised(text.replace(",", " ").split())
    )


HEADER_WINDOW = 16  # lines searched for the headline and metadata at the top of a page
META_AFTER_TITLE = 6  # metadata lines (byline, dates) sit within this many lines under the title
BYLINE_MAX_WORDS = 25
HEADLINE_MIN_WORDS = 5  # shorter lines above a longer headline are site names and section labels
META_PIECE_WORDS = 4
NAV_PIECE_WORDS = 5
BODY_PARAGRAPH_WORDS = 25


def _signed_stamp(text: str) -> bool:
    """A stamp line opened by its writer's byline, the day in a piece of its own ('By A. Name ·
    Posted 3 May 2026, 9:05 am'): the page's own stamp wherever it stands, never a field of a
    record's entry ('Filed on 3 May 2026 by the applicant')."""
    first, *rest = re.split(r"\s*[|·•]\s*", text)
    return (
        _looks_like_byline(first)
        and find_date(first) is None
        and any(find_date(p) is not None for p in rest)
    )


def _looks_like_byline(text: str) -> bool:
    """A byline line, not a body sentence that happens to start with "By": short, no full stop.
    An author's email closing it makes it no contact line."""
    return (
        is_("byline_start", text)
        and not is_("boilerplate", without_emails(text))
        and _words(text) <= BYLINE_MAX_WORDS
        and not _full_stop(text)
    )


BILINGUAL_LABEL_WORDS = 4


def _bilingual_byline(text: str) -> bool:
    """A byline whose label the page gives first in its own language, then after a slash in
    English ('Par / By A. Name', 'Suivi assuré par / Live desk: A, B and C')."""
    label, _, rest = text.partition(" / ")
    return bool(rest) and _words(label) <= BILINGUAL_LABEL_WORDS and _looks_like_byline(rest)


#: A clock time closing a stamp ("Updated 9:05 p.m."): its abbreviation's dot ends no sentence.
CLOCK_END = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.m\.$", re.I)


def _full_stop(text: str) -> bool:
    """Whether the line closes with a full stop, as a sentence does (a clock's "a.m." does not)."""
    return text.endswith(".") and CLOCK_END.search(text) is None


def is_metadata(text: str) -> bool:
    """Page metadata: a byline, a "Published/Updated/Input ..." stamp, a dateline made of short
    pieces around a calendar date ("Press release | Ministry of X | 21.03.2025"). A life's or a
    body's labelled date ("Born: ...", "Founded: ...") and a labelled deadline ("Consultation
    closes: ...") are facts of the story, never a stamp."""
    if is_("life_date", text) or is_("deadline_field", text):
        return False  # a life's day, a consultation's closing day: the story's, no stamp
    if _looks_like_byline(text) or is_date_stamp(text) or is_("record_stamp", text):
        return True
    if _bilingual_byline(text):
        return True  # 'Texte / Words: A. Name': a byline whose label is given in two languages
    if _sign_on(text):
        return True  # a bulletin's opening words that name the day it airs
    if is_("generated_stamp", text) and find_date(text) is not None:
        return True  # when the system built or printed the page: its day
    if is_("delivered_by", text) and find_date(text) is not None:
        return True  # who gave a speech, where and on which day
    if sitting_day(text) is not None:
        return True  # a court's sitting days, the day of judgment last
    if is_("bracketed_stamp", text) and find_date(text) and _words(text) <= BYLINE_MAX_WORDS:
        return True  # '(Issued at 5 pm on 3 March 2026. Times may change.)' under its title
    if is_bullet(text):
        return False  # a key point ('* To cut 900 jobs, by end-2027'), never a stamp
    if _placed_day_with_note(text):
        return True  # 'Lima, 3 May 2026 · Courtesy translation; the original prevails.'
    if _labelled_stamp(text):
        return True  # 'Ref: AB/12 · Sent: 03.05.2026 10:15 · Auto-reload every 30 s'
    if _live_strip(text):
        return True  # 'LIVE — Friday 3 May 2026 — updated every minute — 12 posts'
    if _dated_document(text):
        return True  # 'Offering circular dated 4 May 2026 · Part 3: The Issuer'
    if _credits_strip(text):
        return True  # 'Original title · Chile/Peru 2026 · Dir. A. Ruiz · 94 min'
    if _byline_with_stamps(text):
        return True  # 'By A, with B in C · Posted 2/3/2026 · Updated ... · 5 min read'
    if _named_stamp_strip(text):
        return True  # 'A. Name (Fellow, Programme) | 3 May 2026 | Reviewed by two | PDF'
    if _described_stamp(text):
        return True  # 'Exported 3 May 2026 · 80 members · Description: Rules. No ads.'
    if _full_stop(text) or _words(text) > BYLINE_MAX_WORDS or is_("boilerplate", text):
        return False
    if _dated_from(text) or _field_strip(text):
        return True
    if _stamp_with_note(text):
        return True
    if _listing_stamp(text):
        return True  # a dataset's or a listing's line: its publisher, licence, day and counts
    if _stamp_with_fields(text):
        return True  # 'Item AB-12 · Desk: Markets · Sent 3 May 2026 09:40 · Photo available'
    pieces = [p for p in META_PIECES.split(text) if p.strip()]
    if _page_folio(text):
        return True  # a printed page's running head, its day among the paper's names
    if COLUMN_FIGURE.search(text):
        return False  # a table row's columns across wide gaps ('January 2026     1,980     +2.1%')
    if len(pieces) > 1 and any(_looks_like_byline(p) for p in pieces):
        return True  # 'Analyst: A. Lind | Report no. 4' (the line's stop is the number's)
    if len(pieces) > 1 and _names_and_date(pieces):
        return True  # 'Ana Ruiz and Tom Berg | 4 May 2025, 09:12': the authors with no "By"
    dated = find_date(text) is not None or (  # a report's issue line: '... | November 2025'
        len(pieces) > 1 and any(is_("issue_month", p) for p in pieces)
    )
    # a share button's icon is no word of it ('✉ Send to a friend'); a label given in two
    # languages is one label ('Komunikat prasowy / Press release')
    return dated and all(
        min(_words(ICON_LEAD.sub("", h)) for h in BILINGUAL_SPLIT.split(p)) <= META_PIECE_WORDS
        for p in pieces
    )


STAMP_PIECE_WORDS = 8
#: A mark a live page sets before its label ('● LIVE', '🔴 EN VIVO').
LIVE_MARK = re.compile(r"^[^\w\s]{1,3}\s*")


def _dated_document(text: str) -> bool:
    """A document's name and its day after 'dated' (data: dated_document), alone or opening a
    strip of short pieces ('Offering circular dated 4 May 2026 · Part 3: The Issuer'): the
    document's stamp over its extract, no headline."""
    pieces = [p.strip() for p in PIECE_BAR.split(text) if p.strip()]
    return (
        bool(pieces)
        and is_("dated_document", pieces[0])
        and find_date(pieces[0]) is not None
        and all(_words(p) <= NOTE_PIECE_WORDS and not _full_stop(p) for p in pieces[1:])
    )


CREDITS_PIECES = 3
CREDIT_PIECE_WORDS = 8  # a languages piece: "Spanish and Quechua with English subtitles"


def _credits_strip(text: str) -> bool:
    """A film's or a show's credits strip under a review's headline: short pieces split by dots
    or bars, one its director's credit and one its running time ('Original title · Chile/Peru
    2026 · Dir. A. Ruiz · 94 min'): the review's metadata, its runtime no claim of the text."""
    pieces = [p.strip() for p in PIECE_BAR.split(text) if p.strip()]
    return (
        len(pieces) >= CREDITS_PIECES
        and any(is_("credit_piece", p) for p in pieces)
        and any(is_("runtime_piece", p) for p in pieces)
        and all(_words(p) <= CREDIT_PIECE_WORDS for p in pieces)
        and not _full_stop(text)
    )


MEDIA_PIECE_WORDS = 6


def _media_strip(text: str) -> bool:
    """A strip of the page's media links split by dots or bars, a gallery or a recording among
    them ('Photo gallery (40 images) · Watch the ceremony (1:10:05) · Earlier winners: 2024'):
    the site's furniture under a story, its counts and running times no claims."""
    pieces = [p.strip() for p in PIECE_BAR.split(text) if p.strip()]
    return (
        len(pieces) >= 2
        and any(is_("media_piece", p) for p in pieces)
        and all(_words(p) <= MEDIA_PIECE_WORDS for p in pieces)
        and not _full_stop(text)
    )


def _live_strip(text: str) -> bool:
    """A live page's stamp strip: its label, perhaps in two languages ('● AO VIVO / LIVE'),
    then short pieces split by dashes, bars or dots, one of them the page's day ('Friday 3 May
    2026', 'updated every minute', '12 posts'): the page's stamp, no headline."""
    pieces = [p.strip() for p in META_PIECES.split(text) if p.strip()]
    if len(pieces) < 2 or _full_stop(text):
        return False
    label = LIVE_MARK.sub("", pieces[0])
    return (
        all(is_("live_label", half) for half in BILINGUAL_SPLIT.split(label))
        and any(find_date(p) is not None for p in pieces[1:])
        and all(_words(p) <= NOTE_PIECE_WORDS for p in pieces[1:])
    )


#: A stamp's pieces: split by spaced bars, dots or bullets, or by wide gaps.
LABELLED_STAMP_SPLIT = re.compile(r"\s+[|·•]\s+|\s{3,}")
STAMP_LABEL = re.compile(r"^\W{0,2}\s*([^\W\d_][^:]{0,30}):\s+(\S.*)$")
STAMP_LABEL_WORDS = 3
HOURS = re.compile(r"\d[:.]\d{2}\s*[–—-]\s*\d{1,2}[:.]\d{2}")
STAMP_ZONE = re.compile(r"(?<=\d)\s+[A-Z]{2,5}$")


def _labelled_stamp(text: str) -> bool:
    """A line of the page's own fields, one of them a short label before a full day and its
    clock time ('Sent: 03.05.2026 10:15 CET'): when the system put the page out, whatever the
    label's words; no piece is a sentence."""
    pieces = [p.strip() for p in LABELLED_STAMP_SPLIT.split(text) if p.strip()]
    if any(_full_stop(p) for p in pieces):
        return False
    for piece in pieces:
        m = STAMP_LABEL.match(piece)
        if m is None or _words(m.group(1)) > STAMP_LABEL_WORDS:
            continue
        value = STAMP_ZONE.sub("", m.group(2))  # a zone the data may not name ('... 14:20 XST')
        found = find_date(value)
        if HOURS.search(value):
            continue  # opening hours ('09:00-18:00'): an event's time, no stamp
        if found is not None and is_date_stamp(value) and STAMP_CLOCK.search(value[found[2] :]):
            return True
    return False


def _byline_with_stamps(text: str) -> bool:
    """A byline with its stamps beside it across bars or dots, the whole longer than a byline
    alone ('By A in X, with B in Y · Posted 3 May 2026 · Updated 4 May · 6 min read'): the byline
    piece first, a dated piece after it, every other piece short and no sentence."""
    pieces = [p for p in PIECE_BAR.split(text) if p.strip()]  # never a comma: a byline's names
    return (
        len(pieces) > 1
        and _looks_like_byline(pieces[0])
        and any(find_date(p) is not None for p in pieces[1:])
        and all(_words(p) <= STAMP_PIECE_WORDS and not _full_stop(p) for p in pieces[1:])
    )


#: A role in brackets after an author's name ('A. Name (Research Fellow, Water Programme)').
NAME_ROLE = re.compile(r"\s*\([^()]{1,80}\)$")
DATE_PIECE_WORDS = 5


def _named_stamp_strip(text: str) -> bool:
    """An author's name with no "By", perhaps with a role in brackets, then a piece that is a
    date alone and other short pieces across bars ('A. Name (Fellow) | 3 May 2026 | 12 pages')."""
    pieces = [p.strip() for p in PIECE_BAR.split(text) if p.strip()]
    if len(pieces) < 2 or not _person_name(NAME_ROLE.sub("", pieces[0])):
        return False
    return any(
        find_date(p) is not None and _words(p) <= DATE_PIECE_WORDS for p in pieces[1:]
    ) and all(_words(p) <= STAMP_PIECE_WORDS and not _full_stop(p) for p in pieces[1:])


#: The slash between a label's two languages ('Communiqué / Press release').
BILINGUAL_SPLIT = re.compile(r"\s+/\s+")


STAMP_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")


#: A dateline's place before its day: a capitalised name of a word or a few, then a comma.
PLACE_BEFORE_DAY = re.compile(r"(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+")


def _placed_day_with_note(text: str) -> bool:
    """A dateline alone on its line, its place and its full day, then a note after a bar or a
    dot ('Lima, 3 May 2026 · Courtesy translation; the original prevails.'): the page's day
    with a word on its version, under a release's number and over its headline."""
    day, *notes = PIECE_BAR.split(text, maxsplit=1)
    place = PLACE_BEFORE_DAY.match(day)
    if not notes or place is None:
        return False
    found = find_date(day[place.end() :])
    return found is not None and found[1] == 0 and found[2] == len(day[place.end() :].rstrip())


def _stamp_with_note(text: str) -> bool:
    """A date stamp with its clock time, then an editor's note after a bar ('07/03/2025 14:05 GMT
    | Updated weekly; all times GMT'): the page's stamp, its note no headline."""
    stamp, *notes = re.split(r"\s+\|\s+", text, maxsplit=1)
    return bool(notes) and STAMP_CLOCK.search(stamp) is not None and is_date_stamp(stamp)


#: A mark a portal sets before a piece of its listing line ('● Updated ...', '⟳ Modified ...').
LISTING_MARK = re.compile(r"^[^\w\s]{1,2}\s*")
LISTING_BAR = re.compile(r"\s+[|·•]\s+")
LISTING_PIECES = 3
LISTING_STAMP_WORDS = 6


def _listing_stamp(text: str) -> bool:
    """A dataset's or a listing's line on an open-data portal: three pieces or more split by bars
    or dots, one of them the day it was published or updated ('Updated 3 May 2026'), the others
    short with no figure (its publisher), labelled fields ('Licence: ...') or counts ('120 views'): the page's
    stamp, never a headline or a claim."""
    pieces = [LISTING_MARK.sub("", p.strip()) for p in LISTING_BAR.split(text) if p.strip()]
    if len(pieces) < LISTING_PIECES:
        return False
    stamps = [
        p
        for p in pieces
        if (REVISION.match(p) or PUBLISHED.match(p))
        and find_date(p) is not None
        and _words(p) <= LISTING_STAMP_WORDS
    ]
    return len(stamps) == 1 and all(
        p in stamps
        or (_words(p) <= META_PIECE_WORDS and not re.search(r"\d", p))
        or is_("metadata_field", p)
        or is_("boilerplate", p)
        for p in pieces
    )


NOTE_PIECE_WORDS = 10
STAMP_CLOCK_WORDS = 3  # a clock, its half of the day and its zone after a stamp's day


def _put_out_stamp(piece: str) -> bool:
    """A piece that dates when the page was put out, built or sent, its verb a word or three
    before the day ('Published 3 May 2026', 'Update posted 3 May 2026, 9:00 am', 'Listed Fri
    6 Mar 2026', 'Register page generated 4/5/2026'), its clock after it at most."""
    found = find_date(piece)
    if found is None or _words(piece[found[2] :]) > STAMP_CLOCK_WORDS:
        return False
    before = piece[: found[1]]
    return _words(before) <= STAMP_LABEL_WORDS and (
        PUBLISHED.search(before) is not None
        or is_("sent_stamp", piece)
        or is_("generated_stamp", piece)
    )


DESCRIBED_STAMP_PIECES = 3


def _described_stamp(text: str) -> bool:
    """A stamp line with its fields that closes on a labelled description of sentences, as a
    chat's or a channel's export sets it ('Exported 3 May 2026 · 80 members · Description: Boat
    owners only. No ads.'): the page's stamp line, whatever the description says."""
    pieces = [p.strip() for p in LISTING_BAR.split(text) if p.strip()]
    return (
        len(pieces) >= DESCRIBED_STAMP_PIECES
        and is_("description_field", pieces[-1])
        and _stamp_with_fields(" · ".join(pieces[:-1]))
    )


def _stamp_with_fields(text: str) -> bool:
    """A line of the page's own stamp beside its fields and notes, split by bars or dots: one
    piece dates when it was put out ('Published 3 May 2026', 'Sent 2 Feb 2026 08:15 GMT'), the
    others name no day and are no sentence, whatever figures or words they hold (an item's
    code, its desk, its lots and fees, the print page, 'Next update: June', 'The French text
    prevails'): the page's stamp line, never its headline."""
    pieces = [LISTING_MARK.sub("", p.strip()) for p in LISTING_BAR.split(text) if p.strip()]
    stamps = [p for p in pieces if _put_out_stamp(p)]
    return (
        len(pieces) > 1
        and len(stamps) == 1
        and all(
            p in stamps
            or (_words(p) <= NOTE_PIECE_WORDS and not _full_stop(p) and find_date(p) is None)
            for p in pieces
        )
    )


#: The stamp piece's bracketed aside: the same day in another calendar ('(2083 Shrawan 27)').
STAMP_ASIDE = re.compile(r"\s*\([^()]{1,40}\)\s*$")


def _dated_strip(text: str) -> bool:
    """A strip of the page's own short pieces split by bars or dots at its top, one of them its
    day under a label of a word or three ('Page updated 3.05.2026', 'Date: 3 May 2026 (the
    other calendar's day)', 'Valid from 3 May 2026') or alone, the others naming no day and no
    sentence (its section, its office, a star rating, a reading time, a download or print link):
    the page's stamp line, whatever the label's words. Only read in the metadata search."""
    pieces = [LISTING_MARK.sub("", p.strip()) for p in LISTING_BAR.split(text) if p.strip()]
    if len(pieces) < 2 or any(
        (_full_stop(p) and not is_("stop_abbreviation", p)) or _words(p) > NOTE_PIECE_WORDS
        for p in pieces
    ):
        return False
    if any(is_("issue_number", p) for p in pieces):
        return False  # a weekly's issue line, dated by the week it covers: _issue_line's
    dated = [p for p in pieces if find_date(p) is not None and not is_("covered_period", p)]
    if len(dated) != 1:  # the period a report covers is its claim, no stamp ('Covers 4-10 May')
        return False
    stamp = STAMP_ASIDE.sub("", dated[0])
    found = find_date(stamp)
    return (
        found is not None
        and range_start(stamp) == found[0]  # a day range's last day is no stamp's
        and _words(stamp[: found[1]]) <= STAMP_LABEL_WORDS
        and _words(stamp[found[2] :]) <= STAMP_CLOCK_WORDS
    )


def _sign_on(text: str) -> bool:
    """A broadcast's opening words, a greeting or its "This is ...", that name the day it airs
    by its weekday ("Good evening. You are watching the late news, Friday the 6th of March."):
    the bulletin's stamp, read as a byline, its day the page's date."""
    return (
        (is_("greeting", text) or is_("sign_on", text))
        and _words(text) <= BYLINE_MAX_WORDS
        and says_day(text)
    )


#: The number of a printed page in its running head ('14', 'Page 14', 'P14').
FOLIO_NUMBER = re.compile(r"(?:p\.?|page)?\s?\d{1,3}", re.I)
FOLIO_GAP = re.compile(r"\s{3,}")
FOLIO_MIN_PIECES = 3


def _page_folio(text: str) -> bool:
    """A printed page's running head as a scan or an e-paper's text view keeps it: the paper's
    name, the day, the section and the page number set apart by wide gaps ('THE HARBOUR TIMES
    Monday 3 March 2025   SPORT   14'), one day among names and at most one page number."""
    pieces = [p.strip() for p in FOLIO_GAP.split(text) if p.strip()]
    dated = [is_date_stamp(p) for p in pieces]
    numbered = [FOLIO_NUMBER.fullmatch(p) is not None for p in pieces]
    return (
        len(pieces) >= FOLIO_MIN_PIECES
        and sum(dated) == 1
        and sum(numbered) <= 1
        and all(d or n or _name_like(p) for p, d, n in zip(pieces, dated, numbered, strict=True))
    )


def _field_strip(text: str) -> bool:
    """A wire's slug line: labelled fields split by bars ("Category: Markets | Priority: 2 |
    Word count: 640"), perhaps beside a date stamp or the page's furniture, and nothing else."""
    pieces = [p.strip() for p in re.split(r"\s*[|·•]\s*", text) if p.strip()]
    fields = [is_("metadata_field", p) for p in pieces]
    return (
        len(pieces) > 1
        and any(fields)
        and all(
            f or is_date_stamp(p) or is_("boilerplate", p)
            for p, f in zip(pieces, fields, strict=True)
        )
    )


NAME_LIST = re.compile(r"\s+(?:and|&)\s+")
#: What parts a stamp's pieces: a bar or dot, a spaced dash, a comma, or a wide gap between columns
#: ('GAZETTE - DIGEST          3 December 2025').
META_PIECES = re.compile(r"\s*[|·•]\s*|\s+[-–—]\s+|,\s*|\s{3,}")
#: A bare figure set off by a wide gap: a table's column, never a piece of a stamp.
COLUMN_FIGURE = re.compile(r"\s{3,}[+\-−–]?\d[\d.,]*%?(?=\s{3,}|\s*$)")


def _names_and_date(pieces: list[str]) -> bool:
    """A stamp that names its authors without a "By": people's names (joined by "and") beside
    a calendar date and perhaps a time, nothing else; a deck never reads so."""
    dated = [find_date(p) is not None or is_("time_only", p) for p in pieces]
    named = [all(_person_name(n) for n in NAME_LIST.split(p)) for p in pieces]
    return any(dated) and any(named) and all(d or n for d, n in zip(dated, named, strict=True))


#: A press release's dateline on a line of its own: the place, a full date, then a dash or the
#: line's end ("Oslo, 14.03.2025 - Ministry of Trade"); a wire lead goes on with a sentence.
DATED_FROM = re.compile(r"^[A-Z][\w.'’/ -]{1,30},\s+")
DATED_FROM_AFTER = re.compile(r"\s*(?:[-–—|]|$)")


def _dated_from(text: str) -> bool:
    place = DATED_FROM.match(text)
    if place is None:
        return False
    found = date_at(text, place.end())
    return found is not None and DATED_FROM_AFTER.match(text, found[2]) is not None


def _furniture(text: str) -> bool:
    return (
        is_("boilerplate", text)
        or is_("slide_marker", text)
        or is_("page_marker", text)
        or _furniture_pieces(text)
        or is_("caption", text)
        or is_("header_furniture", text)
        or is_("ticker", text)
        or is_("time_only", text)
        or is_nav(text)
    )


FURNITURE_PIECE_WORDS = 6
#: A site bar's pieces sit between pipes or gaps of two spaces or more ("Log in   Register").
PIECE_GAP = re.compile(r"\s*\|\s*|\s{2,}")
FOOTER_STRIP_PIECES = 3


def _footer_strip(text: str, under: Line | None) -> bool:
    """A site's link strip under the story ("Site | Imprint | Careers | Contact"): a menu of at
    least three pieces split by bars, and no table row under it (a table's header row is one)."""
    pieces = [p for p in text.split("|") if p.strip()]
    return (
        len(pieces) >= FOOTER_STRIP_PIECES
        and is_nav(text)
        and (under is None or not is_table_row(under.text))
    )


def _furniture_pieces(text: str) -> bool:
    """A strip of short pieces split by pipes or wide gaps, one of them page furniture
    ("Subscribe for $2 a month | Log in", "Newsletters | Sign in", "Log in   Join from $1 a
    week"): a site's bar, even when a piece holds a price.
    A dash inside a piece is no word, and a piece that is furniture itself may be longer ("Sign
    in | Join now - two months for the price of one")."""
    pieces = [p.strip() for p in PIECE_GAP.split(text) if p.strip()]
    if pieces:  # a promo's sentences before the account links go with them ("... Log in | Join")
        pieces[0] = SENTENCE_BREAK.split(pieces[0])[-1]
    furniture = [is_("boilerplate", p) or is_("header_furniture", p) for p in pieces]
    return (
        len(pieces) >= 2
        and all(
            f or _content_words(p) <= FURNITURE_PIECE_WORDS
            for p, f in zip(pieces, furniture, strict=True)
        )
        and any(furniture)
    )


LINK_SPLIT = re.compile(r"\s*[|·•]\s*")
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")
FOOTER_LINKS_MIN = 2
#: A site's copyright notice, at either end of its footer strip ("Site | Newsroom | (c) 2024 X").
COPYRIGHT = re.compile(r"©|\(c\)\s*(?:[\w&.]+\s+){0,4}?(?:19|20)\d{2}\b|copyright\b", re.I)


def _link_tail(text: str) -> bool:
    """A site's footer: a line that ends in its links ("... is published by X Ltd. Manage your
    subscription | Unsubscribe | Privacy", "About | Terms | (c) Site 2025"), two of them or more
    among short pieces; the sentences it may open with (the publisher, a disclaimer) go with it."""
    pieces = [p.strip() for p in LINK_SPLIT.split(text) if p.strip()]
    if len(pieces) < FOOTER_LINKS_MIN:
        return False
    pieces[0] = SENTENCE_BREAK.split(pieces[0])[-1]
    links = [is_("footer_link", p) for p in pieces]
    signed = COPYRIGHT.match(pieces[-1]) is not None or COPYRIGHT.search(pieces[0]) is not None
    return (sum(links) >= FOOTER_LINKS_MIN or signed) and all(
        link or is_("boilerplate", p) or _content_words(p) <= FURNITURE_PIECE_WORDS
        for p, link in zip(pieces, links, strict=True)
    )


def _bar_in_body(text: str) -> bool:
    """A share or counter bar inside the page ("Share | Save | 11 min read", "Share: Facebook |
    X | Email"): a strip of furniture pieces whose other pieces hold no figure, so a fact-box
    line ("Share of exports | 41%") stays body."""
    pieces = [p.strip() for p in text.split("|") if p.strip()]
    return _furniture_pieces(text) and all(
        is_("boilerplate", p)
        or is_("header_furniture", p)
        or is_("player_button", p)  # '▶ Watch the clip (1:05)': a play button and its length
        or not re.search(r"\d", p)
        for p in pieces
    )


#: A pager: a back arrow opening the line, a forward arrow after its short pieces.
PAGER = re.compile(r"^[◄◀‹«←<]\s+(?P<inside>.+?)\s+[►▶›»→>](?=\s|$)")
PAGER_PIECE_WORDS = 4


def _pager(text: str) -> bool:
    """A pager between the page's neighbours ('‹ Mon 3   [ Tue 4 ]   Wed 5 ›', '< Older | Newer
    >'): a back arrow, short pieces split by bars or wide gaps, a forward arrow; what follows it
    on the line (the pager's own selector) is furniture too."""
    m = PAGER.match(text)
    if m is None or _full_stop(m.group("inside")):
        return False
    pieces = [p for p in re.split(r"\s*\|\s*|\s{2,}", m.group("inside")) if p.strip()]
    return all(_words(p.strip("[] ")) <= PAGER_PIECE_WORDS for p in pieces)


EMAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _contact_strip(text: str) -> bool:
    """An office's contact strip closing a notice ("Port Office | Ch 14 | Tel. +1 555 0100 |
    desk@port.example"): short pieces split by bars, one a phone line and one an email address,
    whatever figures the others hold (a radio channel, an extension); the pieces may be split by
    dots too ("Contact: Press office · +1 555 0100 · press@office.example"). A service's strip of
    its named phone line and its chat's hours is one too ("Help desk 0300 1234 · Web chat
    10 am–6 pm"; data: contact_piece)."""
    pieces = [p.strip() for p in LINK_SPLIT.split(text) if p.strip()]
    if len(pieces) < 2:
        return False
    contact = [is_("contact_piece", p) for p in pieces]
    if any(contact) and all(
        c or is_("boilerplate", p) or EMAIL_ADDRESS.fullmatch(p)
        for p, c in zip(pieces, contact, strict=True)
    ):
        return True
    return (
        any(is_("boilerplate", p) for p in pieces)
        and any(EMAIL_ADDRESS.fullmatch(p) for p in pieces)
        and all(_content_words(p) <= FURNITURE_PIECE_WORDS for p in pieces)
    )


def _headline_line(lines: list[Line], headline: str | None) -> int | None:
    """The line of the page top that sets the headline its scraped head names, however it is
    cased ('EU extends ...' set in lower case on the page): the page's own headline."""
    if not headline:
        return None
    wanted = " ".join(headline.split()).casefold()
    return next(
        (
            i
            for i, x in enumerate(lines[:HEADER_WINDOW])
            if " ".join(x.text.split()).casefold() == wanted
        ),
        None,
    )


POSTS_MIN = 2
#: A line of icons and counts, as a channel sets under each post ('👁 12K · 🔁 310').
COUNTER_STRIP = re.compile(
    r"(?:[\U0001F000-\U0001FAFF\u2600-\u27BF]\uFE0F?\s*[\d.,]+\s*[KkMm]?\s*[·•|]?\s*)+"
)


def _thread_posts(lines: list[Line]) -> list[int]:
    """A forum thread's post headers ('#2  Poster  (Joined: ...)') with a stamp line under each
    (two or more such posts make the page a thread)."""
    found = [
        i
        for i, x in enumerate(lines[:-1])
        if is_("thread_post", x.text) and is_metadata(lines[i + 1].text)
    ]
    return found if len(found) >= POSTS_MIN else []


def stamped_thread_posts(lines: list[Line]) -> list[int]:
    """A forum thread's post headers that carry their own stamp ('Post by Poster » date'); two
    or more make the page a thread."""
    found = [i for i, x in enumerate(lines) if is_("stamped_thread_post", x.text)]
    return found if len(found) >= POSTS_MIN else []


def _thread_title(lines: list[Line]) -> int | None:
    """The topic's name over a thread's first stamped post: the line right above it, when it is
    neither furniture nor metadata, a question too (the forum's name, its tagline and the
    thread's toolbar sit higher up)."""
    posts = stamped_thread_posts(lines)
    if not posts or not 0 < posts[0] < HEADER_WINDOW:
        return None
    text = lines[posts[0] - 1].text
    if _furniture(text) or is_metadata(text) or _words(text) >= BODY_PARAGRAPH_WORDS:
        return None
    return posts[0] - 1


def post_headers(lines: list[Line]) -> list[int]:
    """The post headers of a channel's or a chat's export, each alone on its line: its stamp in
    brackets and its sender ('[3.05.2026 14:10] Harbour Office:'); two or more make the page a
    run of dated posts."""
    found = [i for i, x in enumerate(lines) if is_("post_header", x.text)]
    return found if len(found) >= POSTS_MIN else []


def _first_post_headline(lines: list[Line]) -> int | None:
    """The headline of an export of posts: the first line of its first post, when it reads as
    one (no full stop, short); the export's own header above it is no headline."""
    posts = post_headers(lines)
    if not posts or posts[0] >= HEADER_WINDOW or posts[0] + 1 >= len(lines):
        return None
    at = posts[0] + 1
    text = lines[at].text
    if at in posts or text.endswith(TERMINAL) or _words(text) >= BODY_PARAGRAPH_WORDS:
        return None
    return at


DECK_MIN_SLIDES = 2


def _deck_title(lines: list[Line]) -> int | None:
    """The title of a slide deck saved as text (two slide markers or more): the first slide's
    first line that is neither furniture nor a stamp, however short ('Fleet Renewal Plan'); a
    deck sets its title alone on its cover slide, never under a site's name."""
    markers = [i for i, x in enumerate(lines) if is_("slide_marker", x.text)]
    if len(markers) < DECK_MIN_SLIDES or markers[0] >= HEADER_WINDOW:
        return None
    end = markers[1]
    return next(
        (
            i
            for i in range(markers[0] + 1, end)
            if not (_furniture(lines[i].text) or is_metadata(lines[i].text))
        ),
        None,
    )


#: A change tracker's marks of removed and added text ('[-old words-] {+new words+}').
DIFF_OPEN = re.compile(r"^(?:\[-.+?-\]|\{\+.+?\+\})")
DIFF_MARKS = re.compile(r"\[-|-\]|\{\+|\+\}")
DIFF_REMOVED = re.compile(r"\[-.*?-\]\s*")
DIFF_ADDED = re.compile(r"\{\+(.*?)\+\}")


def latest_wording(text: str) -> str:
    """A line of a change tracker's comparison as its newest version reads: the removed words
    dropped, the added ones kept without their marks."""
    return DIFF_ADDED.sub(r"\1", DIFF_REMOVED.sub("", text)).strip()


TELETEXT_MIN_PAGES = 2
PAGE_NUMBER = re.compile(r"\d{3}")


def _teletext_pages(lines: list[Line]) -> list[tuple[int, int, str, bool]]:
    """A saved teletext capture's pages: (first line, end, page number, whether an index page),
    each opening on its header line; none on any other page."""
    heads = [i for i, x in enumerate(lines) if is_("teletext_header", x.text.strip())]
    if len(heads) < TELETEXT_MIN_PAGES:
        return []
    pages = []
    for n, at in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(lines)
        found = PAGE_NUMBER.search(lines[at].text)
        rest = [x.text.strip() for x in lines[at + 1 : end]]
        entries = sum(is_("teletext_index_entry", t) for t in rest)
        pages.append((at, end, found.group() if found else "", 2 * entries > len(rest)))
    return pages


def _teletext_furniture(text: str) -> bool:
    text = text.strip()
    return any(
        is_(kind, text) for kind in ("teletext_header", "teletext_subpage", "teletext_continued")
    )


def _teletext_title(lines: list[Line]) -> int | None:
    """The headline of a teletext capture's story: the first line of the first page that is no
    index, under its header and subpage counter."""
    for at, end, _, index in _teletext_pages(lines):
        if not index:
            return next((i for i in range(at, end) if not _teletext_furniture(lines[i].text)), None)
    return None


def _teletext_kinds(lines: list[Line], title_at: int | None) -> dict[int, str]:
    """Kinds of a teletext capture's lines: its story's page and subpages are the body, the
    index and the other stories' pages related, the headers, subpage counters, 'continued' lines,
    the fastext row and the capture's own line over the pages furniture."""
    pages = _teletext_pages(lines)
    if not pages or title_at is None:
        return {}
    own = next((number for at, end, number, _ in pages if at <= title_at < end), None)
    kinds = {i: "boilerplate" for i in range(pages[0][0])}
    for at, end, number, index in pages:
        for i in range(at, end):
            text = lines[i].text.strip()
            if _teletext_furniture(text) or (not index and is_("teletext_index_entry", text)):
                kinds[i] = "boilerplate"
            elif i == title_at:
                kinds[i] = "title"
            else:
                kinds[i] = "body" if number == own and not index else "related"
    return kinds


def title_index(lines: list[Line]) -> int | None:
    """The headline: the first line of the page top that is neither furniture nor metadata.

    Short lines (site names, section labels, a "Live" kicker) give way to a longer headline under
    them; a line ending in a full stop or a long paragraph is body, and ends the search.
    """
    first: int | None = None
    masthead: int | None = None
    teletext = _teletext_title(lines)
    if teletext is not None:
        return teletext
    diffed = next((i for i, x in enumerate(lines[:HEADER_WINDOW]) if DIFF_OPEN.match(x.text)), None)
    if diffed is not None:
        return diffed  # a change tracker's headline, its old and new wording marked
    posted = _first_post_headline(lines)
    if posted is not None:
        return posted
    topic = _thread_title(lines)
    if topic is not None:
        return topic
    deck = _deck_title(lines)
    if deck is not None:
        return deck
    extract = _extract_heading(lines)
    if extract is not None:
        return extract  # an extract's own heading under its note, the document's cover above
    compared = _compared_headline(lines)
    if compared is not None:
        return compared  # the newer copy's headline on a page comparing two copies line by line
    named = _crumb_headline(lines[:HEADER_WINDOW])
    if named is not None:
        return named
    cued = _cued_headline(lines)
    if cued is not None:
        return cued  # a newsroom script's headline under its cue for the on-screen strap
    story = _wire_story_headline(lines)
    if story is not None:
        return story  # a wire terminal's full story under its alerts: its own headline
    subject = _letter_subject(lines)
    if subject is not None:
        return subject  # a letter's subject line beside its salutation, under a portal's record
    digest = _mailed_digest_title(lines[:HEADER_WINDOW])
    if digest is not None:
        return digest
    exported = _exported_chat_name(lines)
    if exported is not None:
        return exported  # a chat export's name over its header line
    listed = _list_message_subject(lines)
    if listed is not None:
        return listed  # a mail archive's message: its subject under the archive's own lines
    report: int | None = None  # a release's own name and period under its institution's name
    ruling = next(
        (i for i, x in enumerate(lines[:HEADER_WINDOW]) if is_("ruling_title", x.text)), None
    )
    if ruling is not None:
        return (
            ruling  # a court's 'JUDGMENT' under its court, parties and dates: the document's name
        )
    record = next(
        (i for i, x in enumerate(lines[:HEADER_WINDOW]) if is_("document_title", x.text)), None
    )
    if record is not None and not _headline_under_label(lines[record + 1 : record + 2]):
        return record  # 'Hearing summary - X' under its house and committee: the record's name
    act = _act_in_gazette(lines)
    if act is not None:
        return act
    numbered = _numbered_document(lines)
    if numbered is not None:
        return numbered
    for i, line in enumerate(lines[:HEADER_WINDOW]):
        text = line.text
        under = lines[i + 1] if i + 1 < len(lines) else None
        if i > 0 and is_("encyclopedia_tagline", text):
            return i - 1  # the article's name over 'From X, the free encyclopedia'
        if _menu_below(lines, i):
            continue  # the site's name, tagline or widget over its menu: the headline comes later
        if (_strip(text) or _over_menu(lines, i)) and _headline_below(lines, i):
            continue  # a strip of links or notes, or any line over the menu: the headline is below
        if _notice_over_menu(lines, i) and _headline_below(lines, i):
            continue  # the site's notice of a sentence or two, set over its menu or breadcrumb
        if _table_row(text):
            continue  # a row of a board, a status list or a contents list
        if is_("table_legend", text):
            continue  # a table's legend of marks, set over the page: the headline is elsewhere
        if BUTTON_BAR.match(text):
            continue  # a row of bracketed buttons (the site's languages, its sections) opening it
        if _menu_section_label(lines, i) and _headline_below(lines, i):
            continue  # a show's or a section's name from the menu above it, over the headline
        if REFERENCE_CODE.search(text) and _label_with_code(text) and _headline_below(lines, i):
            continue  # a document's kind and its reference number over the page's own headline
        if _record_number(text) and _headline_below(lines, i):
            continue  # a record's kind and its serial number ('Petition 1289-26') over its subject
        if _over_issue_and_menu(lines, i):
            masthead = i if masthead is None else masthead
            continue  # the paper's name over its dated issue line over its menu
        if report is None and first is not None and _release_name(text, under):
            report = i
        if report is not None and is_("issue_month", text):
            continue  # the release's month alone under its name: no headline
        if _named_edition(text, under):
            return i  # 'Evening Report — Friday 3 May 2026' over its transcript: its heading
        if _furniture(text) or is_metadata(text) or is_("box_line", text) or _dated_strip(text):
            continue  # a sign-up promo ("Subscribe: 3 months for $1") is never the headline
        if is_("publication_note", text) or is_("delivery_note", text) or _player_bar(text):
            continue  # why a reply is put out, a speech's delivery note, a bar of play buttons
        if (
            i > 0
            and _site_name(lines[i - 1].text)
            and is_("name_tagline", text)
            and not _newsletter_tagline(lines, i)  # a newsletter's, read with its issue line
        ):
            continue  # what a trade title covers, right under its name
        if _market_strip(text):
            continue  # a site's strip of rates over the page ('Dollar 948.20 | Gold 2,310')
        if _contact_strip(text):
            continue  # a service's phone line and chat hours over its own headline
        if is_("date_line", text):
            continue  # the day the page was set, in whatever language ('Lundi 4 mai 2026')
        if _tagged_label(text):
            continue  # a picture's placeholder beside the site's or the section's name
        if BOX_SIDE.match(text):
            continue  # a search box or a notice drawn in box lines over the page's own headline
        if ASIDE.fullmatch(text) or is_("docket_line", text) or _status_strip(text):
            continue  # an editor's note in brackets, a filing's numbers, a status bar
        if _widget_with_ticker(text) or _dotted_widget(text) or _labelled_widget(text):
            continue  # the weather or rates strip with another story's breaking line beside it
        if is_("metadata_field", text):
            continue  # a notice's labelled field alone on its line ('Category: Ad hoc notice')
        if _selector_strip(text) or _kit_strip(text) or _top_stamp(text):
            continue  # a tab selector, a press kit's strip, a dated stamp
        if is_("document_reference", text):
            continue  # 'TECHNICAL BULLETIN  TB-2025/112' over its fields and its own headline
        if _kicker_strip(text):
            continue  # 'PHOTO ESSAY · FARMING · Best read with images on.': labels over the headline
        if find_date(text) and any(is_("dated_field", p.strip()) for p in PIECE_BAR.split(text)):
            continue  # a record's line with its dated field ('Preprint · This version: 4 May 2026')
        if is_("numbered_document", text) and (
            _headline_or_question_under(lines[i + 1 : i + 2])
            or (
                i + 1 < len(lines)
                and is_metadata(lines[i + 1].text)
                and _headline_or_question_under(lines[i + 2 : i + 3])
            )
        ):
            continue  # a paper's series and number ('BRIEF No. 4/2026') over its own headline
        if _labelled_repeat(text, lines[i + 1 : HEADER_WINDOW]):
            continue  # 'Title: X' over X on a line of its own: that line is the headline
        if _repeated_with_number(text, lines[i + 1 : i + 1 + ALIAS_REACH]):
            continue  # 'X · Report no. 18/26' over X alone: that line is the headline
        if first is not None and _section_heading(text):
            break  # the report's first section ('1. Highlights'): the headline stood above it
        if i > 0 and ITEM_NUMBER.match(text):
            break  # a digest's first numbered item under its name: the name heads the issue
        if masthead is not None and is_("greeting", text):
            continue  # a newsletter's greeting under its masthead: its first story may follow
        if _newsletter_tagline(lines, i):
            first = i if first is None else first
            masthead = i if masthead is None else masthead
            continue  # 'THE NAME' over its tagline over 'Issue 12 | date'
        if first is None:
            first = i
        abbreviated = is_("company_name", text)  # 'Andes Cobre S.A.' closes on no sentence
        if (_full_stop(text) and not abbreviated) or _words(text) >= BODY_PARAGRAPH_WORDS:
            break
        if under is not None and is_("delivered_by", under.text) and find_date(under.text):
            return i  # a speech's name over who gave it, where and when: its title
        if _site_tagline(text) or is_("site_tagline", text) or _masthead(text):
            masthead = i if masthead is None else masthead
            continue  # a name and its tagline give way to a headline under them
        if _title_bar(text, lines[i + 1 : HEADER_WINDOW]) or _dashed_title_bar(
            text, lines[i + 1 : HEADER_WINDOW]
        ):
            continue  # the headline's own line comes under it
        if is_("breaking_label", text) and _headline_under(lines[i + 1 : i + 3]):
            continue  # another story's breaking strip over the page's own headline
        if is_("breaking_label", text) and _headline_under_menu(lines[i + 1 : HEADER_WINDOW]):
            continue  # a breaking strip over the site's breadcrumb and the page's own headline
        if under is not None and _above_menu(text, under):
            continue  # the site's name over its menu: as a short label would
        if under is not None and (_channel_name(text, under) or _over_institution(text, under)):
            continue  # a channel's name over its menu, an office's name over its government's
        if under is not None and first != i and _document_over_reference(text, under):
            return i  # the document's name over its number and date, its issuer above it
        if under is not None and _issuer_over_alias(lines, i):
            masthead = i if masthead is None else masthead
            continue  # a regulator's name over its name in its own language, in brackets
        if under is not None and _issuer_over_reference(text, under):
            masthead = i if masthead is None else masthead
            continue  # a port office's name over 'Notice 12/2026 | Issued 3 May 2026'
        if _content_words(text) >= HEADLINE_MIN_WORDS or not _label_like(text):
            return i
        if _over_dek(lines, i):
            return i  # a magazine's short headline over its dek and byline
    if report is not None and masthead is not None and masthead == first:
        return report  # 'Monthly Bulletin - May 2026' under the bank's name, no headline below
    return masthead if masthead is not None else first


def _export_header(lines: list[Line]) -> int | None:
    """The line of a chat export's header at the page top ('Group · 1,204 members · Exported
    ...'; data: export_header), under the chat's name."""
    return next(
        (i for i, x in enumerate(lines[:HEADER_WINDOW]) if i > 0 and is_("export_header", x.text)),
        None,
    )


def _exported_chat_name(lines: list[Line]) -> int | None:
    """A chat export's name: the line right over its header line."""
    header = _export_header(lines)
    return header - 1 if header is not None else None


#: A mailing list's subject line, opening on the list's tag in brackets ('[Port-Talk] ...').
LIST_TAG = re.compile(r"\[[^\[\]\s][^\[\]]{1,39}\]\s+[^\[\]\s][^\[\]]*$")
LIST_STAMP_REACH = 3  # lines from a message's subject down to its clock stamp


def _list_message_subject(lines: list[Line]) -> int | None:
    """A mail archive's message page: the subject line opening on the list's tag in brackets,
    its sender and its dated stamp a line or two under it ('[Port-Talk] Dues go up' over 'Ana
    Ruiz ana at port.example' over 'Tue Mar 3 10:01:22 UTC 2026'): the message's title, the
    archive's name and path above it."""
    for i, line in enumerate(lines[:HEADER_WINDOW]):
        if not LIST_TAG.match(line.text) or _full_stop(line.text):
            continue
        under = lines[i + 1 : i + 1 + LIST_STAMP_REACH]
        if any(
            is_metadata(x.text) and find_date(x.text) and STAMP_CLOCK.search(x.text)
            for x in under[1:]
        ):
            return i
    return None


def _named_edition(text: str, under: Line | None) -> bool:
    """An edition's name and its day after a spaced dash ('Evening Report — Friday 3 May 2026')
    right over running text (a transcript's first turn, a bulletin's first item): the show's or
    the bulletin's own heading, never a stamp alone."""
    pieces = SITE_DASH.split(text)
    return (
        under is not None
        and _words(under.text) >= BODY_PARAGRAPH_WORDS
        and len(pieces) == 2  # the edition's name, then its day
        and find_date(pieces[0]) is None
        and _capitalised(pieces[0].split())
        and not _furniture(pieces[0])
        and is_date_stamp(pieces[1])
    )


#: A printed page's number set alone between dashes or spaces ('— 31 —', '- 4 -').
LONE_FOLIO = re.compile(r"[-–—\s]*\d{1,4}[-–—\s]*")


def _extract_heading(lines: list[Line]) -> int | None:
    """The heading under an extract's note (data: extract_note), past a page number set alone:
    the page's title, the document's cover lines above the note no headline of it."""
    at = next((i for i, x in enumerate(lines[:HEADER_WINDOW]) if is_("extract_note", x.text)), None)
    if at is None:
        return None
    for j in range(at + 1, min(len(lines), at + 1 + ALIAS_REACH)):
        text = lines[j].text
        if LONE_FOLIO.fullmatch(text) or _furniture(text):
            continue
        if _full_stop(text) or _words(text) >= BODY_PARAGRAPH_WORDS:
            return None
        return j
    return None


#: A bar that opens on two bracketed buttons or more ('[Home] [Français] [English] - ...').
BUTTON_BAR = re.compile(r"(?:\[\s*[^\[\]\d]{1,30}?\s*\]\s*){2,}")

#: The selected tab of a selector, in square brackets with spaces inside ('[ Fri 8 ]').
SELECTED_TAB = re.compile(r"\[\s+[^\[\]]{1,30}?\s+\]")
SELECTOR_PIECES = 3


def _selector_strip(text: str) -> bool:
    """A strip of tabs or days split by wide gaps, the selected one in spaced square brackets
    ('Mon 6   [ Tue 7 ]   Wed 8'): the page's controls, no headline."""
    pieces = [p for p in PIECE_GAP.split(text) if p.strip()]
    return len(pieces) >= SELECTOR_PIECES and SELECTED_TAB.search(text) is not None


def _kit_strip(text: str) -> bool:
    """A strip of labels split by dots or bars, opening with a label in capitals, one piece the
    page's place in a set ('MEDIA PACK · Annual report · Part 2 of 6'; data: kit_position)."""
    pieces = [p.strip() for p in PIECE_BAR.split(text) if p.strip()]
    return (
        len(pieces) >= SELECTOR_PIECES
        and pieces[0].isupper()
        and not re.search(r"\d", pieces[0])
        and any(is_("kit_position", p) for p in pieces[1:])
    )


PIECE_BAR = re.compile(r"\s+[|·•]\s+")
SCRIPT_WINDOW = 3 * HEADER_WINDOW  # lines a script's rundown or a wire's alerts may fill on top
PLAYER_PIECE_WORDS = 2  # a bar's other pieces: the site's languages, a channel's short name


def _cued_headline(lines: list[Line]) -> int | None:
    """A newsroom script's headline: the line under its bracketed cue for the on-screen
    headline strap, the rundown's rows and the story's slug above it being the system's."""
    for i, line in enumerate(lines[:SCRIPT_WINDOW]):
        if is_("headline_cue", line.text) and i + 1 < len(lines):
            return i + 1
    return None


def _wire_story_headline(lines: list[Line]) -> int | None:
    """A wire terminal's page: queue rows (clock, type, slug), each over its one-line alert,
    then a row opening the full story over the story's own headline."""
    for i, line in enumerate(lines[:SCRIPT_WINDOW]):
        if not is_("wire_story_row", line.text) or i + 1 >= len(lines):
            continue
        if not is_("wire_row", lines[i + 1].text):
            return i + 1
    return None


def _letter_subject(lines: list[Line]) -> int | None:
    """A letter's subject line ('Re: ...') right under or over its salutation ('Dear ...,'),
    in the top lines of a page that carries the letter: the page's title."""
    for i, line in enumerate(lines[:SCRIPT_WINDOW]):
        if not is_("letter_subject", line.text):
            continue
        near = lines[max(i - 1, 0) : i] + lines[i + 1 : i + 2]
        if any(is_("salutation", x.text) for x in near):
            return i
    return None


def _player_bar(text: str) -> bool:
    """A broadcaster's bar of play buttons ('▶ Hear the stream · ▶ Watch Channel 2'), the site's
    languages beside them: one button at least, every other piece a word or two."""
    pieces = [p.strip() for p in re.split(r"\s+[|·•]\s+", text) if p.strip()]
    buttons = [p for p in pieces if is_("player_button", p)]
    rest = [p for p in pieces if p not in buttons]
    return bool(buttons) and all(_words(p) <= PLAYER_PIECE_WORDS for p in rest)


#: A label's parts: a name given in two languages, a note after a dash.
LABEL_PARTS = re.compile(r"\s+[/|]\s+|\s+[-–—]\s+")


def _menu_section_label(lines: list[Line], i: int) -> bool:
    """A line that opens on the name of a piece of the site's menu above it ('REVIEW OF THE
    WEEK / REVUE — 8 am edition' under '... | Review of the week | ...'): the show's or the
    section's label, never the headline."""
    first = LABEL_PARTS.split(lines[i].text)[0].strip().lower()
    if not first:
        return False
    for line in lines[max(0, i - MENU_REACH) : i]:
        if is_nav(line.text):
            pieces = MENU_SPLIT.split(line.text)
            if first in {p.strip().lower() for p in pieces}:
                return True
    return False


MENU_REACH = 4  # lines between a name or widget line at the top and the menu under it


def _menu_below(lines: list[Line], i: int) -> bool:
    """A line with the site's menu or breadcrumb a few lines under it, no sentence between: a
    page sets its menu above the story's headline, so whatever stands over the menu (the site's
    name with a tagline or an edition's date, a strip of rates or prayer times) is no headline.
    Only a line of pieces split by bars or dots is read so: a headline is one phrase."""
    if len([p for p in PIECE_BAR.split(lines[i].text) if p.strip()]) < 2:
        return False
    for line in lines[i + 1 : min(i + 1 + MENU_REACH, HEADER_WINDOW)]:
        text = line.text
        if _full_stop(text) or _words(text) >= BODY_PARAGRAPH_WORDS:
            return False
        if _breadcrumb(text) or (is_nav(text) and _menu_pieces(text) >= NAMED_MENU_PIECES):
            return True
    return False


#: The pieces of a strip: split by spaced bars, dots, bullets or arrows.
STRIP_SPLIT = re.compile(r"\s+[|·•>›»▸]\s+|\s*\|\s*")
STRIP_MIN_PIECES = 3
#: A row whose label and value are joined by dot leaders ('Harbour crane ...... Working').
LEADER_ROW = re.compile(r"\S\s*\.{4,}\s*\S")


ROW_MIN_CELLS = 3
#: A row of a board or a table has this many cells at least, figures or not ('09:10 | XY 12 |
#: Town | Gate 3').
BOARD_ROW_CELLS = 4
#: A document's reference: letters, then figures split by a slash or a dash ('RX-2025/17').
REFERENCE_CODE = re.compile(r"\b[A-Z]{1,8}[-/]?\d{2,4}[-/]\d{1,4}\b")


def _table_row(text: str) -> bool:
    """A row of a board, a table or a contents list: a label and its value joined by a dot leader,
    or cells split by bars, tabs, dot leaders or wide gaps, four or more, or three or more with
    half of them holding a figure. A headline is one phrase, never a row."""
    if LEADER_ROW.search(text):
        return True
    cells = [c for c in TABLE_CELL.split(text) if c.strip()]
    figures = sum(bool(re.search(r"\d", c)) for c in cells)
    return len(cells) >= BOARD_ROW_CELLS or (
        len(cells) >= ROW_MIN_CELLS and 2 * figures >= len(cells)
    )


#: A record's kind in a word or three and its serial number, dashed or slashed ('Petition
#: 1289-26', 'Case No. 44/2026'); a span of years ('2025-26') is no serial.
RECORD_NUMBER = re.compile(
    r"[^\W\d][\w-]*(?:\s+[^\W\d][\w.-]*){0,2}\s+(?:no\.?\s*)?(?P<number>\d{1,6}[-/]\d{2,4})"
)


def _record_number(text: str) -> bool:
    """A line that is only a record's kind and its serial number, no span of years."""
    found = RECORD_NUMBER.fullmatch(text)
    return found is not None and not YEAR_SPAN.fullmatch(found["number"])


def _label_with_code(text: str) -> bool:
    """A short label whose only figures are a reference code's ('NOTICE  RX-2025/17')."""
    rest = REFERENCE_CODE.sub("", text)
    return not re.search(r"\d", rest) and _content_words(rest) < HEADLINE_MIN_WORDS


def _strip(text: str) -> bool:
    """A strip of three pieces or more split by bars, dots or arrows, none a sentence (a menu,
    a breadcrumb holding a number, a note on a page's versions and languages): a headline is
    one phrase, so it is no headline when one stands under it."""
    pieces = [p.strip() for p in STRIP_SPLIT.split(text) if p.strip()]
    return len(pieces) >= STRIP_MIN_PIECES and not any(_full_stop(p) for p in pieces)


def _strip_pieces(text: str) -> int:
    return len([p for p in STRIP_SPLIT.split(text) if p.strip()])


def _in_row_run(lines: list[Line], i: int) -> bool:
    """A row among rows of one shape brought in by the line above them closing on a colon, or by
    the table's column heads over them: a strip of pieces holding figures, a neighbour in its
    block split into as many (a table or a board flattened into the story's text). A teaser's
    headline is one phrase."""
    n = _strip_pieces(lines[i].text)
    if n < STRIP_MIN_PIECES:
        return False
    near = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
    if not re.search(r"\d", lines[i].text):
        return False  # a row carries its values; a strip of links or labels holds none
    if not any(
        x.block == lines[i].block and _strip_pieces(x.text) == n and re.search(r"\d", x.text)
        for x in near
    ):
        return False
    above = i - 1
    while above >= 0 and lines[above].block == lines[i].block:
        if _strip_pieces(lines[above].text) != n:
            return lines[above].text.endswith(":")  # the story's own words bring the rows in
        if _header_row(lines[above].text) and not re.search(r"\d", lines[above].text):
            return True  # the table's column heads over its rows ('Case | Who | What | When')
        above -= 1
    return False


def _over_menu(lines: list[Line], i: int) -> bool:
    """A line with no sentence in it over the site's menu or breadcrumb a few lines under it
    (a site's short name, its tagline): a page sets its menu above the story's headline."""
    text = lines[i].text
    if (text.endswith(TERMINAL) and not _closed_by_aside(text)) or _words(
        text
    ) >= BODY_PARAGRAPH_WORDS:
        return False  # a name may close on its short form in brackets ('... Unit (FIU)')
    for j in range(i + 1, min(i + 1 + MENU_REACH, HEADER_WINDOW, len(lines))):
        text = lines[j].text
        if _notice_over_menu(lines, j):
            return True  # the site's notice between its name and its menu
        if _full_stop(text) or _words(text) >= BODY_PARAGRAPH_WORDS or is_metadata(text):
            return False  # a bar under the byline shares the story: the headline stood above
        if _share_bar(text):
            continue  # a share or print bar is set under the headline, no menu
        if _breadcrumb(text) or _slashed_breadcrumb(text):
            return True
        if is_nav(text) and _menu_pieces(text) >= NAMED_MENU_PIECES:
            return True
    return False


def _notice_over_menu(lines: list[Line], i: int) -> bool:
    """A short notice of a sentence or two closed by its stop right over the site's menu or
    breadcrumb, no sentence between (a season's warning, an acknowledgement, a cookie note): a
    page sets its menu above the story, so what stands over it is the site's, never the lead."""
    text = lines[i].text
    if not (_full_stop(text) or text.endswith("!")) or _words(text) >= BODY_PARAGRAPH_WORDS:
        return False
    if _words(text) < HEADLINE_MIN_WORDS:
        return False  # a code or a short label closed by a dot, no notice
    for line in lines[i + 1 : min(i + 1 + MENU_REACH, HEADER_WINDOW)]:
        text = line.text
        if _share_bar(text):
            return False  # a share bar is set under the headline, never over it
        if _breadcrumb(text) or _slashed_breadcrumb(text):
            return True
        if is_nav(text) and _menu_pieces(text) >= NAMED_MENU_PIECES:
            return True
        if _full_stop(text) or _words(text) >= BODY_PARAGRAPH_WORDS or is_metadata(text):
            return False
    return False


SHARE_BUTTONS = 2


def _share_bar(text: str) -> bool:
    """A bar of share or print buttons ('Print | Share | EN'): two buttons or more, and not the
    site's root opening it as a menu's does."""
    pieces = [p.strip() for p in re.split(r"\s*[|·•]\s*|\s{2,}", text) if p.strip()]
    buttons = [p for p in pieces if is_("boilerplate", p)]
    return (
        _bar_in_body(text)
        and len(buttons) >= SHARE_BUTTONS
        and not is_("breadcrumb_root", pieces[0])
    )


def _headline_below(lines: list[Line], i: int) -> bool:
    """A headline further down the page top: one phrase long enough for a headline, no strip,
    no row, no furniture and no metadata, before the first sentence of the body."""
    for j in range(i + 1, min(HEADER_WINDOW, len(lines))):
        text = lines[j].text
        if _notice_over_menu(lines, j):
            continue  # the site's notice over its menu: the headline comes under the menu
        if _strip(text) and not _full_stop(text):
            continue  # a long strip of metadata pieces is no paragraph
        if _full_stop(text) or _words(text) >= BODY_PARAGRAPH_WORDS:
            return False
        if ITEM_NUMBER.match(text) or _section_heading(text):
            return False  # a digest's first item, a report's first section: the name heads it
        if (
            _strip(text)
            or LEADER_ROW.search(text)
            or is_table_row(text)
            or _furniture(text)
            or is_metadata(text)
            or (text.endswith(TERMINAL) and not _closed_by_aside(text))
        ):
            continue
        if _content_words(text) >= HEADLINE_MIN_WORDS:
            return True
    return False


def _closed_by_aside(text: str) -> bool:
    """A phrase closed by a short bracketed aside and no sentence's stop ('Analyst wanted for
    the data desk (two posts)'): a headline's or a name's close, no sentence."""
    aside = BRACKETED_ASIDE.search(text)
    return (
        aside is not None
        and not text[: aside.start()].endswith(TERMINAL)
        and not aside.group().rstrip().rstrip(")").endswith(TERMINAL)
    )


def _over_issue_and_menu(lines: list[Line], i: int) -> bool:
    """A paper's name over its dated issue line, the site's menu right under that line (not a
    share row): the masthead, its headline further down."""
    if i + 2 >= min(len(lines), HEADER_WINDOW) or not find_date(lines[i + 1].text):
        return False
    menu = lines[i + 2].text
    return is_nav(menu) and _menu_pieces(menu) >= NAMED_MENU_PIECES and not is_("boilerplate", menu)


def _menu_pieces(text: str) -> int:
    return len([p for p in MENU_SPLIT.split(text) if p.strip()])


#: Lines from a gazette's header down to the name of the act it carries: an issue's contents
#: list, the act's serial number and its legal basis may stand between them.
GAZETTE_ACT_REACH = 30


def _act_in_gazette(lines: list[Line]) -> int | None:
    """The name of the act a law gazette's issue carries, in capitals ('DECREE ON THE FISHING
    SEASON', 'REGULATION AMENDING THE RULES ON ...'), on a page whose header names an official
    gazette or journal: the page's title, under the gazette's header, its issue's contents list,
    the act's serial number and its legal basis ('Pursuant to Article 4 ...')."""
    top = lines[:HEADER_WINDOW]
    if not any(is_("masthead_piece", x.text) for x in top):
        return None
    return next(
        (
            i
            for i, x in enumerate(lines[:GAZETTE_ACT_REACH])
            if x.text.isupper() and is_("act_title", x.text)
        ),
        None,
    )


def _numbered_document(lines: list[Line]) -> int | None:
    """A document's own name closing on its number ('Weekly Grain Bulletin No. 14/2026'), under
    its issuer's names and over its metadata line of period and issue date, with no headline
    under them (the document's first numbered section follows): the page's title. Where a
    headline stands under the metadata ('Press Release No. 4/2026' over its place and date and
    the release's headline), the numbered name is the document's number only."""
    top = lines[:HEADER_WINDOW]
    for i, line in enumerate(top[1:-2], start=1):
        if not is_("numbered_document", line.text) or not is_metadata(top[i + 1].text):
            continue
        if any(_full_stop(x.text) or _words(x.text) >= BODY_PARAGRAPH_WORDS for x in top[:i]):
            return None  # a sentence above it: a story's page, its headline read as usual
        rest = [x for x in lines[i + 2 :] if not (_furniture(x.text) or is_metadata(x.text))]
        if not rest or ITEM_NUMBER.match(rest[0].text):
            return i  # its first numbered section under it, no headline between
        return None
    return None


MARKET_PIECE_WORDS = 4


def _headline_under_label(under: list[Line]) -> bool:
    """A headline right under a record's label line ('TRANSCRIPT: THE SHOW' over the episode's
    own headline): no sentence, no stamp, no labelled field, long enough to be one."""
    return bool(under) and not (
        under[0].text.endswith(TERMINAL)
        or is_metadata(under[0].text)
        or _furniture(under[0].text)
        or RECORD_FIELD.match(under[0].text) is not None
        or _content_words(under[0].text) < HEADLINE_MIN_WORDS
    )


def _market_strip(text: str) -> bool:
    """A strip of rates or prices split by bars, each piece a short name and its figure ('Euro
    1.08 | Gold $2,310 | Brent $81.2'): a site's market widget, never a headline. A rate's two
    sides are two such pieces ('EUR 1 = KM 1.96')."""
    pieces = [p.strip() for p in re.split(r"[|=]|\s[·•]\s", text) if p.strip()]
    return len(pieces) >= 2 and all(
        _words(p) <= MARKET_PIECE_WORDS
        and re.search(r"\d", p) is not None
        and re.search(r"[^\W\d_]", p) is not None
        for p in pieces
    )


#: A market quote: an instrument's capitalised name of a word or two and its figure alone, a
#: sign, a currency or a percent with it ('DFM +0.8%', 'Brent $67.40', 'Gold $3,390').
MARKET_QUOTE = re.compile(
    r"(?-i:[A-Z][\w&/.-]*)(?:\s(?-i:[A-Z][\w&/.-]*))?\s[+\-−]?[$€£¥]?\d[\d.,]*%?"
)
QUOTE_STRIP_MIN = 3


def _quote_strip(text: str) -> bool:
    """A strip of market quotes split by dots or bars, a label in capitals before them or not
    ('MARKETS TODAY · Tadawul +1.1% · Brent $71.25 · Gold $2,980'): a site's market widget set
    under a story, no claim of it (a fact box labels its figures in words, 'Exports: $4bn')."""
    pieces = [p.strip() for p in re.split(r"\s[|·•]\s", text) if p.strip()]
    if pieces and pieces[0].isupper() and not re.search(r"\d", pieces[0]):
        pieces = pieces[1:]  # the widget's label
    return len(pieces) >= QUOTE_STRIP_MIN and all(MARKET_QUOTE.fullmatch(p) for p in pieces)


DEK_MIN_WORDS = 12
#: A dek may close on a stop, as a sentence or two summing the story up, when the byline is under it.
DEK_MAX_WORDS = 45
DEK_BYLINE_GAP = 2  # lines between a dek and the byline under it


def _over_dek(lines: list[Line], i: int) -> bool:
    """A short headline in title case ("The Salt Road") over its dek: a long line in sentence
    case (no stop, or a sentence or two), with the byline right under it. A section label or the site's name
    stands over a headline: in capitals, or naming a link of the menu above it."""
    text = lines[i].text
    if text.isupper() or _words(text) < LABEL_MAX_WORDS or i + 1 >= len(lines):
        return False
    links = {
        p.strip().lower()
        for line in lines[:i]
        if is_nav(line.text)
        for p in MENU_SPLIT.split(line.text)
    }
    if text.lower() in links:
        return False  # the section's name, as its menu link reads
    dek = lines[i + 1].text
    under = lines[i + 2 : i + 2 + DEK_BYLINE_GAP]
    return (
        _words(dek) >= DEK_MIN_WORDS
        and (not dek.endswith(TERMINAL) or _words(dek) <= DEK_MAX_WORDS)
        and not _capitalised(dek.split())
        and not _furniture(dek)
        and bool(under)
        and _looks_like_byline(under[0].text)
    )


def _newsletter_tagline(lines: list[Line], i: int) -> bool:
    """A newsletter's tagline: a short line, no sentence, between its name in capitals and its
    issue line ("Issue 212 | 4 May 2026")."""
    if not 0 < i < len(lines) - 1:
        return False
    text, name, issue = lines[i].text, lines[i - 1].text, lines[i + 1].text
    pieces = [p.strip() for p in re.split(r"\s*[|·•]\s*", issue) if p.strip()]
    return (
        _words(text) <= TAGLINE_MAX_WORDS
        and not text.endswith(TERMINAL)
        and name.isupper()
        and _content_words(name) <= SITE_NAME_MAX_WORDS
        and is_metadata(issue)
        and any(is_("masthead_piece", p) for p in pieces)
    )


STATUS_STRIP_PIECES = 3


def _status_strip(text: str) -> bool:
    """A site's status or data bar ("Port status: OPEN | Wind NE 18 kn | Sea 11°C", "EUR/USD
    1.08 | Brent $74 | Gold $2,310"): three short pieces or more split by bars, one holding a
    figure. A headline holds one bar at most (the site's name beside it)."""
    pieces = [p.strip() for p in SITE_BAR.split(text) if p.strip()]
    return (
        len(pieces) >= STATUS_STRIP_PIECES
        and all(_words(p) <= META_PIECE_WORDS and not p.endswith(TERMINAL) for p in pieces)
        and any(re.search(r"\d", p) for p in pieces)
        and find_date(text) is None  # a dated line is a stamp, read as one
    )


WIDGET_PIECES = 2


def _widget_with_ticker(text: str) -> bool:
    """A site's widget strip with a breaking ticker set beside it on one line ("Town 31°C ·
    Humidity 78% | BREAKING: Bridge shut to Friday"): short pieces each holding a figure, then
    the ticker's label and its line of another story."""
    pieces = [p.strip() for p in re.split(r"\s*[|·•]\s*", text) if p.strip()]
    at = next((n for n, p in enumerate(pieces) if is_("breaking_label", p)), None)
    if at is None or at < WIDGET_PIECES:
        return False
    return all(
        _words(p) <= MARKET_PIECE_WORDS and re.search(r"\d", p) is not None for p in pieces[:at]
    )


def _dotted_widget(text: str) -> bool:
    """A site's widget strip split by middle dots or bullets, its weather piece among short
    pieces that each hold a figure ("Suva 27°C · Humidity 80% · Sunrise 05:58"): the site's bar,
    never the headline."""
    pieces = [p.strip() for p in re.split(r"\s*[·•]\s*", text) if p.strip()]
    return (
        len(pieces) >= WIDGET_PIECES
        and any(is_("header_furniture", p) for p in pieces)
        and all(
            (_words(p) <= MARKET_PIECE_WORDS or is_("header_furniture", p))
            and re.search(r"\d", p) is not None
            for p in pieces
        )  # a departure board's piece may run longer ('A → B next sailing 14:45')
    )


WIDGET_LABEL = re.compile(r"^[^:]{1,40}:\s+\S")
WIDGET_LABEL_WORDS = 4


def _labelled_widget(text: str) -> bool:
    """A site's widget strip of labelled readings split by middle dots or bars ("Snow: 12 cm ·
    Avalanche risk: 3 · Pass: open"): two pieces or more opening on a short label and a colon,
    a figure among them and no sentence. A headline holds one colon at most."""
    pieces = [ICON_LEAD.sub("", p.strip()) for p in re.split(r"\s+[|·•]\s+", text) if p.strip()]
    labelled = [
        p for p in pieces if WIDGET_LABEL.match(p) and _words(p.split(":")[0]) <= WIDGET_LABEL_WORDS
    ]
    return (
        len(labelled) >= WIDGET_PIECES
        and re.search(r"\d", text) is not None
        and not any(p.endswith((".", "!", "?")) for p in pieces)
    )


SECTION_HEADING_WORDS = 5


def _section_heading(text: str) -> bool:
    """A section's heading inside a report, numbered or a summary's label, never its headline."""
    if is_("summary_label", text):
        return True
    return (
        SECTION_NUMBER.match(text) is not None
        and _words(text) <= SECTION_HEADING_WORDS
        and not text.endswith(TERMINAL)
    )


LEADING_TAG = re.compile(r"\[([^\]]{1,40})\]\s*")


def _tagged_label(text: str) -> bool:
    """A bracketed placeholder of a picture then a short name ('[Logo] Plain English'): the
    page's furniture, never its headline."""
    tag = LEADING_TAG.match(text)
    rest = text[tag.end() :] if tag else ""
    return bool(rest) and _words(rest) <= LABEL_MAX_WORDS and _label_like(rest)


def _ad_tagged(text: str) -> bool:
    """A line whose leading bracketed tags (a time code, a label) include an advert's label, or
    that opens with that label before a dash or a colon ('ADVERTISEMENT - Fly daily ...')."""
    if (lead := AD_LEAD.match(text)) is not None and is_("ad_label", lead.group(1)):
        return True
    at = 0
    while (tag := LEADING_TAG.match(text, at)) is not None:
        if is_("ad_label", tag.group(1).strip()):
            return True
        at = tag.end()
    return False


#: A label of up to three words opening a line before a dash, a colon, a bar or a middle dot
#: (a social feed's 'Promoted · Brand: ...').
AD_LEAD = re.compile(r"([^\W\d_]+(?: [^\W\d_]+){0,2})\s*[-–—:|·•]\s+\S")

#: A line wholly in brackets or parentheses: an editor's or a translator's note, a company's
#: registration details under its name.
ASIDE = re.compile(r"\[.*\]|\(.*\)")


def _crumb_headline(top: list[Line]) -> int | None:
    """The headline a page's breadcrumb ends with, set again on a line of its own under it
    ("Home > Questions > Fuel: Prices" over "Fuel: Prices"): the page names its own item there."""
    for at, line in enumerate(top):
        pieces = [p.strip() for p in BREADCRUMB_ARROW.split(line.text) if p.strip()]
        if len(pieces) < 2 or not _breadcrumb(line.text):
            continue
        for i in range(at + 1, len(top)):
            if top[i].text == pieces[-1] and not _furniture(top[i].text):
                return None if _stamped_under(top[i + 1 :]) else i
    return None


def _stamped_under(under: list[Line]) -> bool:
    """Whether a byline or a date stamp sits under a line before the first running paragraph:
    an article's, whose headline comes under its section's name; a record (a written question,
    a register's entry) sets no stamp there."""
    for line in under:
        if _words(line.text) >= BODY_PARAGRAPH_WORDS and line.text.endswith(TERMINAL):
            return False
        if is_metadata(line.text) and not is_("record_stamp", line.text):
            return True  # a record's own stamp ('debated on ...') is no article's byline
    return False


def _labelled_repeat(text: str, below: list[Line]) -> bool:
    """A labelled field whose value the page sets again alone under it ("Notice title: X")."""
    if not is_label_line(text):
        return False
    value = text.split(":", 1)[1].strip()
    return any(line.text == value for line in below)


def _repeated_with_number(text: str, below: list[Line]) -> bool:
    """A report's name with its number after a bar or a dot ('Weekly Review, 3 May 2026 · No.
    18/26'), the name set again alone a line or two under it: that line is the headline."""
    name, *rest = PIECE_BAR.split(text)
    return (
        bool(rest)
        and any(is_("docket_line", p.strip()) or is_("issue_number", p.strip()) for p in rest)
        and any(line.text == name.strip() for line in below)
    )


def _headline_under(under: list[Line]) -> bool:
    """A headline on the line right under a "Breaking: ..." line, or under the section label
    or the breadcrumb that follows it ("Business", "Home > News"): no sentence, no metadata, no furniture and long enough. A live
    page whose own headline opens with "Breaking:" has its byline, its stamp or its first entry
    under it; a site's strip of another story's news sits over the page's own headline."""
    if len(under) > 1 and (_section_label(under[0].text) or is_nav(under[0].text)):
        under = under[1:]  # the section's name or the page's breadcrumb over its headline
    if not under:
        return False
    text = under[0].text
    return (
        not text.endswith(TERMINAL)
        and not _furniture(text)
        and not is_metadata(text)
        and _content_words(text) >= HEADLINE_MIN_WORDS
    )


def _headline_or_question_under(under: list[Line]) -> bool:
    """A headline on the next line, a question's mark closing it as it may ("Has the levy
    worked?"): no statement's stop, no metadata, no furniture, long enough and short of a
    paragraph."""
    if not under:
        return False
    text = under[0].text
    return (
        not (text.endswith(TERMINAL) and not text.endswith("?"))
        and not _furniture(text)
        and not is_metadata(text)
        and HEADLINE_MIN_WORDS <= _content_words(text) < BODY_PARAGRAPH_WORDS
    )


#: A title bar sets the site's name beside the headline across a bar or a double colon.
SITE_BAR = re.compile(r"\s+(?:\||::)\s+")
SITE_NAME_MAX_WORDS = 4


def site_prefixed(text: str) -> str | None:
    """The headline of a line that sets the site's name beside it across a bar, as a browser's
    title bar does ("Valley Courier | Bridge Tolls Rise For Third Year", or the name last): the
    name is short, capitalised and holds no figure; the headline is a full one."""
    pieces = SITE_BAR.split(text)
    if len(pieces) != 2:
        return None
    for name, headline in (pieces, pieces[::-1]):
        if _site_name(name) and _content_words(headline) >= HEADLINE_MIN_WORDS:
            return headline.strip()
    return None


def _title_bar(text: str, below: list[Line]) -> bool:
    """A title bar whose headline the page sets again on a line of its own under it: that line
    is the headline, so the byline and stamps under it are read as the page's metadata. The
    page's own headline may be worded apart from the bar's shorter one ("Levy approved | Gazette"
    over "Residents back $12M library levy"): the first line under the bar's furniture that is no
    sentence and shares most of the bar's words is that headline too."""
    headline = site_prefixed(text)
    if headline is None:
        return False
    if any(line.text == headline for line in below):
        return True
    content = [
        line.text for line in below if not _furniture(line.text) and not is_("box_line", line.text)
    ]
    return bool(content) and _reworded(headline, content[0])


#: A browser's title bar may set the site's name after a spaced dash ('Headline – Site').
SITE_DASH = re.compile(r"\s+[–—-]\s+")


def _dashed_title_bar(text: str, below: list[Line]) -> bool:
    """A title bar that sets the site's name after (or before) a spaced dash ('Ferry fares rise
    again – Island Courier'), its headline set again on a line of its own under it: that line is
    the headline. A headline's own dash ('Fares rise – and so do fuel costs') has no site's name
    beside it, nor its first part set again alone."""
    pieces = SITE_DASH.split(text)
    if len(pieces) != 2:
        return False
    return any(
        _site_name(name) and any(line.text == headline.strip() for line in below)
        for name, headline in (pieces, pieces[::-1])
    )


TITLE_BAR_SHARED = 0.5  # share of a title bar's headline words the page's own headline repeats


def _reworded(bar: str, line: str) -> bool:
    """A headline line that retells the title bar's headline in other words: no sentence, no
    metadata, long enough, and holding at least half of the bar's words."""
    if line.endswith(TERMINAL) or is_metadata(line) or _content_words(line) < HEADLINE_MIN_WORDS:
        return False
    words = {w.lower() for w in re.findall(r"[\w'’$.]+", bar)}
    shared = words & {w.lower() for w in re.findall(r"[\w'’$.]+", line)}
    return len(shared) >= TITLE_BAR_SHARED * len(words)


def _site_name(text: str) -> bool:
    """A short capitalised name with no figure and no sentence in it ("Northgate Echo")."""
    return (
        _content_words(text) <= SITE_NAME_MAX_WORDS  # "Tees & Wear Post": "&" is no word
        and not re.search(r"\d", text)
        and _capitalised(text.split())
        and not text.endswith(TERMINAL)
    )


def _above_menu(text: str, under: Line) -> bool:
    """A name line with the site's menu or breadcrumb right under it ("Federal Office of
    Statistics" over "Home > News > Releases"): the site's or the institution's name, since a
    page sets its menu above the story's headline, never under it. Capitalised throughout and
    no sentence, so a headline is never taken for one. The name may close on its acronym in
    brackets or a channel's round-the-clock mark ("Water Authority (WA)", "CITY NEWS 24/7")."""
    text = _without_name_marks(text)
    parts = SITE_TAGLINE.split(text, maxsplit=1)
    named = _capitalised(text.split()) or (len(parts) == 2 and _site_name(parts[0]))
    return (
        is_nav(under.text)
        and not _author_line(under.text)  # 'Ana Ruiz | Lima' under a headline is its byline
        and not text.endswith(TERMINAL)
        and named  # a short name may carry its tagline, of any length ("Pier Post - news of ...")
        and not re.search(r"\d", text)
    )


def _without_name_marks(text: str) -> str:
    """A name line without the marks it closes on (data: name_mark), one word at a time."""
    words = text.split()
    while len(words) > 1 and is_("name_mark", words[-1]):
        words.pop()
    return " ".join(words)


LABEL_MAX_WORDS = 2
MINOR_WORDS = frozenset({"a", "an", "and", "for", "in", "of", "on", "the", "to", "&"})


def _section_label(text: str) -> bool:
    """A section's name alone on its line ("Business", "World news"): a few words, no figure,
    no stop."""
    return (
        len(text.split()) <= LABEL_MAX_WORDS
        and not re.search(r"\d", text)
        and not text.endswith(TERMINAL)
    )


KICKER_LABELS = 2  # a kind and a section ('LONG READ · HEALTH') open a strip of labels


def _kicker_strip(text: str) -> bool:
    """A strip of labels over a headline, split by bars or dots, its first pieces section or
    story-kind labels in capitals ('LONG READ · HEALTH · Best read with images on.'); a note on
    how to view the page may close it. A headline never opens with two labels in capitals."""
    pieces = [p.strip() for p in PIECE_BAR.split(text) if p.strip()]
    labels = pieces[:KICKER_LABELS]
    return len(pieces) > KICKER_LABELS and all(
        p.isupper() and len(p.split()) <= LABEL_MAX_WORDS and not re.search(r"\d", p)
        for p in labels
    )


def _label_like(text: str) -> bool:
    """A site name or section label rather than a short headline: one or two words, capitals
    throughout, or every word capitalised ("Office of the Prime Minister"), and no number."""
    if re.search(r"\d", text):
        return False
    words = text.split()
    return len(words) <= LABEL_MAX_WORDS or text.isupper() or _capitalised(words)


MASTHEAD_SPLIT = re.compile(r"\s*[|·•]\s*|\s+[-–—]\s+|:\s+|\s{3,}")
#: A report's name and its issue month are split by a bar or a dash ("Grain Monthly - May 2025");
#: after a colon the month closes a report's own headline ("Grain exports: May 2025").
ISSUE_SPLIT = re.compile(r"\s*[|·•]\s*|\s+[-–—]\s+|\s{3,}")
#: An issue's months in brackets closing the masthead line ('Vol. 4, Issue 2 (March 2026)').
ISSUE_MONTHS = re.compile(r"\s*\([^()]*\b(?:19|20)\d{2}\)$")
MASTHEAD_MAX_WORDS = 16  # a name, its tagline, its city and its volume and issue


def _masthead(text: str) -> bool:
    """A line that names the site, the institution or the issue rather than the story ("Ministry
    of Trade", "Harbour Weekly | Issue 12", "Port Watch: live updates"): a short line, no sentence,
    with a piece that is such a name and only names (capitalised) beside it, so a live page's
    own headline ("Flood talks in Geneva: live updates") stays the headline. An institution's
    name counts only capitalised too, so a headline it opens ("Council extends ...") stays one;
    so does a company's name closed by its legal form ("Andes Cobre S.A.", "Kivu Tin plc")."""
    if is_("company_name", text):
        return True  # the issuer of a company's report or notice, its legal form closing it
    closing = ISSUE_MONTHS.sub("", text)  # 'Issue 7 (June 2025)': its months, no sentence's end
    if _words(text) > MASTHEAD_MAX_WORDS or closing.endswith(TERMINAL):
        return False
    kept = [p for p in re.split(r"\s*[|·•]\s*", text) if p.strip() and not is_("boilerplate", p)]
    text = " | ".join(kept)  # a reading time beside the issue ('Issue 4 · Essay · 8 min read')
    for split, kind in ((MASTHEAD_SPLIT, "masthead_piece"), (ISSUE_SPLIT, "issue_month")):
        pieces = [p.strip() for p in split.split(text) if p.strip()]
        named = [_name_like(p) or is_("site_tagline", p) for p in pieces]
        for n, piece in enumerate(pieces):
            others = all(named[:n] + named[n + 1 :])
            if is_(kind, piece) and others and (kind != "issue_month" or n > 0):
                return True
            if is_("institution_name", piece) and named[n]:
                return True
    return False


def _name_like(piece: str) -> bool:
    words = piece.split()
    named = any(w[0].isalpha() for w in words)  # not a bare number or date
    return named and (piece.isupper() or _capitalised(words))


def _issue_line(text: str) -> bool:
    """A report's masthead that dates its issue ("Freight Weekly | Week 9, 2025"): part of the
    page's heading, not the headline; the period it names is the report's own, a claim of the
    page as a headline's would be. A magazine's numbered issue with its cover months ("Issue 31 |
    May-June 2026") is its stamp: the issue's number and months date no event of the story."""
    dated = re.search(r"\b(?:19|20)\d{2}\b", text) is not None
    stamp = is_date_stamp(text) or _looks_like_byline(text) or find_date(text) is not None
    numbered = any(is_("issue_number", p.strip()) for p in ISSUE_SPLIT.split(text))
    bar = _furniture(text)  # a site's menu with a year in an item ('Plan 2030 | Contact')
    return dated and _masthead(text) and not stamp and not numbered and not bar


SITE_TAGLINE = re.compile(r"\s+[-–—|·•]\s+")
#: A wire's or a picture agency's slug, capitals joined by a slash ('HARBOUR-FEES/', 'GRAIN/UK'):
#: the story's key before its headline, never a site's name.
WIRE_SLUG = re.compile(r"[A-Z][A-Z0-9.&-]*/[A-Z0-9.&/-]*")
TAGLINE_MAX_WORDS = 8


def _site_tagline(text: str) -> bool:
    """A site's name and its tagline ("Relief Post - humanitarian news", "Ledger | local news
    you can trust"): a capitalised name before a dash or a pipe, a short line, no sentence; a
    wire's slug before a headline ("FERRY-FARES/ - Ferry fares rise") is none."""
    parts = SITE_TAGLINE.split(text, maxsplit=1)
    if len(parts) == 2 and _capitalised(parts[0].split()) and is_("site_tagline", parts[1]):
        return True  # a tagline the data knows, however long ('... news in three languages')
    return (
        len(parts) == 2
        and not WIRE_SLUG.fullmatch(parts[0])  # a picture's slug beside its headline
        and _content_words(text) <= TAGLINE_MAX_WORDS  # the dash between them is no word
        and not re.search(r"\d", text)  # not a report's issue line ('MONTHLY - MAY 2025')
        and _capitalised(parts[0].split())
        and not text.endswith(TERMINAL)
    )


def _capitalised(words: list[str]) -> bool:
    return all(w[0].isupper() or w.lower() in MINOR_WORDS for w in words if w[0].isalpha())


#: A channel's number inside its name ("CITY 7 NEWS", "TV3"): a short figure, no date or amount.
CHANNEL_NUMBER = re.compile(r"[A-Za-z]{0,4}\d{1,2}[A-Za-z]{0,2}")


def _channel_name(text: str, under: Line) -> bool:
    """A broadcaster's name over its menu ("COAST 5 NEWS | Accra" over "Home  News  Watch
    live"): capitalised name pieces split by bars, whose only figures are the channel's number,
    and the site's menu or bar right under it. A headline is never set over the menu."""
    pieces = [p.strip() for p in SITE_BAR.split(text) if p.strip()]
    words = [w for p in pieces for w in p.split()]
    numbered = [w for w in words if re.search(r"\d", w)]
    return (
        bool(numbered)
        and all(CHANNEL_NUMBER.fullmatch(w) for w in numbered)
        and all(_content_words(p) <= SITE_NAME_MAX_WORDS for p in pieces)
        and _capitalised(words)
        and not text.endswith(TERMINAL)
        and (is_nav(under.text) or _furniture(under.text))
        and not is_metadata(under.text)
    )


def _over_institution(text: str, under: Line) -> bool:
    """An office's full name over the name of the government or ministry it belongs to ("Water
    Resources Regulatory Commission (WRRC)" over "Ministry of Energy"): capitalised throughout,
    no figure and no sentence, as a name is; the headline comes further down."""
    name = _without_name_marks(text)
    return (
        _capitalised(name.split())
        and not re.search(r"\d", name)
        and not name.endswith(TERMINAL)  # its acronym's bracket closes no sentence
        and _words(name) <= MASTHEAD_MAX_WORDS
        and _masthead(under.text)
        and any(is_("institution_name", p) for p in MASTHEAD_SPLIT.split(under.text))
    )


def _issuer_over_reference(text: str, under: Line) -> bool:
    """An issuer's name (a harbour office, a union's local, a regulator) over its document's
    reference line, whose pieces split by bars number and date it ('Harbour Office | Notice
    12/2026 | Issued 3 May 2026'): the document's own headline comes under them."""
    return (
        not text.endswith(TERMINAL)
        and _words(text) <= MASTHEAD_MAX_WORDS
        and (text.isupper() or _capitalised(text.split()))
        and is_metadata(under.text)
        and any(is_("document_number", p.strip()) for p in SITE_BAR.split(under.text))
    )


def _document_over_reference(text: str, under: Line) -> bool:
    """A document's own name over its reference line, whose pieces number and date it ('WEEKLY
    CIRCULAR' over 'Circular No: 2025/31   Date: 14.11.2025', a report's title over 'Paper No.
    12 of 2026 | Released: 4 May 2026'), its issuer's name above them: the page's title."""
    pieces = [p.strip() for p in REFERENCE_PIECES.split(under.text)]
    return (
        not text.endswith(TERMINAL)
        and _words(text) <= MASTHEAD_MAX_WORDS
        and (text.isupper() or _capitalised(text.split()))
        and is_metadata(under.text)
        and any(is_("document_number", p) for p in pieces)
    )


REFERENCE_PIECES = re.compile(r"\s*\|\s*|\s{3,}")
#: An issuer's other name in brackets on the line under it ('(HARBOUR BOARD OF THE ISLES)').
ALIAS_LINE = re.compile(r"\((?:[^\W\d_][\w.&'’-]*\s+){1,8}[^\W\d_][\w.&'’-]*\)")
ALIAS_REACH = 3  # lines from the issuer's name to its document's reference line


def _issuer_over_alias(lines: list[Line], i: int) -> bool:
    """An issuer's name in capitals over its name in another language or in full, in brackets
    ('CAPITAL MARKETS AUTHORITY' over '(AUTORIDADE DOS MERCADOS)'), a document's reference line
    a few lines under them: the issuer's masthead, never the headline."""
    text = lines[i].text
    if i + 1 >= len(lines) or not ALIAS_LINE.fullmatch(lines[i + 1].text):
        return False
    return (
        text.isupper()
        and _words(text) <= MASTHEAD_MAX_WORDS
        and any(
            _document_over_reference(x.text, y)
            for x, y in zip(
                lines[i + 2 : i + ALIAS_REACH + 1], lines[i + 3 : i + ALIAS_REACH + 2], strict=False
            )
        )
    )


def _headline_under_menu(under: list[Line]) -> bool:
    """A headline under a breaking strip once the site's breadcrumb or menu lines between them
    are passed ("BREAKING: ..." over "Home > Local" over the page's own headline)."""
    at = 0
    while at < len(under) and is_nav(under[at].text):
        at += 1
    return at > 0 and _headline_under(under[at:])


def _release_name(text: str, under: Line | None = None) -> bool:
    """A release's own name and the period it covers ("Quarterly Labour Survey - Q2 2026",
    "Monthly Trade Statistics - June 2025"): a capitalised name of two words or more, a
    dash or a bar, and the issue's month; no byline and no stamp's label. The month may stand
    alone on the line under the name, as a document's cover sets them ("QUARTERLY TRADE
    REVIEW" over "March 2026"), the name in capitals then too."""
    pieces = [p.strip() for p in ISSUE_SPLIT.split(text) if p.strip()]
    cover = under is not None and is_("issue_month", under.text) and len(pieces) == 1
    if not cover and (len(pieces) != 2 or not is_("issue_month", pieces[1])):
        return False
    name = pieces[0]
    return (
        len(name.split()) >= 2
        and _capitalised(name.split())
        and (cover or not name.isupper())
        and not name.endswith(TERMINAL)
        and not re.search(r"[\d:]", name)
        and not _looks_like_byline(text)
        and not is_("masthead_piece", name)
        and not is_("institution_name", name)
    )


def _mailed_digest_title(top: list[Line]) -> int | None:
    """A newsletter sent by e-mail that sets its own title line under the message's subject:
    the digest's name, what it is and the issue's date ("THE HARBOUR BRIEF - Weekly shipping
    digest, 4 May 2026"). The subject line lists the issue's stories (split by bars); the
    title line names the page."""
    for at, line in enumerate(top[:-1]):
        if not (is_("mail_header", line.text) and SUBJECT_LIST.search(line.text)):
            continue
        title = top[at + 1].text
        parts = SITE_TAGLINE.split(title, maxsplit=1)
        named = len(parts) == 2 and _name_like(parts[0]) and not re.search(r"\d", parts[0])
        if named and find_date(title) is not None and not _looks_like_byline(title):
            return at + 1
        return None
    return None


#: A subject line that lists an issue's stories: two bars or more between them.
SUBJECT_LIST = re.compile(r"\S\s+\|\s+\S.*\S\s+\|\s+\S")


TIMELINE_MIN_ENTRIES = 2


def _metadata_lines(lines: list[Line], title_at: int | None) -> list[int]:
    """Indices of metadata lines at the top: above the headline, or a few lines under it and
    before the first body paragraph."""
    limit = _meta_limit(lines, title_at)
    entries: dict[int, int] = {}
    sizes: dict[int, int] = {}
    for line in lines:
        entries[line.block] = entries.get(line.block, 0) + is_dated_entry(line.text)
        sizes[line.block] = sizes.get(line.block, 0) + 1
    found: list[int] = []
    scanned: list[int] = []
    for i, line in enumerate(lines[: max(limit, 0)]):
        if _body_paragraph_under(line.text, i, title_at) and not _standfirst(lines, i, title_at):
            break
        scanned.append(i)
        n = entries[line.block]
        if n >= TIMELINE_MIN_ENTRIES and 2 * n >= sizes[line.block]:
            continue  # a timeline's dated entries, not a stamp (a page set in one block may
            # close on a few dated teasers: its own stamp at the top stays one)
        if i != title_at and (
            is_metadata(line.text)
            or _author_under(line.text, i, title_at)
            or _dated_strip(line.text)
        ):
            found.append(i)
    return sorted(found + _bare_authors(lines, scanned, title_at, found))


def _meta_limit(lines: list[Line], title_at: int | None) -> int:
    """The end of the metadata search: META_AFTER_TITLE lines under the headline, not counting
    the furniture between them (share buttons, a picture's label and caption), as a mobile page
    sets its lead picture and its share bar between the headline and the byline."""
    at = title_at if title_at is not None else -1
    counted = 0
    while at + 1 < len(lines) and counted < META_AFTER_TITLE:
        at += 1
        text = lines[at].text
        if title_at is None or not (_furniture(text) or _under_picture_label(lines, at)):
            counted += 1
    return at + 1


def _under_picture_label(lines: list[Line], i: int) -> bool:
    """A picture's caption on the line under its label ('Image: ...', the words a screen reader
    reads out), in the same block: a short line that closes on the picture's credit after a
    dash ('... leaves the court on Monday. - Reuters')."""
    if i == 0:
        return False
    line, above = lines[i], lines[i - 1]
    return (
        above.block == line.block
        and is_("caption", above.text)
        and _words(line.text) <= CAPTION_MAX_WORDS
        and is_("caption_credit", line.text)
    )


def _event_dates(lines: list[Line], meta: set[int], title_at: int | None) -> set[int]:
    """A page stamped "Posted: ..." above its headline dates itself there; a bare date under the
    headline is then the date of what the page records (a meeting's minutes, an event's notice),
    a claim of its body and not a second stamp."""
    if title_at is None:
        return set()
    recorded = _record_dates(lines, meta)
    stamped = any(  # a print view's 'Published on SITE (address)' names no day: no stamp
        i < title_at
        and find_date(lines[i].text) is not None
        and any(_looks_like_byline(p) for p in PIECE.findall(lines[i].text))
        for i in meta
    )
    if not stamped:
        return recorded
    return recorded | {
        i
        for i in meta
        if i > title_at and is_date_stamp(lines[i].text) and not _looks_like_byline(lines[i].text)
    }


def _page_stamp(text: str) -> bool:
    """A labelled stamp of the page itself ('Page last updated: ...', 'Date modified: ...')."""
    return is_("record_stamp", text) or is_("dated_field", text)


def _record_dates(lines: list[Line], meta: set[int]) -> set[int]:
    """A record page stamped by a labelled line of its own ('Page last updated: ...'): its other
    labelled dates among the record's fields ('Lodged: ...', 'Closing date: ...' in a block with
    'Status: ...', 'Signatures: ...') date what the record tells, claims of its body."""
    if not any(_page_stamp(lines[i].text) for i in meta):
        return set()
    found = set()
    for i in meta:
        text = lines[i].text
        if _page_stamp(text) or not RECORD_FIELD.match(text) or find_date(text) is None:
            continue
        block = [x.text for x in lines if x.block == lines[i].block]
        fields = [t for t in block if RECORD_FIELD.match(t) and not is_metadata(t)]
        if len(fields) >= RECORD_FIELDS_MIN:
            found.add(i)
    return found


def _bare_authors(
    lines: list[Line], scanned: list[int], title_at: int | None, meta: list[int]
) -> list[int]:
    """Authors' names alone on their lines under the headline ("Ana Ruiz", then perhaps "Lima
    Bureau"), one after another right above or under the page's date stamp: a byline with no
    "By". Beside no stamp, two capitalised words may be a subheading ("Market Reaction")."""
    if title_at is None:
        return []
    anchors = {i for i in meta if find_date(lines[i].text) is not None}
    named: list[int] = []
    grew = True
    while grew:
        grew = False
        for i in scanned:
            if i <= title_at or i in meta or i in named or not _bare_name(lines[i].text):
                continue
            if {i - 1, i + 1} & (anchors | set(named)):
                named.append(i)
                grew = True
    return named


def _bare_name(text: str) -> bool:
    """A person's name or a desk's, alone, that no label the page uses reads as. A title-case
    deck ("Exports Slow In May") gives itself away by a capitalised small word; a month is no
    sign ("April Nowak", "Jan Horak")."""
    words = [w.lower().strip(".,") for w in text.split()]
    return (
        _person_name(text)
        and not any(w in MINOR_WORDS for w in words)
        and not _furniture(text)
        and not any(is_(kind, text) for kind in NOT_A_NAME)
    )


#: Labels that read like a name (two capitalised words) but head a box or a list.
NOT_A_NAME = ("summary_label", "related_label", "feed_start", "footer_start", "box_line")


AUTHOR_SPLIT = re.compile(r"\s*[|,]\s*|\s+[-–—]\s+")
AUTHOR_NAME_WORDS = (2, 4)
PLACE_MAX_WORDS = 3


def _author_under(text: str, i: int, title_at: int | None) -> bool:
    return title_at is not None and i > title_at and _author_line(text)


def _author_line(text: str) -> bool:
    """An author's line under the headline with no "By": a person's name, then their job or
    their base across a comma, a bar or a dash ("Maria Lopez, Economics Correspondent", "Jean
    Dupont | Lyon"). Read only under the headline, where a byline stands."""
    pieces = [p for p in AUTHOR_SPLIT.split(text) if p]
    if len(pieces) != 2 or not _person_name(pieces[0]):
        return False
    base = pieces[1]
    if is_("byline_role", base):
        return True
    barred = "," not in text  # after a comma it may be a deck's second clause ("..., Data Show")
    return (
        barred
        and _words(base) <= PLACE_MAX_WORDS
        and not re.search(r"\d", base)
        and _capitalised(base.split())
        and not base.endswith(TERMINAL)
    )


def _person_name(piece: str) -> bool:
    """Two to four capitalised words (particles such as "van" aside), no figure, no stop."""
    words = piece.split()
    low, high = AUTHOR_NAME_WORDS
    named = [w for w in words if not is_("name_particle", w)]
    return (
        low <= len(words) <= high
        and len(named) >= low
        and not any(w.isupper() and len(w) > 1 for w in named)  # a label in capitals
        and all(re.fullmatch(r"[A-Z][\w.'’-]*", w) for w in named)
        and not re.search(r"\d", piece)
    )


def _standfirst(lines: list[Line], i: int, title_at: int | None) -> bool:
    """A standfirst: the paragraph right under the headline with the byline under it ("By A.
    Name | Site"), or the page's dated stamp strip right under it in its block ('Live page
    started ... · Last update ...'), so the page top goes on past it to the byline's stamp."""
    if title_at is None or i != title_at + 1:
        return False
    under = lines[i + 1] if i + 1 < len(lines) else None
    if (
        under is not None
        and under.block == lines[i].block
        and is_metadata(under.text)
        and find_date(under.text) is not None
    ):
        return True
    return any(
        _looks_like_byline(line.text) or _byline_with_stamps(line.text)
        for line in lines[i + 1 : i + 1 + STANDFIRST_GAP]
    )


#: How many lines under a standfirst its byline may start.
STANDFIRST_GAP = 2


def _body_paragraph_under(text: str, i: int, title_at: int | None) -> bool:
    """Where the page top ends: a long line under the headline that closes like a sentence. A
    standfirst with no closing stop ("Satellites show the ice ... above the record low") sits
    between the headline and the byline, so the metadata search goes on past it."""
    return i > (title_at or 0) and _words(text) >= BODY_PARAGRAPH_WORDS and text.endswith(TERMINAL)


def _box_blocks(lines: list[Line]) -> set[int]:
    """Blocks that are a newsletter or sign-up box: a short block with a sign-up line in it."""
    sizes: dict[int, int] = {}
    for line in lines:
        sizes[line.block] = sizes.get(line.block, 0) + 1
    return {
        line.block
        for line in lines
        if is_("box_line", line.text) and sizes[line.block] <= BOX_MAX_LINES
    }


BOX_MAX_LINES = 4

#: Header fields in a row that make an email's header block ("From:", "Sent:", "To:", "Subject:");
#: a page's lone "From: Ministry of X" under its headline is its byline, not a message's header.
MAIL_HEADER_MIN = 3


def _mail_headers(lines: list[Line]) -> set[int]:
    """Lines of the header blocks of the emails a page carries or quotes, and the dividers over
    them ("-----Original Message-----", "On 3 May, A wrote:"): three header fields in a row in a
    block, or two under a divider. The message's metadata, never its text."""
    out: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, None]):
        if line is not None and is_("mail_header", line.text):
            if run and lines[run[-1]].block != line.block:
                run = []
            run.append(i)
            continue
        if run:
            above = run[0] - 1
            divided = above >= 0 and is_("mail_divider", lines[above].text)
            if len(run) >= MAIL_HEADER_MIN or (divided and len(run) >= 2):
                out.update(run)
                out.update([above] if divided else [])
            run = []
    out.update(i for i, line in enumerate(lines) if is_("mail_divider", line.text))
    return out


PULL_QUOTE_WORDS = 5  # a pull quote's opening words said again elsewhere on the page
SIGNATURE_PIECE_WORDS = 8
PULL_QUOTE_SPEAKER_WORDS = 10  # a set-apart quote's speaker: a name and a short role
#: The speaker after a quotation's closing mark and a dash: '"..." - Name, role'.
#: A register entry's field: a short capitalised label, a colon, its value ('Action: Asset freeze').
RECORD_FIELD = re.compile(r"[A-Z][\w()/ -]{1,30}\.?:\s+\S")  # "Matter No.: ..." too
#: How many fields besides its dates make a block a register's entry.
RECORD_FIELDS_MIN = 3
PULL_QUOTE_SPEAKER = re.compile(r"[\"”]\s*[—–-]{1,2}\s*([^\"“”]+)$")
CAPTION_MAX_WORDS = 30
CAPTION_MAX_SENTENCES = 2
LETTERED_ITEM = re.compile(r"\(([a-z])\)\s")
#: A coded field's label opening a line: a letter or a short code closed by a bracket or a colon.
FIELD_LABEL = re.compile(r"[A-Z0-9]{1,3}\)\s|[A-Z][A-Za-z]{0,11}:\s")
LETTERED_REACH = 12  # lines back to the item before a lettered item
HEADLINE_BLOCK_PARAGRAPHS = 2  # running paragraphs under a heading in the headline's block


class _State:
    """Walks the lines once; `kind_of` decides a line's kind from the lines and the page region."""

    def __init__(
        self,
        lines: list[Line],
        pictures: tuple[tuple[int, int], ...] = (),
        headline: str | None = None,
    ):
        self.lines = lines
        self.pictures = {  # lines that are a picture's alt text alone ('![alt](url)')
            i for i, x in enumerate(lines) if any(s <= x.start and x.end <= e for s, e in pictures)
        }
        self.region = "header"  # header -> body -> feed/footer
        named = _headline_line(lines, headline)
        self.title_at = named if named is not None else title_index(lines)
        self.compared = self.title_at is not None and self.title_at == _compared_headline(lines)
        meta = set(_metadata_lines(lines, self.title_at))
        self.event_dates = _event_dates(lines, meta, self.title_at)
        self.mail_headers = _mail_headers(lines)
        top = lines[self.title_at].block if self.title_at is not None else 0
        quoted = {i for i in self.mail_headers if lines[i].block > top}
        self.meta = meta - self.event_dates - quoted  # a quoted message's date is not the page's
        self.boxes = _box_blocks(lines)
        self.teaser_block = -1
        self.teaser_list = -1  # the list block under a teaser label that stands alone
        self.labelled_block = -1  # a box under its own label ('Events', 'Related'), not a guess
        self.summary_block = -1
        self.ad_block = -1  # an advert under its label inside the story
        self.about_block = -1  # the publisher's note about itself under its label
        self.contents = -1  # a report's table of contents under its label, up to its last entry
        self.chapters = -1  # the last line of a show's chapter list under its label
        self.annex_block = -1  # the block of an annex named after a dash, its entries under it
        self.timelines = _timeline_blocks(lines)
        self.signature = -1  # the block of an email's sign-off and its writer's name
        self.posts = set(post_headers(lines))  # an export's '[date time] Sender:' lines
        self.posts |= set(stamped_thread_posts(lines))  # a thread's 'Post by X » date' lines
        self.signing = _signing_at(lines, self.title_at)  # a release's place and day at its foot
        self.wire = _wire_story_headline(lines) is not None  # a wire terminal's alert stack

    def _signed_letter(self, block: int) -> bool:
        """A block holding a reader's letter: its heading, its text and the writer's signature
        ('Yours faithfully, Name (Place)'), on a letters page: the page's own text."""
        return any(is_("letter_signature", x.text) for x in self.lines if x.block == block)

    def _hunk_head(self, i: int) -> str:
        """The heading of the diff hunk line i stands in: the nearest line above with no mark."""
        return next((x.text for x in reversed(self.lines[:i]) if not DIFF_MARK.match(x.text)), "")

    def _signature_block(self, block: int) -> bool:
        """An email's signature under its sign-off: every line of the block short pieces split by
        bars, no sentence ('A. Name | Head of Compliance | Firm', 'T +1 555 0100 | Street')."""
        lines = [x.text for x in self.lines if x.block == block]
        return all(
            not t.endswith(TERMINAL)
            and all(_words(p) <= SIGNATURE_PIECE_WORDS for p in t.split("|"))
            and ("|" in t or _words(t) <= SIGNATURE_PIECE_WORDS)
            for t in lines
        )

    def kind_of(self, i: int) -> str:
        line = self.lines[i]
        text = line.text
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        if self.title_at is not None and i < self.title_at:
            above = self.lines[i + 1 : self.title_at + 1]
            heading = _issue_line(text) or _title_bar(text, above) or _labelled_repeat(text, above)
            if is_("greeting", text) and _body_paragraph(text) and not _sign_on(text):
                return "body"  # a newsletter's greeting over its first story: its own text
            if self.compared and DIFF_MARK.match(text) and is_("diff_headline", self._hunk_head(i)):
                return "body"  # the older copy's headline over the newer one: still on the page
            if i > 0 and is_("wire_row", self.lines[i - 1].text) and not is_("wire_row", text):
                return "body"  # a wire's one-line alert under its queue row: the wire's text
            return "title" if heading else "boilerplate"  # a title bar holds the headline too
        if i == self.title_at:
            return "title"
        if is_("slide_marker", text) or is_("page_marker", text):
            return "boilerplate"  # a deck's slide marker: the slide's own lines follow it
        if is_("export_header", text) or is_("reply_label", text):
            return "boilerplate"  # a chat export's header, a message's 'In reply to X' line
        if is_("post_byline", text) or is_("thread_post", text):
            return "byline"  # a social post's author and handle over the post
        if i in self.meta or i in self.posts:
            return "byline"  # each post's stamp and sender, as a byline
        if self.title_at is not None and i == self.title_at + 1 and is_("issue_month", text):
            return "byline"  # a document's month alone under its name: the issue's, no event
        if self.posts and COUNTER_STRIP.fullmatch(text):
            return "boilerplate"  # a post's view and share counts
        if i in self.mail_headers:
            return "boilerplate"  # a message's header fields, the quoted one's as the page's own
        if i in self.pictures:
            return "caption"  # a picture's description, as its caption is
        if self.mail_headers and is_("sign_off", text):
            self.signature = line.block  # 'Thanks,' over the writer's name, in an email
            return "boilerplate"
        if self.signature >= 0 and (
            line.block == self.signature
            or (line.block == self.signature + 1 and self._signature_block(line.block))
        ):
            return "boilerplate"  # the writer's name, then their role, firm and numbers
        if i in self.event_dates:
            self.region = "body"
            return "body"
        if is_("chapters_label", text) or (i == self.chapters + 1 and is_("chapter_line", text)):
            self.chapters = i  # 'Chapters' and the time-coded lines under it: the show's menu
            return "boilerplate"
        if _ad_tagged(text):
            return "boilerplate"  # an advert a transcript sets inline: '[AD] Win a car ...'
        if self.region == "body" and is_("ad_label", text) and nxt and nxt.block == line.block:
            self.ad_block = line.block
            return "boilerplate"
        if line.block == self.ad_block and (not _body_paragraph(text) or is_("ad_copy", text)):
            return "boilerplate"  # the advert's own lines, never running text
        if (
            self.region == "body"
            and is_("about_label", text)
            and not self._about_section(i)
            and not self._text_after_about(i)
        ):
            self.about_block = line.block  # 'About the Authority': the publisher's note
            return "boilerplate"
        if line.block == self.about_block:
            return "boilerplate"
        if is_("encyclopedia_tagline", text):
            return (
                "boilerplate"  # the encyclopedia's line under the article's name, a redirect note
            )
        if is_("record_stamp", text) and self.region != "header" and not RECORD_FIELD.match(text):
            return "byline"  # 'This page was last edited on ...': the page's stamp, at its foot too
        if is_("feed_start", text):
            self.region = "feed"
            return "feed"
        if self.region != "header" and is_("footer_start", text):
            self.region = "footer"
            return "boilerplate"
        if (
            self.region == "body"
            and is_("briefs_label", text)
            and nxt is not None
            and nxt.block == line.block
            and is_bullet(nxt.text)
        ):
            self.teaser_block = self.labelled_block = line.block  # briefs from around the area
            return "related"
        if self.region == "body" and _related_label(text, nxt) and nxt and nxt.block == line.block:
            self.teaser_block = line.block  # 'Read more' over a list of other stories
            self.labelled_block = line.block
            if is_("contents_entry", nxt.text):
                self.contents = line.block
            return "related"
        if is_("card_marker", text):
            return "boilerplate"  # a story card's dots or counter over its heading
        if is_("annex_head", text):
            return "boilerplate"  # an annex's heading over the document's own entries
        if self.region == "body" and is_("annex_title", text):
            self.annex_block = line.block  # an annex named after a dash: the document's own list
            return "body"
        if STARRED_NOTE.match(text) and self._under_notes_label(i):
            return "boilerplate"  # a chart's or a table's starred note under its 'Notes' label
        if (is_("boilerplate", text) or _link_tail(text)) and not self._lettered_item(i):
            return "boilerplate"
        if self._over_page_foot(i):
            return "boilerplate"  # the operator's note in the page's last block, over its credit
        if self.region == "body" and _panel_label(text):
            return "boilerplate"  # a card's label in a panel drawn in box lines
        if BOX_SIDE.match(text) and self._widget_panel(i):
            return "boilerplate"  # a donate or sign-up box drawn in box lines, all of it
        if self.region == "feed":
            return "feed"
        if self.region == "footer":
            return "boilerplate"
        if is_("caption", text) or self._photo_caption(i) or _under_picture_label(self.lines, i):
            return "caption"
        if (is_("pull_quote", text) and self._said_again(i)) or self._set_apart_quote(i):
            return "boilerplate"  # a quote set again in large type, its speaker after a dash
        if self._inline_pull_quote(i):
            return "boilerplate"  # the same, on a page set with no blank line around it
        if is_("ticker", text):
            return "related"
        if self.region == "header" and (
            is_nav(text) or is_("time_only", text) or _bar_in_body(text) or _pager(text)
        ):
            return "boilerplate"  # a watch-and-share bar under the byline, before the lead too
        if self.region == "body" and (
            (
                _footer_strip(text, nxt if nxt and nxt.block == line.block else None)
                and not self._list_row(i)
            )
            or _bar_in_body(text)
            or _contact_strip(text)
            or _pager(text)
            or _media_strip(text)
            or _quote_strip(text)
        ):
            return "boilerplate"
        self.region = "body"
        if line.block == self.annex_block:
            return "body"  # an entry of the document's own annex, under its named heading
        if line.block == self.contents and not is_("contents_entry", text):
            self._end_contents()  # the report's own text under its contents, no blank line between
        teasers = (self.labelled_block, self.teaser_block, self.teaser_list)
        if line.block in teasers and _dated_lead(text):
            self.labelled_block = self.teaser_block = self.teaser_list = -1
            return "body"  # the story's lead under its dateline ends a teaser or box above it
        if line.block in (self.labelled_block, self.teaser_list) and line.block not in self.boxes:
            return "related"  # an events box's dated lines are its own, never the page's stamp
        if is_("update_head", text) and find_date(text):
            return "byline"  # a dated update's head: its stamp, its text under it the page's own
        if (is_stamp_line(text) or is_("record_stamp", text)) and (
            not self._record_field(i) or _signed_stamp(text)
        ):
            return "byline"  # a stamp, its writer's name before it at the story's foot too
        if is_("dated_field", text) and not PIECE_BAR.search(text) and not self._record_field(i):
            return "byline"  # 'Date modified: ...' alone at a page's foot: its stamp, no event
        if i == self.signing:
            return "byline"  # a release's place and day at its foot, over its office
        if self.wire and is_("wire_row", text):
            return "boilerplate"  # a wire terminal's row opening the story's next take
        if self.meta and i < max(self.meta):
            return "body"  # a standfirst between the headline and the byline
        if self._standfirst_under_title(i):
            return "body"
        if line.block in self.boxes:
            return "boilerplate"
        if is_("summary_label", text):
            self.summary_block = line.block  # 'Key events': the page's own points under it
            return "body"
        if line.block == self.summary_block:
            return "body"
        if _related_label(text, nxt) or is_("related_line", text):
            self.teaser_block = line.block  # its excerpt, if any, sits under it
            self.labelled_block = line.block
            if _related_label(text, nxt) and (nxt is None or nxt.block != line.block):
                self.teaser_list = self._list_block(line.block + 1)
            if is_("related_label", text) and nxt is not None and is_("contents_entry", nxt.text):
                self.contents = nxt.block  # its entries, up to the report's own text
                self.teaser_list = nxt.block if nxt.block != line.block else self.teaser_list
            return "related"
        if line.block in (self.teaser_block, self.teaser_list):
            return "related"
        if nxt is not None and nxt.block == line.block and _result_address(nxt.text):
            self.teaser_block = line.block  # a search result: its date line is no timeline's
            return "related"
        if line.block in self.timelines:
            return "body"
        if self.posts:
            return "body"  # an export's posts are its own text: a post's headline opens it
        if self.wire and i > 0 and is_("wire_row", self.lines[i - 1].text):
            return "body"  # a log entry's alert or repeated headline under its row, the wire's text
        if (
            _is_teaser_head(line, nxt)
            and not _in_row_run(self.lines, i)
            and not self._subheading(i)
            and not _no_teaser(line, nxt)
            and not self._in_headline_block(line)
            and not self._signed_letter(line.block)
            and not self._in_card(i)
            and not (i > 0 and is_("annex_head", self.lines[i - 1].text))
            and not (i > 0 and _measure_list(self.lines[i - 1], line))
            and not self._repeated_label(i)
            and not self._last_section(i)
            and not self._bar_table(line.block)
        ):
            self.teaser_block = line.block
            return "related"
        return "body"

    def _bar_table(self, block: int) -> bool:
        """A block that is a table of two columns or more split by bars, one row a line (its
        heading over them or not), every row cut into as many cells and none dated ('If a card
        is declined | Ask for cash'): the page's own advice or figures, never a list of teasers
        (which carry their days)."""
        rows = [x.text for x in self.lines if x.block == block]
        if rows and not CELL_BAR.search(rows[0]):
            rows = rows[1:]  # the table's heading over its rows
        cells = {len(CELL_BAR.split(t)) for t in rows}
        return (
            len(rows) >= BAR_TABLE_ROWS
            and len(cells) == 1
            and min(cells) >= 2
            and not any(find_date(t) for t in rows)
        )

    def _in_card(self, i: int) -> bool:
        """A line right under a card's marker, or in a block the marker opens ('=== ITEM 3 ==='
        over the item's issuer, its name, its text and its signer): the card's own lines, never
        a teaser of another story."""
        line = self.lines[i]
        first = next(x for x in self.lines if x.block == line.block)
        return (i > 0 and is_("card_marker", self.lines[i - 1].text)) or (
            first is not line and is_("card_marker", first.text)
        )

    def _about_section(self, i: int) -> bool:
        """An about label set in capitals as one of the page's section headings, more of them
        under it in its block, each over text of its own ('ABOUT THE FUND' over its paragraph,
        then 'ELIGIBILITY', 'WHO MAY BID'): a section of the page (a notice's or an advert's
        account of its issuer), not the publisher's note that closes a release."""
        line = self.lines[i]
        if not _capital_heading(line.text):
            return False
        under = [x for x in self.lines[i + 1 :] if x.block == line.block]
        return any(
            _capital_heading(x.text)
            and not (_furniture(x.text) or is_("about_label", x.text))
            and not any(is_(k, x.text) for k in ABOUT_SECTION_ENDS)
            and n + 1 < len(under)
            and not _furniture(under[n + 1].text)
            for n, x in enumerate(under)
        )

    def _text_after_about(self, i: int) -> bool:
        """An about label whose block the page's running text follows, a paragraph of its own
        in a later block before any label that closes the page ('About listings for cause' over
        the register's rule, then 'The office turned away 12 ships ...'): a section of the
        page about one of its topics; the publisher's note about itself closes the page's text."""
        block = self.lines[i].block
        for x in self.lines[i + 1 :]:
            if x.block == block:
                continue
            if is_("about_label", x.text) or any(is_(k, x.text) for k in ABOUT_SECTION_ENDS):
                return False
            if _body_paragraph(x.text):
                return True
        return False

    def _over_page_foot(self, i: int) -> bool:
        """A line of the page's last block whose last line is the site's credit ('Run by X on
        StatusKit'; data: page_credit): the operator's note over it, no text of the page."""
        block = self.lines[i].block
        if block != self.lines[-1].block:
            return False
        return is_("page_credit", self.lines[-1].text)

    def _under_notes_label(self, i: int) -> bool:
        """Whether the line stands in a block opened by a notes label ('Notes', 'Footnotes')."""
        block = self.lines[i].block
        first = next(x for x in self.lines if x.block == block)
        return first is not self.lines[i] and is_("notes_label", first.text)

    def _widget_panel(self, i: int) -> bool:
        """A line of a panel drawn in box lines whose top frame names a widget ('┏━ DONATE ━┓',
        '┌ Newsletter ─┐'): the site's box, its amounts and counters no text of the page."""
        j = i
        while j > 0 and BOX_SIDE.match(self.lines[j - 1].text):
            if self.lines[j - 1].block != self.lines[i].block:
                break
            j -= 1
        return is_("widget_panel_head", BOX_FRAME.sub(" ", self.lines[j].text).strip())

    def _list_row(self, i: int) -> bool:
        """A row of a list split by bars whose first cell opens the line right above or right
        under it in its block too ('[+] Person | Name | Country' over '[+] Person | Name'): the
        list's entries share their kind, a site's link strip stands alone."""
        line = self.lines[i]
        first = line.text.split("|", 1)[0].strip()
        near = [self.lines[n] for n in (i - 1, i + 1) if 0 <= n < len(self.lines)]
        return any(
            x.block == line.block and "|" in x.text and x.text.split("|", 1)[0].strip() == first
            for x in near
        )

    def _last_section(self, i: int) -> bool:
        """A heading with one running paragraph under it in the headline's own block, then only the
        page's furniture (a sign-up line) before its labelled list of other stories ('Related:
        ...', 'More news'): the story's last section; a lone teaser does not sit right over the
        page's own teaser list."""
        if self.title_at is None or self.lines[self.title_at].block != self.lines[i].block:
            return False
        if i + 1 >= len(self.lines) or not _body_paragraph(self.lines[i + 1].text):
            return False  # a log's dated entry over the next one, no section over its text
        block = self.lines[i].block
        for x in self.lines[i + 2 :]:
            if x.block != block:
                return False
            text = x.text
            if any(is_(k, text) for k in ("related_label", "related_line", "footer_start")):
                return True
            if not (_furniture(text) or is_("box_line", text)):
                return False
        return False

    def _repeated_label(self, i: int) -> bool:
        """A line that opens on a field's short label ('B) ...', 'Valid:', 'Item 2 -') that
        opened a line a little above it in its block too: the next record of a run of coded
        entries (a notice's fields, a log's rows), never a teaser's headline."""
        label = FIELD_LABEL.match(self.lines[i].text)
        if label is None:
            return False
        block = self.lines[i].block
        return any(
            x.block == block and x.text.startswith(label[0])
            for x in self.lines[max(0, i - LETTERED_REACH) : i]
        )

    def _lettered_item(self, i: int) -> bool:
        """A lettered list's item whose letter follows that of an item opening a line above it
        ('(c) Harbour Ltd, which ...' under '(b) ...'): the list's text, never a '(c)' copyright."""
        letter = LETTERED_ITEM.match(self.lines[i].text)
        if letter is None or letter[1] == "a":
            return False
        before = f"({chr(ord(letter[1]) - 1)}) "
        return any(x.text.startswith(before) for x in self.lines[max(0, i - LETTERED_REACH) : i])

    def _in_headline_block(self, line: Line) -> bool:
        """A line in the headline's own block on a page set with no blank line under the
        headline, with running text further down that block past the line under it: a heading
        of the story's own (an act's preamble, a diary's day, a report's section). The block
        tells no teaser from its excerpt there, and a guess would take the rest of the page; a
        teaser list at the foot of such a page has no running text under it."""
        if self.title_at is None:
            return False
        title, at = self.lines[self.title_at], self.lines.index(line)
        if any(x.block != title.block for x in self.lines[self.title_at : at]):
            return False
        below = [x for x in self.lines[at + 2 :] if x.block == title.block]
        return sum(_body_paragraph(x.text) for x in below) >= HEADLINE_BLOCK_PARAGRAPHS

    def _record_field(self, i: int) -> bool:
        """A labelled date among a register entry's fields, in a block of such 'Label: value'
        lines whose other fields are no stamp ('Entity: ...', 'Action: ...', 'Decision date:
        ...'): the day of what the entry records, a fact of the page, never its own stamp."""
        block = [x.text for x in self.lines if x.block == self.lines[i].block]
        fields = [t for t in block if RECORD_FIELD.match(t) and not is_metadata(t)]
        return len(fields) >= RECORD_FIELDS_MIN

    def _standfirst_under_title(self, i: int) -> bool:
        """The standfirst right under the headline in its block, the byline above them or none:
        a long line that sums the story up, no teaser of another story."""
        if self.title_at is None or i != self.title_at + 1:
            return False
        line, title = self.lines[i], self.lines[self.title_at]
        return (
            line.block == title.block
            and _words(line.text) >= DEK_MIN_WORDS
            and _words(line.text) > _words(title.text)
        )

    def _end_contents(self) -> None:
        """Close a table of contents at its last entry: what follows is the report's text."""
        self.contents = self.labelled_block = self.teaser_block = self.teaser_list = -1

    def _said_again(self, i: int) -> bool:
        """Whether the opening words of a quotation set alone on line i are said elsewhere on
        the page: a pull quote repeats the story's own words."""
        quote = re.split(r"[\"”]", self.lines[i].text[1:], maxsplit=1)[0]
        words = re.findall(r"[\w'’]+", quote)[:PULL_QUOTE_WORDS]
        opening = re.compile(r"\W+".join(map(re.escape, words)))  # its punctuation may differ
        return any(opening.search(x.text) for n, x in enumerate(self.lines) if n != i)

    def _set_apart_quote(self, i: int) -> bool:
        """A quotation alone in its block, its speaker named with a role after a dash and no
        verb of saying ('"..." - Ana Ruiz, chief prosecutor'), or such a quotation set between
        two paragraphs of a page with no blank lines, its speaker maybe only described ('"..."
        - a port engineer'): a magazine's pull quote, set apart in large type; a paragraph that
        quotes someone says who said it."""
        line = self.lines[i]
        speaker = PULL_QUOTE_SPEAKER.search(line.text)
        if speaker is None or not line.text.startswith(('"', "“")):
            return False
        said = reporting_pasts() & {w.lower() for w in re.findall(r"[A-Za-z]+", speaker[1])}
        if said or _words(speaker[1]) > PULL_QUOTE_SPEAKER_WORDS:
            return False
        if self._between_paragraphs(i) or self._between_prose(i):
            return True  # set between two paragraphs of a page with no blank lines
        if any(x.block == line.block for n, x in enumerate(self.lines) if n != i):
            return False
        return "," in speaker[1] and speaker[1][:1].isupper()

    def _inline_pull_quote(self, i: int) -> bool:
        """A pull quote on a page set one paragraph a line with no blank lines: a quotation, a
        dash and its speaker's name with a title ('"..." - Chief Engineer Ana Ruiz'), no verb of
        saying, then running text under it in its block. A paragraph that quotes someone says
        who said it, or closes on a stop."""
        line = self.lines[i]
        under = self.lines[i + 1] if i + 1 < len(self.lines) else None
        speaker = PULL_QUOTE_SPEAKER.search(line.text)
        if speaker is None or under is None or under.block != line.block:
            return False
        said = reporting_pasts() & {w.lower() for w in re.findall(r"[A-Za-z]+", speaker[1])}
        return (
            is_("pull_quote", line.text)
            and not said
            and not line.text.endswith(TERMINAL)
            and _capitalised(speaker[1].split())
            and _words(speaker[1]) <= PULL_QUOTE_SPEAKER_WORDS
            and _body_paragraph(under.text)
        )

    def _photo_caption(self, i: int) -> bool:
        """The lead picture's caption on the first line under a byline that credits the
        photographer ("Words: A | Photos: B | 3 May 2025"), in its block: short, a sentence or
        two that report nobody's words (a lead's "said"), with the story's longer paragraph
        under it."""
        if i - 1 not in self.meta or i + 1 >= len(self.lines):
            return False
        credits = re.split(r"\s*[|·•]\s*", self.lines[i - 1].text)
        text, under = self.lines[i].text, self.lines[i + 1].text
        said = reporting_pasts() & {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
        return (
            self.lines[i].block == self.lines[i - 1].block
            and not said
            and len(credits) > 1
            and any(is_("caption", p) for p in credits)
            and _words(text) <= CAPTION_MAX_WORDS
            and len(SENTENCE_BREAK.split(text)) <= CAPTION_MAX_SENTENCES
            and text.endswith(TERMINAL)
            and _words(under) > _words(text)
        )

    def _list_block(self, block: int) -> int:
        """The block under a teaser label that stands alone ("You might also like", a blank line,
        then headlines): the label's list when no line of it is running text."""
        under = [x for x in self.lines if x.block == block]
        if under and not any(_body_paragraph(x.text) for x in under):
            return block
        return -1

    def _between_paragraphs(self, i: int) -> bool:
        """A short heading on a page set one paragraph a line with no blank line between them:
        running text right above it and right under it in its block, and the article going on
        past that paragraph (a teaser's excerpt under its headline closes the list or has
        another headline under it, never running text)."""
        near = self.lines[i - 1 : i + 3] if i else []
        return (
            len(near) == 4
            and all(x.block == self.lines[i].block for x in near)
            and not self.lines[i].text.endswith(TERMINAL)
            and all(_body_paragraph(x.text) for n, x in enumerate(near) if n != 1)
        )

    def _between_prose(self, i: int) -> bool:
        """A line set right between two running paragraphs of its block, the next section's
        heading perhaps under them (a pull quote on a page with no blank lines)."""
        if i == 0 or i + 1 >= len(self.lines):
            return False
        above, line, under = self.lines[i - 1], self.lines[i], self.lines[i + 1]
        return (
            above.block == line.block == under.block
            and _body_paragraph(above.text)
            and _body_paragraph(under.text)
        )

    def _heads_prose(self, line: Line) -> bool:
        """A short heading with a prose paragraph or a fact box's label lines under it in its
        block: the next section of the same article ('Outlook' over its text, 'Key figures' over
        'Loss: EUR 1bn'), as a report runs section after section. A box's heading may close on
        its bracketed unit ('Key prices (EUR/MWh)')."""
        # a heading may ask its question ('Need help?', 'Who is eligible?') over its lines
        closed = line.text.endswith(TERMINAL) and not line.text.endswith((")", "?"))
        if _words(line.text) > SUBHEADING_MAX_WORDS or closed:
            return False
        at = self.lines.index(line)
        under = self.lines[at + 1] if at + 1 < len(self.lines) else None
        return (
            under is not None
            and under.block == line.block
            and (_body_paragraph(under.text) or is_label_line(under.text))
        )

    def _section_over_text(self, i: int, depth: int = 0) -> bool:
        """A section heading of a few words with running text or a list's last numbered item
        above it, over one paragraph of two sentences or more (or one long sentence) in its
        block, the running text going on in the next block or after another such section: a
        report's next section ('Why we act now' over its paragraph). A teaser's excerpt is a
        short sentence, and teasers follow one another to the list's end, never into text."""
        line = self.lines[i]
        if _words(line.text) > SECTION_HEAD_MAX_WORDS or line.text.endswith(TERMINAL) or i == 0:
            return False
        above = self.lines[i - 1]
        if above.block >= line.block or not (
            _body_paragraph(_without_note_marks(above.text))
            or (PARAGRAPH_MARK.match(above.text) is not None and above.text.endswith(TERMINAL))
        ):
            return False
        rest = [x for x in self.lines[i + 1 :] if x.block == line.block]
        if len(rest) != 1 or not _body_paragraph(rest[0].text):
            return False
        sentences = len(SENTENCE_BREAK.split(rest[0].text))
        if sentences < SECTION_TEXT_SENTENCES and _words(rest[0].text) < SECTION_TEXT_WORDS:
            return False
        at = self.lines.index(rest[0]) + 1
        if at >= len(self.lines):
            return False
        below = self.lines[at]
        if _body_paragraph(below.text) and not is_("boilerplate", below.text):
            return True
        return depth < SECTION_HEAD_RUN and self._section_over_text(at, depth + 1)

    def _heads_paragraphs(self, i: int, depth: int = 0) -> bool:
        """A commentary's section heading of a few words ('Where the money goes next') opening
        its block, with running text in the block above and two running paragraphs under it (a
        teaser's excerpt is one paragraph), or one when the block above opens on such a heading
        too: the next section of a run of them. A fact box's label lines may stand above it."""
        line = self.lines[i]
        if _words(line.text) > SECTION_HEAD_MAX_WORDS or line.text.endswith(TERMINAL) or i == 0:
            return False
        above = self.lines[i - 1]
        text_above = _body_paragraph(_without_note_marks(above.text)) or is_label_line(above.text)
        if above.block >= line.block or not text_above:
            return False  # running text above, or a fact box's label lines ('Total: €4m')
        rest = [x for x in self.lines[i + 1 :] if x.block == line.block]
        prose = 0
        while prose < len(rest) and _body_paragraph(_without_note_marks(rest[prose].text)):
            prose += 1
        if prose >= SECTION_HEAD_PARAGRAPHS and prose == len(rest):
            return True
        opening = next(n for n, x in enumerate(self.lines) if x.block == above.block)
        return (
            prose >= 1 and depth < SECTION_HEAD_RUN and self._heads_paragraphs(opening, depth + 1)
        )

    def _capitals_crosshead(self, i: int) -> bool:
        """A crosshead set in capitals inside a block of running text, the page set one
        paragraph a line ('WHERE THE LEVY GOES NEXT'): a sentence of the story right above it
        and a running paragraph right under it, in its block; a teaser list has no sentence
        of the story over its headline."""
        line = self.lines[i]
        if i == 0 or i + 1 >= len(self.lines) or not line.text.isupper():
            return False
        above, under = self.lines[i - 1], self.lines[i + 1]
        return (
            _words(line.text) <= SECTION_HEAD_MAX_WORDS
            and not line.text.endswith(TERMINAL)
            and above.block == line.block == under.block
            and above.text.endswith(TERMINAL)
            and not _furniture(above.text)
            and _body_paragraph(under.text)
        )

    def _capitals_run(self, i: int) -> bool:
        """A heading in capitals over a running paragraph, on a page set one paragraph a line,
        under a run of such headings in its block, each over its own paragraph ('FIRST PRIZE',
        'SECOND PRIZE', then 'A WORD FROM THE PANEL'): the page's next section, as the ones
        above it are; a teaser list under the story has no run of sections over it."""
        line = self.lines[i]
        if not _capital_section(line.text) or i + 1 >= len(self.lines):
            return False
        if self.lines[i + 1].block != line.block or not _body_paragraph(self.lines[i + 1].text):
            return False
        sections = sum(
            _capital_section(x.text)
            and self.lines[n + 1].block == line.block
            and _body_paragraph(self.lines[n + 1].text)
            for n, x in enumerate(self.lines[:i])
            if x.block == line.block
        )
        return sections >= CAPITALS_RUN

    def _next_numbered_item(self, i: int) -> bool:
        """A digest's numbered item heading set in lower case ("3. port fees rise again"): its
        number follows that of a numbered heading above it in the page ("2. Court freezes ..."),
        itself an item in capitals or one that goes on from the item above it."""
        number = ITEM_NUMBER.match(self.lines[i].text)
        if number is None:
            return False
        before = int(number[1]) - 1
        for n in range(i - 1, -1, -1):
            above = ITEM_NUMBER.match(self.lines[n].text)
            if above is not None and int(above[1]) == before:
                return bool(SECTION_NUMBER.match(self.lines[n].text)) or self._next_numbered_item(n)
        return False

    def _subheading(self, i: int) -> bool:
        """A section heading inside the body with its first paragraph under it, not a teaser: it
        is numbered ("3. Prices and wages"), it heads a live page's entry under its time, or it
        is a short label ("Wages and prices", where another story's headline makes a sentence)
        with body text after its block and either body text above it or prose lines of its own
        under it (a teaser list goes on with teasers or ends the page)."""
        line = self.lines[i]
        above = self.lines[i - 1] if i else None
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        if nxt is not None and nxt.block == line.block and is_("result_source", nxt.text):
            return False  # a search result's headline over its outlet and address
        if SECTION_NUMBER.match(line.text) or self._next_numbered_item(i):
            return True
        if above is not None and above.block == line.block and is_("time_only", above.text):
            return True  # a live page's entry: its time, its headline, its text
        if self._heads_paragraphs(i):
            return True
        if self._section_over_text(i):
            return True
        if self._capitals_crosshead(i) or self._capitals_run(i):
            return True
        rest = [x for x in self.lines[i + 1 :] if x.block == line.block]
        capitals = line.text.isupper() and (
            _words(line.text) <= SUBHEADING_MAX_WORDS or _capital_section(line.text)
        )
        if capitals and rest and all(_body_paragraph(x.text) for x in rest):
            return True  # a crosshead in capitals over its own block of running text
        if _words(line.text) > SUBHEADING_MAX_WORDS:
            return False
        if self._between_paragraphs(i):
            return True
        if (
            rest
            and SIGNED_CLOSE.search(rest[-1].text)
            and len(SENTENCE_BREAK.split(rest[0].text)) > 1
        ):
            return True  # a letter's or a foreword's heading over its text, signed by its writer
        below = next((x for x in self.lines[i:] if x.block > line.block), None)
        if below is None or not (_body_paragraph(below.text) or self._heads_prose(below)):
            return False
        if above is not None and above.block < line.block and _body_paragraph(above.text):
            return True
        # or it heads its own prose block, and the article goes on after that block
        rest = [x for x in self.lines[i + 1 :] if x.block == line.block]
        return bool(rest) and all(x.text.endswith(TERMINAL) for x in rest)


#: A text closed by its writer's name and role after a dash ('... Thank you. — A. Name, Director').
SIGNED_CLOSE = re.compile(
    r"[.!?][\"”’]?\s+[—–]\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3},\s+[^.!?—–]{2,60}$"
)


#: A section's number before its heading ('VII. ', '4.2 '), read past to the heading's words.
SECTION_NUMBER_LEAD = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[IVX]{1,4}[.)])\s+")


def _related_label(text: str, under: Line | None) -> bool:
    """A label over a list of other stories or items ('More reviews', 'Other public
    statements'), perhaps numbered as the page's last section ('8. Other open calls') or given in
    two languages split by a slash, each half such a label ('LEGGI ANCHE / READ ALSO'). A label
    right over a table drawn with pipes is the table's own caption ('Ranking' over '| Place |
    Name | Score |'): the page's figures, no list of other stories."""
    if under is not None and FRAMED_ROW.match(under.text):
        return False
    label = SECTION_NUMBER_LEAD.sub("", text)
    halves = BILINGUAL_SPLIT.split(label)
    return is_("related_label", label) or (
        len(halves) > 1 and all(is_("related_label", half) for half in halves)
    )


#: A story's lead opening with its dateline: the place in capitals, perhaps its country, an agency
#: in brackets, then a colon or a dash ("OSLO: The ...", "LIMA, Peru (Wire) - Police ...").
LEAD_DATELINE = re.compile(
    r"[A-Z][A-Z.'’/ -]{1,40}(?:,\s+[A-Z][\w.'’ -]{1,30})?(?:\s*\([^)]{1,40}\))?\s*(?::|[-–—]{1,2})\s+[A-Z\"“]"
)


def _dated_lead(text: str) -> bool:
    """A story's lead paragraph under its dateline: never a teaser's excerpt."""
    return LEAD_DATELINE.match(text) is not None and _body_paragraph(text)


#: A numbered section heading: "3. Services", "2.1 Method", "IV. Outlook", a digest's "2) Item".
SECTION_NUMBER = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[IVX]{1,4}[.)])\s+(?:(?:19|20)\d{2}\s+)?[A-Z]"
)  # its name may open with a year ("7.2 2026 Budget")
#: Lines that close a page's text, never a section of it: a heading in capitals among them
#: leaves an about label over them the publisher's note.
ABOUT_SECTION_ENDS = ("related_label", "footer_start", "feed_start", "notes_label", "related_line")


def _capital_section(text: str) -> bool:
    """A section heading set in capitals, a few words and no sentence ('WHAT THE PANEL FOUND')."""
    return (
        text.isupper()
        and _words(text) <= SECTION_HEAD_MAX_WORDS
        and not text.endswith(TERMINAL)
        and not _furniture(text)
    )


def _capital_heading(text: str) -> bool:
    """A section heading set in capitals: a few words, no closing stop ('KEY DATES (2026)')."""
    letters = [c for c in text if c.isalpha()]
    return (
        bool(letters)
        and all(c.isupper() for c in letters)
        and _words(text) <= SECTION_HEADING_WORDS
        and not _full_stop(text)
    )


SUBHEADING_NEIGHBOUR_WORDS = 12
CAPITALS_RUN = 2  # capitals sections over their paragraphs above a heading make it one more
SUBHEADING_MAX_WORDS = 5
SECTION_HEAD_MAX_WORDS = 8  # a section heading over two paragraphs or more may run longer
SECTION_HEAD_PARAGRAPHS = 2
SECTION_TEXT_SENTENCES = 2  # a section's one paragraph under its heading: a teaser's excerpt is one
SECTION_TEXT_WORDS = 35  # short sentence, or a single one this long at least
SECTION_HEAD_RUN = 20  # sections looked back over for a run of them
#: A footnote's number set after the stop that closes a paragraph ('... in May.[4]').
NOTE_MARK = re.compile(r"(?<=[.!?\"”])\[\d{1,3}\]$")


def _without_note_marks(text: str) -> str:
    return NOTE_MARK.sub("", text)


#: An item's number before its heading ("3. ", "12) ").
ITEM_NUMBER = re.compile(r"^(\d{1,2})[.)]\s+\S")


def _body_paragraph(text: str) -> bool:
    """Running text: closed by a full stop (or a quote), long enough to be no headline."""
    return (
        text.endswith(TERMINAL)
        and _words(text) >= SUBHEADING_NEIGHBOUR_WORDS
        and not (_furniture(text) or is_("related_line", text) or is_("related_label", text))
    )


#: A metadata line's pieces sit between bars or dots, or apart by a wide gap of three spaces or
#: more, as a PDF's header sets them ('Reporting week: 1-7.05.2026      Date of issue: 9.05.2026').
PIECE = re.compile(r"(?:(?!\s{3})[^|·•])+")


def _edition_day_piece(state: _State, i: int, span: tuple[str, Line]) -> list[tuple[str, Line]]:
    """An edition's title that names its day after a spaced dash ('Evening Report — Friday 3 May
    2026') or after its label's colon ('Notices: edition of Friday 4 May 2026'): the day is the
    edition's stamp, read as its byline, no event of what it reports."""
    kind, line = span
    under = state.lines[i + 1] if i + 1 < len(state.lines) else None
    if i != state.title_at or kind != "title":
        return [span]
    label, colon, day = line.text.partition(": ")
    if colon and ":" not in label and is_("edition_day", day):
        at = len(label) + len(colon)  # 'Notices: edition of Friday 4 May 2026': its stamp
    elif _named_edition(line.text, under):
        at = list(SITE_DASH.finditer(line.text))[-1].end()
    else:
        return [span]
    cut = line.start + at
    return [
        (kind, Line(line.start, cut, line.text[:at], line.block)),
        ("byline", Line(cut, line.end, line.text[at:], line.block)),
    ]


def _period_pieces(state: _State, i: int, span: tuple[str, Line]) -> list[tuple[str, Line]]:
    """A report's metadata line at the page top may name the period the report covers ("No. 12 |
    Released 3 May 2025 | Covers April 2025"): that piece is the report's own claim, as its issue
    line's period is, so it reads as the heading; the rest of the line keeps its kind."""
    kind, line = span
    top = (state.title_at is not None and i < state.title_at) or i in state.meta
    if not top or kind not in ("boilerplate", "byline"):
        return [span]
    out: list[tuple[str, Line]] = []
    at = line.start
    for found in PIECE.finditer(line.text):
        piece = found.group().strip()
        if not (is_("covered_period", piece) and re.search(r"\d", piece)):
            continue
        start = line.start + found.start() + found.group().index(piece)
        if start > at:
            out.append(
                (kind, Line(at, start, line.text[at - line.start : start - line.start], line.block))
            )
        out.append(("title", Line(start, start + len(piece), piece, line.block)))
        at = start + len(piece)
    if not out:
        return [span]
    if at < line.end:
        out.append((kind, Line(at, line.end, line.text[at - line.start :], line.block)))
    return out


@cache
def _post_header_lead() -> re.Pattern[str]:
    """A post's header opening its line in a chat's export, the post's words after it on the
    same line ('[3/05/2026, 14:10] Ana Ruiz: Morning all ...'; data: post_header)."""
    heads = load_data("page_furniture")["post_header"]
    return re.compile(r"(?:" + "|".join(heads) + r")\s+(?=\S)", re.I)


def _post_stamp_at(text: str) -> int:
    """Where a post's words begin after its dated header on the line (0: no header opens it; a
    transcript's time code and speaker, with no day, are its own text's)."""
    found = _post_header_lead().match(text)
    return found.end() if found and find_date(found.group()) is not None else 0


def _post_stamp_pieces(span: tuple[str, Line]) -> list[tuple[str, Line]]:
    """A chat export's post set on one line with its header, its stamp and its sender: the header
    is the post's byline (its day no claim of the text), the words after it keep their kind."""
    kind, line = span
    at = _post_stamp_at(line.text)
    if kind not in BODY or at == 0:
        return [span]
    cut = line.start + at
    head = line.text[:at].rstrip()
    return [
        ("byline", Line(line.start, line.start + len(head), head, line.block)),
        (kind, Line(cut, line.end, line.text[at:], line.block)),
    ]


#: What a correction's label is read up to: its colon ("Correction, 4 June:").
CORRECTION_LABEL = re.compile(r"[^:]{1,60}:")


def _correction_pieces(span: tuple[str, Line]) -> list[tuple[str, Line]]:
    """A correction or an editor's note in the body ("Correction, 4 June: An earlier version
    said ..."): its label dates a revision of the page, no claim and no publication date (read
    as furniture); the note after it is the article's own text, the body's. A correction in
    the language of the paper's own edition over its English text ('Corrección: ...') is the
    paper's note to its own readers, furniture with its label, and so is a correction of an
    item in another edition under a story ('Correction: yesterday's issue gave ...')."""
    kind, line = span
    label = CORRECTION_LABEL.match(line.text)
    if kind == "body" and label is not None and is_("translated_correction_label", label.group()):
        return [("boilerplate", line)]  # the paper's note in its own language, over the English
    if kind == "body" and is_("other_edition_correction", line.text):
        return [("boilerplate", line)]  # a note on another edition's item, no text of this story
    if kind != "body" or label is None or not is_("correction_label", label.group()):
        return [span]
    cut = line.start + label.end()
    return [
        ("boilerplate", Line(line.start, cut, label.group(), line.block)),
        (kind, Line(cut, line.end, line.text[label.end() :], line.block)),
    ]


#: A page told by its captions alone: this many captions at least, and this share of its text.
CAPTION_PAGE_MIN = 3
CAPTION_PAGE_SHARE = 0.75


def _captions_as_story(spans: list[tuple[str, Line]]) -> list[tuple[str, Line]]:
    """A photo agency's caption feed, a gallery: a page whose text is its pictures' captions,
    with no running paragraph of its own, tells its story in them; its captions are its body.
    A story's own paragraphs beside a caption or two leave them captions."""
    captions = [line for kind, line in spans if kind == "caption"]
    body = [line for kind, line in spans if kind == "body"]
    told = sum(len(x.text) for x in captions)
    if len(captions) < CAPTION_PAGE_MIN or told < CAPTION_PAGE_SHARE * (
        told + sum(len(x.text) for x in body)
    ):
        return spans
    if any(_words(x.text) >= BODY_PARAGRAPH_WORDS and x.text.endswith(TERMINAL) for x in body):
        return spans
    return [("body" if kind == "caption" else kind, line) for kind, line in spans]


def _merge(spans: list[tuple[str, Line]]) -> list[Segment]:
    merged: list[Segment] = []
    for kind, line in spans:
        if merged and merged[-1].kind == kind:
            merged[-1] = Segment(kind, merged[-1].start, line.end)
        else:
            merged.append(Segment(kind, line.start, line.end))
    return merged


@dataclass(frozen=True)
class Structure:
    segments: list[Segment]
    title: str | None
    byline: Byline


#: An act's date line under its name ('of 3 May 2026'): the day it was adopted, not published.
ACT_DAY = re.compile(r"of\s+\d{1,2}\s+[^\W\d_]+\s+\d{4}$", re.I)


def _byline(
    lines: list[Line], meta: set[int], title_at: int | None, order: str | None = None
) -> Byline:
    """Authors and outlet from the "By" line; the publication date from the metadata lines under
    the headline first, then those above it ("date 2025-03-12" at the very top)."""
    out = Byline()
    after = [i for i in sorted(meta) if title_at is None or i > title_at]
    before = [i for i in sorted(meta) if i not in after]
    # an act's day under its name ('of 3 May 2026'): adopted then, published in the journal later;
    # a numbered issue's week or months ('Issue 36 · 8-14 May 2026') yield to the page's own day
    ordered = sorted(
        after + before,
        key=lambda i: (ACT_DAY.match(lines[i].text) is not None, _numbered_issue(lines[i].text)),
    )
    for i in ordered:
        parsed = parse_byline(lines[i].text)
        if parsed.authors and not out.authors:
            out.authors, out.outlet = parsed.authors, parsed.outlet
        if out.published is None:
            out.published = publication_date(lines[i].text, order)
    if not out.authors:  # no "By" line: the names the byline sets alone on their lines
        out.authors = [lines[i].text for i in after if _bare_author_name(lines[i].text)]
    return out


def _numbered_issue(text: str) -> bool:
    """A magazine's issue line, a piece of it numbering the issue ('Issue 36 (812)', 'No. 12')."""
    return any(is_("issue_number", p.strip()) for p in ISSUE_SPLIT.split(text))


def _bare_author_name(text: str) -> bool:
    """A byline line that is a person's name alone, not the desk beside it ("Lima Bureau")."""
    return _bare_name(text) and not is_("byline_role", text)


def _leads(spans: list[tuple[str, Line]]) -> list[str]:
    """The body lines a dateline may open: those up to the first running paragraph, which is
    the lead (a wire story's bulleted points or a standfirst may stand above it)."""
    out: list[str] = []
    for kind, line in spans:
        if kind != "body":
            continue
        out.append(line.text)
        if _words(line.text) >= BODY_PARAGRAPH_WORDS:
            break
    return out


def _lead_published(leads: list[str], years: list[int], today: dt.date | None) -> dt.date | None:
    """The day a lead's own dateline gives: a press release's "Oslo, 14.03.2025 - ..." (the
    place, a full date, a dash) or a wire's "KYIV, Feb 23 (Agency) - ..." (its year inferred)."""
    for lead in leads:
        place = DATED_FROM.match(lead)
        found = date_at(lead, place.end()) if place else None
        if found and DATED_LEAD_AFTER.match(lead, found[2]):
            return found[0]
        day = dateline_published(lead, today, years)
        if day is not None:
            return day
    return None


def _heading_published(
    spans: list[tuple[str, Line]], years: list[int], today: dt.date | None
) -> dt.date | None:
    """The latest day a live page's day headings name ("FRIDAY, 6 MARCH" over the day's
    entries): the page was last written on that day, whether it runs newest or oldest first.
    A page that runs newest first sets no heading over the day it is still writing: entries
    above its first heading whose times run down, or end earlier than the heading's first
    entry, are the day after it."""
    headed = [
        (n, day)
        for n, (kind, line) in enumerate(spans)
        if kind in BODY and (day := day_heading_published(line.text, today, years)) is not None
    ]
    if not headed:
        return None
    latest = max(day for _, day in headed)
    at, first = headed[0]
    if _newer_day_above(spans, at):
        latest = max(latest, first + dt.timedelta(days=1))
    return latest


def _newer_day_above(spans: list[tuple[str, Line]], at: int) -> bool:
    """Whether the timed entries above the first day heading belong to a later day: their
    times run down (newest first), or the last of them is earlier than the first time under
    the heading (the clock went past midnight between them)."""
    # every kind: the first entry's time may sit in the page top, read there as furniture
    clocks = [(n, _minutes(line.text)) for n, (_, line) in enumerate(spans)]
    timed = [(n, m) for n, m in clocks if m is not None]
    above = [m for n, m in timed if n < at]
    below = [m for n, m in timed if n > at]
    if not above:
        return False
    falling = len(above) >= 2 and all(a >= b for a, b in itertools.pairwise(above))
    return falling or (bool(below) and below[0] > above[-1])


CLOCK_LINE = re.compile(r"(\d{1,2})[:.](\d{2})\s*([ap])?", re.I)
HALF_DAY = 12


def _minutes(text: str) -> int | None:
    """Minutes after midnight of a live entry's time line ("16:40", "9.05 pm"); None for others."""
    m = CLOCK_LINE.match(text)
    if m is None or not is_("time_only", text):
        return None
    hour = int(m.group(1)) % HALF_DAY if m.group(3) else int(m.group(1))
    if (m.group(3) or "").lower() == "p":
        hour += HALF_DAY
    return hour * 60 + int(m.group(2))


def _sign_on_published(meta: list[str], years: list[int], today: dt.date) -> dt.date | None:
    """The day a broadcast's sign-on names by its weekday, with no year: read as a day heading
    is, the latest such day the years the page reports allow."""
    return next(
        (
            day
            for text in meta
            if _sign_on(text) and (day := day_said_published(text, today, years))
        ),
        None,
    )


#: A bar's pieces: split by dots, bars or a breadcrumb's arrows ('News › Courts › Tue 4 Mar').
TOP_BAR_PIECES = re.compile(r"\s*[|·•›»]\s*")


def _top_bar_day(top: list[Line], years: list[int], today: dt.date) -> dt.date | None:
    """The day an app's or a site's bar over the headline names by its weekday and no year
    ('Stories › Courts › Tue 4 Mar · 5 cards left'): read as a day heading is, the latest such
    day the years the page reports allow."""
    for line in top:
        for piece in TOP_BAR_PIECES.split(line.text):
            day = day_heading_published(piece, today, years) if piece.strip() else None
            if day is not None:
                return day
    return None


#: What follows a press release's dated lead: a dash, then its first sentence.
DATED_LEAD_AFTER = re.compile(r"\s*[-–—]{1,2}\s")


#: A diff line's mark: '- ' only in the older copy, '+ ' only in the newer, two spaces in both.
DIFF_MARK = re.compile(r"^(?:[-+] |  )(?=\S)")


def _compared_headline(lines: list[Line]) -> int | None:
    """The headline of a page comparing two copies of a story line by line: the newer copy's
    line ('+ ...', or the line both share) in the hunk its heading names the headline's
    ('@@ title @@')."""
    at = next(
        (i for i, x in enumerate(lines[:HEADER_WINDOW]) if is_("diff_headline", x.text)), None
    )
    if at is None:
        return None
    hunk = []
    for i in range(at + 1, len(lines)):
        if not DIFF_MARK.match(lines[i].text):
            break
        hunk.append(i)
    newer = [i for i in hunk if not lines[i].text.startswith("- ")]
    return newer[-1] if newer else None


def compared_day(lines: list[Line], order: str | None) -> dt.date | None:
    """The day of the newer copy a comparison page sets beside the older one on its heading line
    ('copy A (captured 3 May 2026 09:10) ⇄ copy B (captured 4 May 2026 08:00)'): the later."""
    for line in lines[:HEADER_WINDOW]:
        if not is_("diff_compare", line.text):
            continue
        days = [d[0] for p in CAPTURED.split(line.text)[1:] if (d := find_date(p, order))]
        if days:
            return max(days)
    return None


CAPTURED = re.compile(r"\b(?:captured|saved|archived|fetched)\b", re.I)


def archive_toolbar(lines: list[Line]) -> int:
    """How many lines at the page's top are a web archive's toolbar over the page it saved: its
    banner line (data: archive_banner), then the toolbar's lines right under it (data:
    archive_toolbar: the saved address, the captures and their days, the calendar)."""
    if not lines or not is_("archive_banner", lines[0].text):
        return 0
    n = 1
    while n < len(lines) and is_("archive_toolbar", lines[n].text):
        n += 1
    return n


EDITION_PIECE_WORDS = 6  # a weekday, the day, month and year and a word like 'edition'


def _edition_day(top: list[Line], order: str | None) -> dt.date | None:
    """The day a paper's masthead names beside its name and tagline, over its menu ("THE BAY
    TIMES · Tuesday 4 March 2025 edition"): a short piece holding a full date, on a line of
    pieces split by bars or dots above the headline."""
    for i, line in enumerate(top):
        pieces = [  # a bilingual masthead gives the day in each language, split by a slash
            q.strip() for p in PIECE_BAR.split(line.text) for q in CRUMB_SLASH.split(p) if q.strip()
        ]
        if not _menu_below(top, i):
            continue
        for piece in pieces:
            found = find_date(piece, order)
            if found is not None and _words(piece) <= EDITION_PIECE_WORDS:
                return range_start(piece, order)  # a weekly's issue by its days: the first
    return None


def _top_stamp(text: str) -> bool:
    """A line with a dated stamp piece ('Embargoed until ... 3 May 2026'; data: top_stamp)."""
    return any(
        is_("top_stamp", p.strip()) and find_date(p) is not None for p in TITLE_PIECES.split(text)
    )


def _top_stamp_day(top: list[Line], order: str | None) -> dt.date | None:
    """The day of a stamp piece over the headline that opens with a stamp's word ('Embargoed
    until 9:00, 3 May 2026', 'Screen refreshed: Fri 8 May 2026 10:05'; data: top_stamp)."""
    for line in top:
        for piece in TITLE_PIECES.split(line.text):
            if is_("top_stamp", piece.strip()) and (day := publication_date(piece, order)):
                return day
    return None


#: A title's pieces: split by bars, dots or a spaced dash ('Evening Digest — Monday 3 May 2025').
TITLE_PIECES = re.compile(r"\s+[|·•—–-]\s+")


def _titled_day(title: str, order: str | None) -> dt.date | None:
    """The day an edition's or a briefing's title gives as a piece of its own beside its name
    ('Evening Digest — Monday 3 May 2025', 'Notices: edition of Friday 4 May 2026'): the
    page's day. A date inside the headline's own words ('Floods on 3 May close schools') is
    the story's, not the page's."""
    label, colon, day = title.partition(": ")
    if colon and ":" not in label and (is_date_stamp(day) or is_("edition_day", day)):
        return _found_day(day, order)  # 'Listings: Friday 4 May 2026': a page of that day
    pieces = [p.strip() for p in TITLE_PIECES.split(title) if p.strip()]
    if len(pieces) < 2:
        return None
    for piece in pieces[1:]:
        found = find_date(piece, order)
        if found is not None and _words(piece) <= EDITION_PIECE_WORDS:
            return found[0]
    return None


def _found_day(text: str, order: str | None) -> dt.date | None:
    found = find_date(text, order)
    return found[0] if found else None


def _dated_field(lines: list[Line], order: str | None) -> dt.date | None:
    """The day a metadata block's labelled field says the page's content was last put out
    ('Modified: 2026-01-09 | First issued: 2021-04-30'): a dataset's current version."""
    for line in lines:
        for piece in PIECE_BAR.split(line.text):
            found = is_("dated_field", piece.strip()) and find_date(piece, order)
            if found:
                return found[0]
    return None


SIGNING_REACH = 8  # lines from a page's foot searched for its place-and-day signing line
SIGNING_PLACE = re.compile(r"^[^\W\d_][\w .'’-]{1,30},\s")


def _signing_at(lines: list[Line], title_at: int | None) -> int:
    """A release's signing line at its foot, its place before its day ('Lyon, 4 March 2026'
    over the issuing office's name): a stamp, and the page's own day when no stamp tops it."""
    start = max(len(lines) - SIGNING_REACH, (title_at or 0) + 1)
    for i in range(len(lines) - 1, start - 1, -1):
        text = lines[i].text
        if SIGNING_PLACE.match(text) and is_("date_line", text) and find_date(text):
            return i
    return -1


def _signing_day(lines: list[Line], at: int, order: str | None) -> dt.date | None:
    found = find_date(lines[at].text, order) if at >= 0 else None
    return found[0] if found else None


def segment_text(text: str, today: dt.date | None = None) -> Structure:
    """Segments of a plain-text page, with its title and parsed byline. The publication date
    comes from the page: its metadata lines, a stamp line further down, or the lead's dateline
    (a missing year is read from its weekday and the years the page reports; `today`, by
    default the clock's, and the earliest day the page looks ahead to only bound it: a story
    is not from the future)."""
    api = api_page(text)  # a news API's raw JSON response, saved as it came
    if api is not None:
        segments = [Segment(kind, start, end) for kind, start, end in api_segments(text, api)]
        return Structure(segments, api.title, Byline(api.authors, None, api.published))
    calendar = calendar_page(text)  # an iCalendar export: its events' words are the body
    if calendar is not None:
        segments = [Segment(kind, start, end) for kind, start, end in calendar_segments(calendar)]
        return Structure(segments, calendar.title, Byline([], None, calendar.published))
    lines = split_lines(text)
    head = scraped_head([line.text for line in lines])  # a JSON-LD block, 'og:title: ...' lines
    top, lines = lines[: head.lines], lines[head.lines :]
    bar = archive_toolbar(lines)  # a web archive's toolbar over the page it saved
    top, lines = top + lines[:bar], lines[bar:]
    headline = head.headline or tagged_title(text)  # '<title>...</title>' on a tagged page
    state = _State(lines, picture_alts(text), headline)
    spans = [(state.kind_of(i), line) for i, line in enumerate(lines)]
    teletext = _teletext_kinds(lines, state.title_at)  # a capture's pages, read by their headers
    spans = [(teletext.get(i, kind), line) for i, (kind, line) in enumerate(spans)]
    spans = [piece for i, span in enumerate(spans) for piece in _period_pieces(state, i, span)]
    spans = [piece for i, span in enumerate(spans) for piece in _edition_day_piece(state, i, span)]
    spans = [piece for span in spans for piece in _correction_pieces(span)]
    if sum(_post_stamp_at(line.text) > 0 for line in lines) >= POSTS_MIN:
        spans = [piece for span in spans for piece in _post_stamp_pieces(span)]
    spans = [("boilerplate", line) for line in top] + spans  # copies of the page for machines
    spans = _captions_as_story(spans)
    order = slash_order(text)  # '06/03/2025' on a page that writes '18 February' is 6 March
    byline = _byline(lines, state.meta, state.title_at, order)
    posted = [d for i in sorted(state.posts) if (d := publication_date(lines[i].text, order))]
    if posted:
        byline.published = max(posted)  # an export of posts speaks from its last post's day
    stamped = [d for i in _thread_posts(lines) if (d := publication_date(lines[i + 1].text, order))]
    if stamped and not head.published:
        byline.published = max(stamped)  # a forum thread speaks from its last post's day
    byline.published = head.published or byline.published  # the head's stamp is exact
    exported = _export_header(lines)
    if exported is not None and not head.published:  # a chat export speaks from its export day
        byline.published = publication_date(lines[exported].text, order) or byline.published
    byline.authors = list(head.authors) or byline.authors
    byline.outlet = byline.outlet or head.outlet
    if byline.published is None:  # a stamp line under the lead ("Published on ... | Release")
        stamps = (line.text for kind, line in spans if kind == "byline")
        byline.published = next((d for t in stamps if (d := publication_date(t, order))), None)
    if byline.published is None and state.title_at is not None:  # the edition's day by its name
        byline.published = _edition_day(lines[: state.title_at], order)
    digest = _mailed_digest_title(lines[:HEADER_WINDOW])
    if byline.published is None and digest is not None:  # the date on the digest's title line
        dated = find_date(lines[digest].text, order)
        byline.published = dated[0] if dated else None
    named = lines[state.title_at].text if state.title_at is not None else ""
    if byline.published is None and is_("document_title", named):
        dated = find_date(named, order)  # a programme's transcript named with its day
        byline.published = dated[0] if dated else None
    if byline.published is None and state.title_at is not None:  # 'Evening Digest — 3 May 2025'
        byline.published = _titled_day(named, order)
    if byline.published is None:  # a comparison of two copies: the newer copy's capture day
        byline.published = compared_day(lines, order)
    if byline.published is None:  # dated only by its lead's dateline or a live page's headings
        body = " \n".join(line.text for kind, line in spans if kind in BODY)
        years = written_years(body)
        # a story is filed before a day it still looks ahead to, as it is before today
        today = min(today or dt.date.today(), looked_ahead_horizon(body) or dt.date.max)
        byline.published = (
            _lead_published(_leads(spans), years, today)
            or _heading_published(spans, years, today)
            or _sign_on_published([lines[i].text for i in sorted(state.meta)], years, today)
            or _top_bar_day(lines[: state.title_at or 0], years, today)
        )
    if byline.published is None:  # a dataset's or a record's metadata block, lower down
        byline.published = _dated_field(lines, order)
    if byline.published is None:  # a release signed at its foot with its place and day
        byline.published = _signing_day(lines, state.signing, order)
    if byline.published is None and state.title_at is not None:  # 'Embargoed until 3 May 2026'
        byline.published = _top_stamp_day(lines[: state.title_at], order)
    title_line = lines[state.title_at] if state.title_at is not None else None
    title = title_line.text if title_line else head.headline
    if title_line is not None and shows_entities(text):  # the headline as saved, as the text is
        title = reading_text(text)[title_line.start : title_line.end]
    if title is not None and DIFF_OPEN.match(title):
        title = latest_wording(title)  # a tracked headline as its newest version reads
    if title is not None:
        title = site_prefixed(title) or title  # the site's name beside it is no part of it
    if (
        title is not None
        and state.title_at is not None
        and state.title_at == _letter_subject(lines)
    ):
        title = title.split(":", 1)[1].strip()  # a letter's subject without its label
    if title is not None and state.title_at is not None and _compared_headline(lines) is not None:
        title = DIFF_MARK.sub("", title)  # the newer copy's headline without its diff mark
    if title is not None and title.endswith((".", "!", "?")) and len(title.split()) > 25:
        title = None  # a first paragraph, not a headline
        spans = [("body" if line is title_line else kind, line) for kind, line in spans]
    return Structure(_merge(spans), title, byline)
