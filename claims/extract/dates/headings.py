"""Day headings of live pages: a line that is only a day ("Wednesday 12 March", "Yesterday's
update") above timestamped entries dates those entries, so their day words ("this morning",
"tonight", "the day before") count from that day, not from the page's last update (CLAIMS.md:
"unless the text says otherwise").

Pure functions: the extraction driver asks `reference_day` for the day of each paragraph and
hands it to the components as the paragraph's publication date.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import cache

from claims.extract.dates.finder import (
    DATELINE,
    DATELINE_AFTER,
    ENTRY_POST,
    find_dates,
    iter_dates,
    writes_day_first,
)
from claims.resources import load_data


@cache
def _timestamp() -> re.Pattern[str]:
    """A line that is only a clock time, maybe with a zone: the entries of a live page."""
    zones = "|".join(load_data("dates")["time_zones"])
    return re.compile(rf"(?m)^\s*[0-2]?\d[:.][0-5]\d(?:\s*(?:{zones}))?\s*$")


def day_headings(text: str, published: dt.date | None) -> list[tuple[int, dt.date]]:
    """(line start, day) of each line that is a day and nothing else, on a page with timestamp
    lines; a heading after publication is no heading (a date line about the future)."""
    if published is None or _timestamp().search(text) is None:
        return []
    found: list[tuple[int, dt.date]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip().rstrip(":")
        word_day = _day_word_heading(stripped, published)
        if word_day is not None:
            found.append((pos, word_day))
        elif stripped and len(stripped) <= 40:
            matches = find_dates(stripped)
            if len(matches) == 1 and re.search(r"\d", stripped):  # a calendar day, written out
                match, res = matches[0], matches[0].resolve(published)
                whole = match.surface_start == 0 and match.end == len(stripped)
                day = res.start if res.granularity == "day" else None
                if whole and day is not None and day <= published and _agrees(stripped, day):
                    found.append((pos, day))
        pos += len(line)
    return found


#: Words a day-word heading may carry after its day word ("Yesterday's live updates").
HEADING_TAIL_WORDS = 2


@cache
def _page_day_pattern() -> re.Pattern[str]:
    names = sorted(load_data("dates")["page_day_months"], key=len, reverse=True)
    return re.compile(
        rf"(?<![\w.])(?P<d>[0-3]?\d)(?:er|º)?\s+(?:de\s+)?(?P<m>{'|'.join(map(re.escape, names))})"
        rf"\.?\s+(?:de\s+)?(?P<y>(?:19|20)\d\d)(?!\d)",
        re.I,
    )


def page_day(line: str) -> dt.date | None:
    """The day a page's own date line gives in French, Spanish or Portuguese ('mardi 30
    juin 2026', '3 feb. 2026', '3 de marzo de 2026': dates.json 'page_day_months'),
    when it gives exactly one; None otherwise."""
    found = list(_page_day_pattern().finditer(line))
    if len(found) != 1:
        return None
    m = found[0]
    month = load_data("dates")["page_day_months"][m["m"].lower()]
    try:
        return dt.date(int(m["y"]), month, int(m["d"]))
    except ValueError:
        return None


def _day_word_heading(line: str, published: dt.date) -> dt.date | None:
    """A section heading made of a day word ("Yesterday's update", "Yesterday", "Earlier
    today"): the entries under it speak from that day."""
    words: dict[str, int] = load_data("dates")["day_words"]
    m = re.fullmatch(
        rf"(?i:(?:earlier|later)\s+)?(?P<w>(?i:{'|'.join(words)}))(?:['’]s)?(?P<rest>[A-Za-z ]*)",
        line,
    )
    if m is None or len(m.group("rest").split()) > HEADING_TAIL_WORDS:
        return None
    day = published + dt.timedelta(days=words[m.group("w").lower()])
    return day if day <= published else None


def _agrees(line: str, day: dt.date) -> bool:
    """A weekday written with the date must be that date's weekday ('Thursday 20 March')."""
    weekdays = load_data("dates")["weekdays"]
    named = [weekdays[w] for w in re.findall(r"[a-z]+", line.lower()) if w in weekdays]
    return all(n == day.weekday() for n in named)


@cache
def _sent_line() -> re.Pattern[str]:
    """An email header line telling when a message was sent, quoted behind '>' marks or not."""
    labels = "|".join(re.escape(w) for w in load_data("dates")["email_sent_labels"])
    return re.compile(rf"(?m)^[ \t>]*(?:{labels}):[ \t]*(?P<rest>\S.*)$")


def sent_days(text: str, published: dt.date | None) -> list[tuple[int, dt.date]]:
    """(line start, day) of each email header line that gives the day its message was sent
    ('> Sent: Thursday, 1 October 2026 18:02'): a quoted message speaks from its own day, so its
    'today' and 'on Thursday' count from there. Only a day with its year written out, its
    weekday (if named) agreeing, and none after publication."""
    found: list[tuple[int, dt.date]] = []
    for line in _sent_line().finditer(text):
        rest = line.group("rest")
        matches = find_dates(rest)
        if not matches or not re.search(r"\b(?:19|20)\d\d\b", rest):
            continue
        res = matches[0].resolve(published)
        day = res.start if res.granularity == "day" else None
        if day is None or (published is not None and day > published) or not _agrees(rest, day):
            continue
        found.append((line.start(), day))
    return found


#: How far into a line a dateline's day may stand ("Lisbon, 4 March 2025 — ...").
DATELINE_DAY_CHARS = 60


def dateline_days(text: str, published: dt.date | None) -> list[tuple[int, dt.date]]:
    """(line start, day) of each paragraph a dated dateline opens ('Porto, 3 June 2024 — The
    board today approved ...', a statement quoted on a page posted later): the statement
    speaks from its own day, so its 'today' and 'on Monday' count from there. Only a day with
    its year written out and none after publication."""
    found: list[tuple[int, dt.date]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        day = _dateline_day(line, published)
        if day is not None:
            found.append((pos, day))
        pos += len(line)
    return found


#: The place a dateline opens with, and maybe its region, each closed by a comma.
_DATELINE_LEADS = (
    re.compile(r"^\s*[A-Z][^,\n]{1,40},\s*"),
    re.compile(r"^\s*[A-Z][^,\n]{1,40},\s*[A-Z][^,\n]{1,30},\s*"),
)


#: A year written out in figures, as the dateline's day must hold one (the search in
#: _dateline_day below is the exact test; this one, over the whole rest of the line, only spares
#: find_dates the lines that cannot pass it).
WRITTEN_YEAR = re.compile(r"(?:19|20)\d\d")
#: The dashes DATELINE_AFTER needs after the day.
DASHES = frozenset("-–—")


def _dateline_day(line: str, published: dt.date | None) -> dt.date | None:
    """The day a line's dateline gives, its year written out ('Porto, 3 June 2024 — ...')."""
    for lead_pattern in _DATELINE_LEADS:
        lead = lead_pattern.match(line)
        if lead is None or not DATELINE.match(lead.group()):
            continue
        rest = line[lead.end() : lead.end() + DATELINE_DAY_CHARS]
        if not WRITTEN_YEAR.search(rest) or not DASHES.intersection(rest):
            continue  # no year written out, or no dash to follow the day: find_dates not asked
        matches = find_dates(rest)
        if not matches or matches[0].surface_start != 0:
            continue
        match = matches[0]
        if not DATELINE_AFTER.match(rest[match.end :]):
            continue
        res = match.resolve(published)
        day = res.start if res.granularity == "day" else None
        written = re.search(r"\b(?:19|20)\d\d\b", rest[match.start : match.end])
        if day is not None and written and (published is None or day <= published):
            return day
    return None


def reference_day(
    headings: list[tuple[int, dt.date]], position: int, published: dt.date | None
) -> dt.date | None:
    """The day the text at `position` speaks from: the last day heading above it, else the
    publication date."""
    at = bisect.bisect_right([start for start, _ in headings], position)
    return headings[at - 1][1] if at else published


def report_heading_day(text: str) -> dt.date | None:
    """A page that states no publication date but opens with a report heading naming its period
    ('Monthly trade bulletin | March 2025', 'Weekly update - 14 May 2024') speaks from that
    period's last day: its relative and yearless dates ('in May', 'the month before') count
    from there. Only short lines above the first paragraph count, and only one dated by a month,
    a few whole months ('September-October 2025', 'Q3 2025') or a day with its year written out;
    a page with a dated line (a dateline) never asks."""
    limits = load_data("dates")["report_heading"]
    for line in text.splitlines()[: limits["lines"]]:
        stripped = line.strip()
        if len(stripped) > limits["paragraph_chars"]:
            return None  # the body has begun
        if not stripped or len(stripped) > limits["heading_chars"]:
            continue
        found = find_dates(stripped)
        if len(found) != 1 or not re.search(r"\b(?:19|20)\d\d\b", stripped):
            continue
        res = found[0].resolve(None)
        if res.granularity in ("day", "month") and res.end is not None:
            return res.end
        if _few_months(res.start, res.end, limits["span_months"]) and not _issue_period().search(
            stripped
        ):
            return res.end  # a bimonthly issue's or a quarter's months ('Issue 4 | May-June 2026')
    return None


def _few_months(start: dt.date | None, end: dt.date | None, most: int) -> bool:
    """Whether start..end is whole months, at most `most` of them."""
    if start is None or end is None or start.day != 1 or (end + dt.timedelta(days=1)).day != 1:
        return False
    return 0 <= (end.year - start.year) * 12 + end.month - start.month < most


@cache
def _issue_period() -> re.Pattern[str]:
    """'the Winter 2024 issue', 'our March 2025 edition': the period an issue is named by."""
    data = load_data("dates")
    seasons = "|".join(data["seasons"])
    months = "|".join(sorted(data["months"], key=len, reverse=True))
    nouns = "|".join(data["issue_nouns"])
    return re.compile(
        rf"\b(?:(?P<season>{seasons})|(?P<month>{months}))\s+(?P<year>(?:19|20)\d\d)\s+"
        rf"(?:{nouns})\b",
        re.I,
    )


def _masthead_month(text: str) -> dt.date | None:
    """The first day of the month a periodical's masthead line dates its issue by: one of the
    page's first 'masthead_lines' lines that numbers the issue (one of 'masthead_issue_words'
    before a number: 'Vol. 3, No. 7', 'Issue 12 / 2024') and names one month and a year ('|
    July 2024', or the year in the issue number: 'No. 7/2024 | July')."""
    data = load_data("dates")
    words = "|".join(re.escape(w) for w in data["masthead_issue_words"])
    numbered = re.compile(rf"(?<!\w)(?:{words})\s*\d", re.I)
    months = data["months"]
    full = [m for m in months if not any(o != m and o.startswith(m) for o in months)]
    names = re.compile(rf"\b(?:{'|'.join(m.capitalize() for m in full)})\b", re.I)
    for line in text.splitlines()[: data["masthead_lines"]]:
        if not numbered.search(line):
            continue
        named = {months[m.group().lower()] for m in names.finditer(line)}
        years = {int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", line)}
        if len(named) == 1 and len(years) == 1:
            return dt.date(years.pop(), named.pop(), 1)
    return None


def implied_day(text: str) -> dt.date | None:
    """The day a page that states none speaks from (dates.json 'implied_day'): the first day of
    the season or month its issue is named by, else the first day of the month after the one
    its opening names beside 'last month', in the latest year it writes out; None otherwise."""
    data = load_data("dates")
    issue = _issue_period().search(text)
    if issue is not None:
        year = int(issue.group("year"))
        if issue.group("season"):
            return dt.date(year, data["seasons"][issue.group("season").lower()], 1)
        return dt.date(year, data["months"][issue.group("month").lower()], 1)
    masthead = _masthead_month(text)
    if masthead is not None:
        return masthead
    opening = text[: data["implied_day_chars"]]
    previous = "|".join(data["previous_month_words"])
    if not re.search(rf"\b(?:{previous})\b", opening, re.I):
        return None
    months = data["months"]
    full = [m for m in months if not any(o != m and o.startswith(m) for o in months)]
    names = "|".join(m.capitalize() for m in full)  # whole names only: not 'Mar', 'Sept'
    named = {data["months"][m.group().lower()] for m in re.finditer(rf"\b(?:{names})\b", opening)}
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text)]
    if len(named) != 1 or not years:
        return None
    month = named.pop()
    year = max(years)
    return dt.date(year + month // 12, month % 12 + 1, 1)


#: An entry's stamp at a line's start: a day with its year in digits and a clock time, maybe in
#: brackets ('[14.03.2026 08:40]', '2026-03-14 08:40'), then at most the entry's author.
ENTRY_STAMP = re.compile(
    r"(?m)^[ \t]*\[?(?P<day>[0-3]?\d[./][01]?\d[./](?:19|20)\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d)"
    r",?[ \t]+[0-2]?\d:[0-5]\d(?::[0-5]\d)?\]?(?P<rest>[^\n]*)$"
)
#: The most an entry stamp's line may hold after the stamp (an author's name and a colon).
ENTRY_REST_CHARS = 60
#: The farthest, in days either way, an entry's stamp may lie from the page's day.
ENTRY_SPAN_DAYS = 366


def _bracketed(stamp: re.Match[str]) -> bool:
    """A stamp in brackets closed right after its clock time ('[03/02/2026, 08:15]')."""
    return stamp.group().lstrip().startswith("[") and stamp.string[stamp.start("rest") - 1] == "]"


def _month_first(stamps: list[re.Match[str]]) -> bool:
    """Slash stamps whose middle field runs past 12 somewhere ('05/23/2026') write months first."""
    fields = [re.split(r"[./]", m["day"]) for m in stamps if "-" not in m["day"]]
    return any(len(f) == 3 and int(f[1]) > 12 for f in fields)


def entry_days(
    text: str, published: dt.date | None, day_first: bool | None = None
) -> list[tuple[int, dt.date]]:
    """(line start, day) of each line that opens a dated entry with its stamp ('[14.03.2026
    08:40] Channel name:' in an exported chat, a log's '2026-03-14 08:40'): the lines under it
    speak from that day, as a live page's entries do, so their 'today' and 'yesterday' count
    from it, even after the page's own day (an export dated by its first post). Only days with
    their year in digits, read in the order the date finder reads them, within a year of
    publication, and only on a page with two or more such stamps. `day_first`: the page's way of
    writing days, when the caller has read it already."""
    found: list[tuple[int, dt.date]] = []
    stamps = [
        m
        for m in ENTRY_STAMP.finditer(text)
        if len(m["rest"].strip()) <= ENTRY_REST_CHARS
        or ENTRY_POST.match(m["rest"]) is not None
        or _bracketed(m)
    ]
    if len(stamps) < 2:
        return []  # most pages: no run of stamps, nothing more to read
    day_first = writes_day_first(text) if day_first is None else day_first
    if day_first is None:  # the stamps' own order: day first unless a middle field is a day
        day_first = not _month_first(stamps)
    for m in stamps:
        resolved = [r for _, r in iter_dates(m["day"], published, day_first=day_first)]
        if not resolved or resolved[0].granularity != "day" or resolved[0].start is None:
            continue
        day = resolved[0].start
        if (
            published is not None
            and not -ENTRY_SPAN_DAYS <= (day - published).days <= ENTRY_SPAN_DAYS
        ):
            continue  # a stamp far from the page's day: no entry of this page
        found.append((m.start(), day))
    return found if len(found) > 1 else []


#: A signed field note's line: a dash, a day with its year, maybe a comma and a place, and
#: nothing else ('— 9 May 2026, Kisumu').
SIGNED_LINE = re.compile(
    r"(?m)^[ \t]*[—–-][ \t]*(?P<day>[^,\n]{6,30}?\b(?:19|20)\d\d)"
    r"(?:,[ \t]*[A-Z][^\W\d_][\w .'’-]{0,30})?[ \t]*$"
)


def signed_days(text: str, published: dt.date | None) -> list[tuple[int, dt.date]]:
    """(line start, day) of each line that signs a field note or update with its day ('— 9 May
    2026, Kisumu' over 'We opened a second clinic on Friday.'): the paragraph under it speaks
    from that day, so its weekdays and 'yesterday' count from there; where that paragraph ends
    the page's own day takes over again. Only on a page with two or more such lines, days
    written out with their year, none after publication."""
    if published is None:
        return []
    signed: list[tuple[int, int, dt.date]] = []
    for line in SIGNED_LINE.finditer(text):
        matches = find_dates(line["day"])
        if len(matches) != 1 or matches[0].surface_start != 0:
            continue
        res = matches[0].resolve(published)
        day = res.start if res.granularity == "day" else None
        if day is None or day > published or not _agrees(line["day"], day):
            continue
        signed.append((line.start(), line.end(), day))
    if len(signed) < 2:
        return []
    found: list[tuple[int, dt.date]] = []
    for at, (start, end, day) in enumerate(signed):
        found.append((start, day))
        close = re.compile(r"\n[ \t]*\n").search(text, end)
        following = signed[at + 1][0] if at + 1 < len(signed) else len(text)
        if close is not None and close.start() + 1 < following:
            found.append((close.start() + 1, published))
    return found
