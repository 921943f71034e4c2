"""Parse a byline line into authors, outlet and publication date ("by A and B April 2, 2024 ...")."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from claims.ingest.furniture import is_
from claims.resources import load_data

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,12})\.?"
_SUFFIX = r"(?:st|nd|rd|th)?"
#: A month's name in a page's own stamp, in any letters ('août', 'févr.'): see `_stamp_month`.
_STAMP_MONTH = r"(?P<month>[^\W\d_]{3,12})\.?"
DATE_PATTERNS = [
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})" + _SUFFIX + r",?\s+(?P<year>\d{4})"),
    # day first, spaced or, as wire and market pages stamp it, dashed or slashed ("21-Mar-2024")
    # a page's stamp in French, Spanish or Portuguese too ('14 févr. 2026', '3 de marzo de 2026')
    re.compile(
        r"(?P<day>\d{1,2})"
        + _SUFFIX
        + r"\.?"  # the ordinal's dot of Nordic and German pages ('4. mars 2026')
        + r"(?:\s+(?:of\s+|de\s+)?|(?P<dsep>[-/]))"
        + _STAMP_MONTH
        + r"(?:(?(dsep)(?P=dsep)|,?\s+(?:de\s+)?))(?P<year>\d{4})"
    ),
    # year-first ISO-like dates; a phone number of the same shape ("0800-12-2070") is none;
    # spaced as Baltic sites stamp them ("2024 11 05, 16:20")
    re.compile(
        r"(?<!\d)(?P<year>(?:19|20)\d{2})(?P<sep>[-/. ])(?P<month>\d{2})(?P=sep)(?P<day>\d{2})"
        r"(?!\d)"
    ),
    # day-first numeric dates, as European sites write them ("Last updated: 14.03.2025 09:12"),
    # a space after each dot as some statistics offices set them ("Release date: 3. 2. 2025"),
    # a closing dot after the year as Baltic and Central European sites write it ("21.10.2026.")
    # a middle dot in place of the dots as some sites set their stamps ("14·03·2025")
    re.compile(
        r"(?<![\d.·])(?P<day>\d{1,2})(?P<dot>[.·])(?P<sp>[^\S\n]?)(?P<month>\d{1,2})(?P=dot)"
        r"(?P=sp)(?P<year>\d{4})(?!\d|\.\d)"
    ),
    # slashed or dashed dates ("Posted 13/03/2025", "03/13/2025", "Lima, 20-08-2026"): the order
    # the numbers allow, else the one the page proves or claims/data/dates.json names for the
    # separator ('slash_order', 'dash_order')
    re.compile(
        r"(?<![\d/-])(?P<first>\d{1,2})(?P<sep>[/-])(?P<second>\d{1,2})(?P=sep)(?P<year>\d{4})"
        r"(?![\d/-])"
    ),
    # a stamp's slashed date with a two-digit year, as some offices set it ('Suva, 25/06/25'):
    # a year of this century; never a piece of a web address's path ('2025/06/27/')
    re.compile(
        r"(?<![\d/.])(?P<first>\d{1,2})(?P<sep>/)(?P<second>\d{1,2})/(?P<year>\d{2})(?![\d/])"
    ),
    # a mail archive's or a log's clock stamp, the time and its zone before the year ('Tue Mar
    # 3 10:01:22 UTC 2026'), as a system clock prints it
    re.compile(
        _MONTH
        + r"\s+(?P<day>\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+[A-Z]{2,5}|\s+[+-]\d{4})?"
        + r"\s+(?P<year>(?:19|20)\d{2})\b"
    ),
]
#: The century a two-digit year of a stamp belongs to ('25/06/25').
CENTURY = 2000
OUTLET_SUFFIX = re.compile(r"^(?P<outlet>.+?)\s+(news ?desk|staff|newsroom|desk|editors)$", re.I)
LEAD = re.compile(
    r"^\s*(by|published|posted|first published|last updated|updated|(last\s+)?modified|input|date)"
    r"(\s+on|\s+at)?\s*:?\s*",
    re.I,
)
#: A piece of a metadata line that names the page's own publication, before any other date on it.
PUBLISHED = re.compile(r"\b(published|posted|issued|released)\b", re.I)
#: A piece of a metadata line that dates a revision rather than the first publication.
REVISION = re.compile(r"^\s*(last\s+)?(updated|modified|revised)\b", re.I)
TAIL = re.compile(r"(\s*\d{1,2}:\d{2}\s*([ap]\.?m\.?)?.*|\s*\d+\s+min(ute)?s?\s+read.*)$", re.I)


@dataclass
class Byline:
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    published: dt.date | None = None


@cache
def _page_stamp_months() -> dict[str, int]:
    data = load_data("dates")
    return dict(data["page_stamp_months"]) | dict(data["page_day_months"])


def _stamp_month(name: str) -> int | None:
    """The month a page's stamp names, in English or in a language its masthead may use."""
    return MONTHS.get(name.lower()) or _page_stamp_months().get(name.lower())


def find_date(text: str, slash_order: str | None = None) -> tuple[dt.date, int, int] | None:
    """The first calendar date written out in `text`, with its character span."""
    for pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            if "first" in pattern.groupindex:
                first, second = int(m.group("first")), int(m.group("second"))
                year = m.group("year")
                year = str(CENTURY + int(year)) if len(year) == 2 else year
                found = _slashed(first, second, year, slash_order, m.group("sep"))
                if found is not None:
                    return found, m.start(), m.end()
                continue
            month_raw = m.group("month")
            month = int(month_raw) if month_raw.isdigit() else _stamp_month(month_raw)
            if month is None:
                continue
            try:
                return dt.date(int(m.group("year")), month, int(m.group("day"))), m.start(), m.end()
            except ValueError:
                continue
    return None


#: A day range's first day right before the date that closes it ('10–16 March 2026', '28 Feb–6
#: Mar 2026'): the day, and the month when the range crosses one.
RANGE_OPEN = re.compile(r"\b(?P<day>\d{1,2})(?:\s+(?P<month>[^\W\d_]{3,10})\.?)?\s*[–—-]\s*$")


def range_start(text: str, slash_order: str | None = None) -> dt.date | None:
    """The first day of the first date in `text`, or of the day range it closes: an issue dated
    by the week or fortnight it covers ('No. 41 · 10–16 March 2026') came out on its first day."""
    found = find_date(text, slash_order)
    if found is None:
        return None
    day, start, _ = found
    opened = RANGE_OPEN.search(text[:start])
    if opened is None:
        return day
    month = _stamp_month(opened.group("month")) if opened.group("month") else day.month
    if month is None:
        return day
    year = day.year - 1 if month > day.month else day.year
    try:
        first = dt.date(year, month, int(opened.group("day")))
    except ValueError:
        return day
    return first if first <= day else day


def date_at(text: str, pos: int, slash_order: str | None = None) -> tuple[dt.date, int, int] | None:
    """A calendar date written out right at `pos` (a press release's "Bern, 16.07.2025 - ...":
    the date after the place, whichever other dates its lead goes on to name)."""
    for pattern in DATE_PATTERNS:
        m = pattern.match(text, pos)
        found = find_date(m.group(), slash_order) if m else None
        if m and found is not None and found[1] == 0:
            return found[0], pos, pos + found[2]
    return None


def _slashed(
    first: int, second: int, year: str, order: str | None = None, sep: str = "/"
) -> dt.date | None:
    """The date of a numeric day and month: the order the numbers allow, else `order`, else the
    default claims/data/dates.json names for the separator ('dash_order' for "09-04-2026", which
    is day first nearly everywhere it is written, 'slash_order' for "12/06/2025")."""
    default = load_data("dates")["dash_order" if sep == "-" else "slash_order"]
    month_first = (order or default) == "month_first"
    if first > 12 or (second <= 12 and not month_first):
        first, second = second, first
    try:
        return dt.date(int(year), first, second)
    except ValueError:
        return None


#: A court's sitting days under its judges, the year first, the day of judgment last ("2026:
#: March 3, 4; April 30"): the days of one month split by commas, the months by semicolons.
_DAYS = r"[A-Za-z]{3,9}\.?\s+\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})*"
SITTING_DAYS = re.compile(
    r"(?P<year>(?:19|20)\d{2})\s*:\s*" + _DAYS + r"(?:\s*[;,]\s*" + _DAYS + r")*\s*\.?"
)
LAST_DAY = re.compile(_MONTH + r"\s+(?:\d{1,2}\s*(?:,|and|&)\s*)*(?P<day>\d{1,2})\s*\.?$")


def sitting_day(line: str) -> dt.date | None:
    """The day of judgment a court's sitting-days line closes with ("2026: March 3, 4; April
    30" is 30 April 2026), or None for any other line."""
    whole = SITTING_DAYS.fullmatch(line.strip())
    last = LAST_DAY.search(line.strip())
    month = MONTHS.get(last.group("month").lower()) if last else None
    if whole is None or last is None or month is None:
        return None
    try:
        return dt.date(int(whole.group("year")), month, int(last.group("day")))
    except ValueError:
        return None


#: The pieces of a stamp line: split by bars, bullets, middle dots or wide gaps, but never at a
#: middle dot between two figures, which is a date's own separator ("4·05·2026").
STAMP_PIECES = re.compile(r"\s*[|•]\s*|\s+·\s*|\s*·\s+|(?<!\d)·|·(?!\d)|\s{3,}")


def publication_date(line: str, slash_order: str | None = None) -> dt.date | None:
    """The publication date a metadata line gives: a piece that is not a revision stamp first
    ("Published on 4 April 2025 | Last updated: 05.04.2025"), else any date on it; the period
    a report covers ("Reporting period: 1-7 May 2025 | Issued: 9 May 2025") only last."""
    pieces = [p for p in STAMP_PIECES.split(line) if p.strip()]
    pieces = [p for p in pieces if not is_("next_release", p.strip())]  # the next issue's day
    for piece in sorted(
        pieces,
        key=lambda p: (
            not is_("closing_field", p.strip()),  # 'Filed: 3 May | Closed: 9 June' is the 9th
            is_("covered_period", p.strip()),
            is_("live_start", p.strip()),  # a live page opened on the 3rd, last updated the 4th
            REVISION.match(p) is not None,
            PUBLISHED.search(p) is None,  # 'Hearing date: 3 May | Published: 5 May' is the 5th
        ),
    ):
        found = find_date(piece, slash_order)
        if found:
            return range_start(piece, slash_order) or found[0]  # a weekly's days: the first
    return sitting_day(line)


#: A wire dateline opening the lead paragraph, with no year: "KYIV, Feb 23 (Agency) - ...",
#: "OSLO/BERN, June 28 (Wire) - ...", "KHARKIV, Ukraine, Nov 14 - ...", "DHAKA, March 3 (Agency):
#: ...". The place in capitals (its country after it optional), the agency in brackets optional,
#: then a dash or a colon.
WIRE_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'’/ -]{1,40},\s+(?:[A-Z][A-Za-z.'’ -]{1,30},\s+)?"
    + _MONTH
    + r"\s+(?P<day>\d{1,2})\b"
    r"(?:,?\s+(?P<year>\d{4}))?(?:\s*\([^)]{1,40}\))?(?:\s*[-–—]{1,2}|:)\s"
)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘'])")
#: A year written in the text ("in 2024", "the 2023 season"), not part of a longer number.
WRITTEN_YEAR = re.compile(r"(?<![\d.,/-])(?:19|20)\d{2}(?![\d%])")
#: How far before a year a look-ahead word ("until", "by", "will") marks it as still to come.
FUTURE_WINDOW = 40
#: How many years back a yearless dateline's year is looked for.
DATELINE_YEARS_BACK = 30


def written_years(text: str) -> list[int]:
    """Years the text reports as past or present: those it looks ahead to ("until Oct. 21,
    2027", "by 2030", "will ... in 2026") are left out. What bounds a yearless dateline."""
    return [
        int(m.group()) for m in WRITTEN_YEAR.finditer(text) if not _looks_ahead(text, m.start())
    ]


def _looks_ahead(text: str, at: int) -> bool:
    """Whether the words just before `at` look ahead to what follows ("until", "will ... on",
    "by"), within the same sentence."""
    data = load_data("dates")
    words = data["look_ahead_words"] + data["prospective_words"]
    ahead = re.compile(r"\b(?:" + "|".join(words) + r")\b", re.I)
    deadline = re.compile(  # 'by 2030', 'by March 2030', 'by Oct. 1, 2030'
        r"\b(?:" + "|".join(data["deadline_prepositions"]) + r")\s+(?:[\w.]+,?\s+){0,2}$", re.I
    )
    window = text[max(0, at - FUTURE_WINDOW) : at]
    before = re.split(r"[.!?;]\s+(?=[A-Z\"“])|\n", window)[-1]
    return bool(ahead.search(before) or deadline.search(before))


#: A month and a year with no day ("March 2027", "Sept. 2026").
MONTH_YEAR = re.compile(r"\b" + _MONTH + r",?\s+(?P<year>(?:19|20)\d{2})(?![\d%])")


def looked_ahead_horizon(text: str) -> dt.date | None:
    """The earliest day the text looks ahead to with its year written out ("stocks will be 7
    million tons by Sept. 30, 2026", "talks are set to resume in March 2027"): a story is filed
    before what it still expects, so a yearless dateline is not read after it. A month with no
    day bounds the story at its last day; a year alone bounds nothing."""
    days = []
    for pattern in DATE_PATTERNS[:2]:
        for m in pattern.finditer(text):
            month = MONTHS.get(m.group("month").lower())
            if month is None or not _looks_ahead(text, m.start()):
                continue
            with contextlib.suppress(ValueError):
                days.append(dt.date(int(m.group("year")), month, int(m.group("day"))))
    for m in MONTH_YEAR.finditer(text):
        month = MONTHS.get(m.group("month").lower())
        if month is None or not _looks_ahead(text, m.start()):
            continue
        days.append(_month_end(int(m.group("year")), month))
    return min(days, default=None)


def _month_end(year: int, month: int) -> dt.date:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def dateline_published(
    paragraph: str, today: dt.date | None = None, years: Iterable[int] = ()
) -> dt.date | None:
    """The day a wire dateline ("KYIV, Feb 23 (Agency) - ...") stands for.

    Without a year, the lead names the day of the story ("..., officials said on Thursday"): the
    dateline falls on that weekday in the latest such year not after `today` (a story is never
    from the future) and not before the latest year the page itself reports (`years`, from
    written_years). A story filed the next morning names the day before: when the weekday's own
    reading falls before the year after the latest reported one, and that year fits the
    next-morning reading, that year is taken (a story seldom writes out its own year). No
    weekday of the day itself: unknown.
    """
    m = WIRE_DATELINE.match(paragraph)
    if m is None:
        return None
    month = MONTHS.get(m.group("month").lower())
    if month is None:
        return None
    if m.group("year"):  # 'KYIV, Feb 23, 2024 (Wire) -': nothing to infer
        try:
            return dt.date(int(m.group("year")), month, int(m.group("day")))
        except ValueError:
            return None
    lead = _first_sentence(paragraph[m.end() :])
    weekday = _lead_weekday(lead)
    if weekday is None:
        return None
    today = today or dt.date.today()
    reported = max(_past_years(years, today), default=None)
    lowest = reported if reported is not None else today.year - DATELINE_YEARS_BACK
    found = _dateline_day(month, int(m.group("day")), (weekday,), range(today.year, lowest - 1, -1))
    own = found is not None and found.year in _own_years(lead)
    if reported is not None and not own and (found is None or found.year <= reported):
        nearby = (reported + 1, reported)  # the year after the one reported first
        after = _dateline_day(month, int(m.group("day")), (weekday, (weekday + 1) % 7), nearby)
        found = after if after is not None and after <= today else found
    return found if found is not None and found <= today else None


def _own_years(lead: str) -> set[int]:
    """Years the lead sentence gives its subject as its own ("the ministry raised its 2025
    forecast"): a possessive before a year names the current plan, budget or crop, so the story
    is of that year and the next-morning reading of a yearless dateline does not apply."""
    openers = "|".join(load_data("dates")["own_year_possessives"])
    own = re.compile(r"\b(?:" + openers + r")\s+((?:19|20)\d{2})(?![\d%])", re.I)
    return {int(m.group(1)) for m in own.finditer(lead)}


#: A live page's day heading, alone on its line and with no year: a weekday, then the day and
#: the month in either order ("FRIDAY, 6 MARCH", "Sunday 19 April", "Monday, Feb. 9", as said
#: aloud "Friday the 6th of March").
DAY_HEADING = re.compile(
    r"(?P<weekday>[A-Za-z]{3,9})\.?,?\s+(?:(?:the\s+)?(?P<day>\d{1,2})"
    + _SUFFIX
    + r"\s+(?:of\s+)?"
    + _MONTH
    + r"|(?P<month2>[A-Za-z]{3,9})\.?\s+(?P<day2>\d{1,2})"
    + _SUFFIX
    + r")"
)


def day_heading_published(
    line: str, today: dt.date | None = None, years: Iterable[int] = ()
) -> dt.date | None:
    """The day a yearless day heading stands for ("Wednesday, 11 February"): the latest year
    not after `today` in which that day falls on the weekday it names, and not before the
    latest year the page reports (`years`), as for a yearless dateline. A weekday that no such
    year agrees with leaves it unknown."""
    m = DAY_HEADING.fullmatch(line.strip())
    return None if m is None else _named_day(m, today, years)


def day_said_published(
    line: str, today: dt.date | None = None, years: Iterable[int] = ()
) -> dt.date | None:
    """The day a broadcast's opening words name with its weekday and no year ("Good evening,
    this is the late news on Friday the 6th of March"), read as a day heading is."""
    found = (_named_day(m, today, years) for m in DAY_HEADING.finditer(line))
    return next((day for day in found if day is not None), None)


def says_day(line: str) -> bool:
    """Whether the line names a day by its weekday, its day and its month, as said aloud or as a
    heading sets it ("Friday the 6th of March", "Sunday 19 April")."""
    data = load_data("dates")
    weekdays = {**data["weekdays"], **data["weekday_abbreviations"]}
    return any(
        m.group("weekday").lower() in weekdays
        and (m.group("month") or m.group("month2")).lower() in MONTHS
        for m in DAY_HEADING.finditer(line)
    )


def _named_day(m: re.Match[str], today: dt.date | None, years: Iterable[int]) -> dt.date | None:
    """The latest day not after `today` (nor before the latest year reported) on which the
    matched day and month fall on the matched weekday."""
    data = load_data("dates")
    weekdays = {**data["weekdays"], **data["weekday_abbreviations"]}  # 'Wed, 11 Feb' too
    weekday = weekdays.get(m.group("weekday").lower())
    month = MONTHS.get((m.group("month") or m.group("month2")).lower())
    if weekday is None or month is None:
        return None
    today = today or dt.date.today()
    lowest = max(_past_years(years, today), default=today.year - DATELINE_YEARS_BACK)
    day = int(m.group("day") or m.group("day2"))
    found = _dateline_day(month, day, (weekday,), range(today.year, lowest - 1, -1))
    return found if found is not None and found <= today else None


def _past_years(years: Iterable[int], today: dt.date) -> list[int]:
    """The reported years that can bound a story's own year: a year after `today`'s is a plan
    the page names ("to replant 5,000 ha a year through 2031") whatever word leads to it, and
    a story is never filed in a year still to come."""
    return [year for year in years if year <= today.year]


def _dateline_day(
    month: int, day: int, weekdays: tuple[int, ...], years: Iterable[int]
) -> dt.date | None:
    """The first of `years` in which month/day falls on one of `weekdays`."""
    for year in years:
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date.weekday() in weekdays:
            return date
    return None


def _first_sentence(text: str) -> str:
    """Up to the first full stop that ends a sentence: not one that ends an initial or an
    abbreviation ("The U.S. Treasury on Monday ...", "Gen. Ito said on Friday ...")."""
    abbreviations = {a.lower().rstrip(".") for a in load_data("dates")["abbreviations"]}
    for cut in SENTENCE_END.finditer(text):
        word = re.search(r"(\w+)\W*$", text[: cut.start()])
        last = word.group(1) if word else ""
        short_month = len(last) <= 4 and last.lower() in MONTHS  # 'Sept.', 'Jan.'
        if (len(last) == 1 and last.isupper()) or last.lower() in abbreviations or short_month:
            continue
        return text[: cut.start()]
    return text


def _lead_weekday(sentence: str) -> int | None:
    """The weekday the lead sentence names as the day of the report: one right after a reporting
    verb ("..., the governor said on Friday") first, else the first one of its own, not a bound
    or another week ("since Friday", "last Monday"): the report's own verb comes before what it
    announces ("X said on Thursday it would ... on Monday")."""
    data = load_data("dates")
    weekdays: dict[str, int] = data["weekdays"]
    other = {w.lower() for w in data["dateline_other_day"]}
    reporting = reporting_pasts()
    words = re.findall(r"[A-Za-z]+", sentence)
    own: list[tuple[int, bool]] = []
    for i, word in enumerate(words):
        day = weekdays.get(word.lower())
        if day is None or not word[0].isupper() or (i and words[i - 1].lower() in other):
            continue
        before = {w.lower() for w in words[max(0, i - 3) : i]}
        own.append((day, bool(before & reporting)))
    reported = [day for day, said in own if said]
    ranked = reported or [day for day, _ in own]
    return ranked[0] if ranked else None


def reporting_pasts() -> frozenset[str]:
    """Past forms of the speech verbs (claims/data/cues.json lemmas): 'said', 'announced'."""
    irregular: dict[str, str] = load_data("dates")["irregular_pasts"]
    return frozenset(
        irregular.get(v, v + "d" if v.endswith("e") else v + "ed")
        for v in load_data("cues")["speech_verbs"]
        if " " not in v
    )


CLOCK = re.compile(
    r"\b\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?", re.I
)
#: A revision note a stamp may end with ("Updated 5 hours ago", "edited an hour ago").
UPDATED_AGO = re.compile(
    r"\b(?:last\s+)?(?:updated|modified|edited|revised)\s*:?\s*(?:(?:\d+|an?|one)\s+"
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|just now)",
    re.I,
)
#: Words a date stamp may hold besides its date and clock time ("Thursday 13 March 2025 10.30 GMT").
STAMP_WORDS = frozenset({"at", "on", "a", "m", "p", "am", "pm", "gmt", "utc"})


def is_date_stamp(text: str) -> bool:
    """A line that is only a calendar date with its weekday, clock time and time zone: page
    metadata ("Thursday 13 March 2025 10.30 GMT", "March 13, 2025 at 10:12 a.m. EDT")."""
    found = find_date(text)
    if found is None:
        return False
    rest = CLOCK.sub(" ", text[: found[1]] + " " + text[found[2] :])
    rest = UPDATED_AGO.sub(" ", rest)
    data = load_data("dates")
    allowed = (
        STAMP_WORDS
        | {day[:n] for day in data["weekdays"] for n in (3, 4, 5, len(day))}  # 'Fri', 'Tues'
        | {w.lower() for zone in data["time_zones"] for w in zone.split()}
    )
    return all(w.lower() in allowed or is_("stamp_zone", w) for w in re.findall(r"[A-Za-z]+", rest))


#: A written-out day and month, day first ("18 February") or month first ("Feb. 18"), on one
#: line: a heading's month at a line's end and a figure opening the next line are no date.
DAY_MONTH = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?[^\S\n]+(?:of[^\S\n]+)?([A-Za-z]{3,9})\b")
#: The same day written in a masthead's own language, its month's name from the page-stamp data
#: and a Spanish or Portuguese "de" before it ('9 de julio de 2024', '4 mars 2026').
STAMP_DAY_MONTH = re.compile(r"\b\d{1,2}\.?[^\S\n]+(?:de[^\S\n]+)?([^\W\d_]{3,12})\b")
MONTH_DAY = re.compile(r"\b([A-Za-z]{3,9})\.?[^\S\n]+\d{1,2}(?:st|nd|rd|th)?\b(?![\d.,%])")


#: An all-numeric day and month with a year, slashed, dotted or dashed ("13/05/2025", "09.05.2025").
NUMERIC_DATE = re.compile(r"(?<!\d)(?<!\d[/.-])(\d{1,2})([/.-])(\d{1,2})\2\d{4}(?!\d)(?![/.-]\d)")


def _majority(day_first: int, month_first: int) -> str | None:
    if day_first == month_first:
        return None
    return "day_first" if day_first > month_first else "month_first"


def numeric_order(text: str) -> str | None:
    """The order the page's own numeric dates prove: one whose first number is over 12 is day
    first ("13/05/2025"), one whose second is over 12 month first ("05/13/2025"); None when they
    prove neither more."""
    day_first = month_first = 0
    for m in NUMERIC_DATE.finditer(text):
        first, second = int(m.group(1)), int(m.group(3))
        day_first += 12 < first <= 31 and 1 <= second <= 12
        month_first += 12 < second <= 31 and 1 <= first <= 12
    return _majority(day_first, month_first)


def _written_days(text: str) -> set[tuple[int, int]]:
    """(month, day) of every day the page writes out with its month's name, in either order,
    in English or, day first, in the language of its masthead's stamp."""
    days: set[tuple[int, int]] = set()
    for pattern, month_group in ((DAY_MONTH, 1), (MONTH_DAY, 1)):
        for m in pattern.finditer(text):
            month = MONTHS.get(m.group(month_group).lower())
            day = re.search(r"\d{1,2}", m.group())
            if month and day:
                days.add((month, int(day.group())))
    for m in STAMP_DAY_MONTH.finditer(text):
        if m.group(1).lower() not in MONTHS:
            month = _page_stamp_months().get(m.group(1).lower())
            day = re.search(r"\d{1,2}", m.group())
            if month and day:
                days.add((month, int(day.group())))
    return days


def _echoed_order(text: str) -> str | None:
    """The order a numeric date takes when the page also writes that day out: a wire stamp
    '04/09/2026' over a dateline 'Sept 4' is day first, since only that reading is the same day."""
    written = _written_days(text)
    day_first = month_first = 0
    for m in NUMERIC_DATE.finditer(text):
        first, second = int(m.group(1)), int(m.group(3))
        if first == second or first > 12 or second > 12:
            continue  # one reading only, or both alike: numeric_order's business
        day_first += (second, first) in written and (first, second) not in written
        month_first += (first, second) in written and (second, first) not in written
    return _majority(day_first, month_first)


#: A diary's day heading alone on its line: its weekday, month and day ('WEDNESDAY, JUNE 4').
DIARY_DAY = re.compile(r"^([A-Za-z]+),?\s+([A-Za-z]{3,9})\.?\s+(\d{1,2})\s*$", re.M)
DIARY_MIN_DAYS = 2
DIARY_LEAD_DAYS = 14  # a diary is stamped at most this many days before its first day


def _diary_order(text: str) -> str | None:
    """The order that stamps a diary shortly before the days it sets out under weekday headings
    ('TUESDAY, JUNE 3', 'WEDNESDAY, JUNE 4'), when only one reading of its numeric stamp does: a
    diary looks ahead from its stamp, whatever order it writes its days in."""
    weekdays = load_data("dates")["weekdays"]
    days = [
        (MONTHS[m[2].lower()], int(m[3]))
        for m in DIARY_DAY.finditer(text)
        if m[1].lower() in weekdays and m[2].lower() in MONTHS
    ]
    stamp = NUMERIC_DATE.search(text)
    if len(days) < DIARY_MIN_DAYS or stamp is None:
        return None
    first, second, year = int(stamp[1]), int(stamp[3]), int(stamp[0][-4:])
    with contextlib.suppress(ValueError):
        start = min(dt.date(year, month, day) for month, day in days)
        ahead = {
            order: 0 <= (start - dt.date(year, month, day)).days <= DIARY_LEAD_DAYS
            for order, month, day in (("day_first", second, first), ("month_first", first, second))
            if month <= 12 and day <= 31
        }
        fits = [order for order, ok in ahead.items() if ok]
        return fits[0] if len(fits) == 1 else None
    return None


def slash_order(text: str) -> str | None:
    """The order a page writes its all-numeric dates in, from the strongest evidence it holds:
    its numeric dates that only one order can read ("13/05/2025"); then dotted dates, which are
    day first wherever they are written ("09.05.2025"); then its written-out dates, "18 February"
    day first, "February 18" month first (weaker: a report may quote an agency's style); last, a
    stamp's words in a language that writes day first ("mise à jour", "actualizado"). None when
    the page shows none of these, and the caller's default applies."""
    proved = numeric_order(text) or _echoed_order(text)
    if proved is not None:
        return proved
    if any(m.group(2) == "." for m in NUMERIC_DATE.finditer(text)):
        return "day_first"
    diary = _diary_order(text)
    if diary is not None:
        return diary
    day_first = sum(m.group(1).lower() in MONTHS for m in DAY_MONTH.finditer(text))
    month_first = sum(m.group(1).lower() in MONTHS for m in MONTH_DAY.finditer(text))
    written = _majority(day_first, month_first)
    if written is None and _day_first_words().search(text):
        return "day_first"  # 'mise à jour 05/03/2026': a stamp in a language that writes day first
    return written


@cache
def _day_first_words() -> re.Pattern[str]:
    """A stamp's words in a language whose numeric dates are always day first (data:
    day_first_stamp_words)."""
    words = load_data("page_furniture")["day_first_stamp_words"]
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.I)


#: The authors' email addresses a byline may close with ("By Ana Ruiz aruiz@example.com").
EMAILS_AFTER = re.compile(r"(?:[\s,|;]+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)+\s*$")


def without_emails(text: str) -> str:
    """The byline without the email addresses it closes with: they name no one else."""
    return EMAILS_AFTER.sub("", text)


def _split_authors(text: str) -> list[str]:
    text = TAIL.sub("", without_emails(text)).strip(" ,|·•-—")
    parts = re.split(r"\s*(?:,|\band\b|&|\|)\s*|\s{2,}", text)  # a gap of spaces: a job after it
    names = [p.strip(" .") for p in parts if p.strip(" .")]
    return names[:1] + [n for n in names[1:] if not _role(n)]


def _role(piece: str) -> bool:
    """An author's job or base after a comma ("Science correspondent", "in Nairobi"), which is
    not a second author."""
    return is_("byline_role", piece)


def parse_byline(line: str) -> Byline:
    """Authors before the date, the date itself; an author like "X news desk" also names the outlet."""
    out = Byline()
    body = LEAD.sub("", line.strip())
    found = find_date(body)
    head = body
    if found:
        start = found[1]
        out.published = publication_date(line.strip())
        head = body[:start]
    if not line.strip().lower().startswith("by"):
        return out
    pieces = [p.strip() for p in head.split("|")]
    out.authors = _split_authors(pieces[0])
    extra = [p for p in pieces[1:] if p and not find_date(p)]
    if extra:
        out.outlet = extra[0]
    for author in out.authors:
        m = OUTLET_SUFFIX.match(author)
        if m and out.outlet is None:
            out.outlet = m.group("outlet")
    return out
