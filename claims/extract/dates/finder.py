"""Date expressions ("on April 2", "Oct. 13", "in February 2024", "last year", "on Tuesday",
"mid-2024", "between March and May", "since 2014") found in text and resolved to inclusive ISO
start/end against the publication date (claims.dateresolve does the calendar arithmetic).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from claims.extract.dates.resolve import Resolved, resolve
from claims.resources import load_data

YEAR = r"(?:1[89]\d\d|20\d\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
PART = r"(?:early|mid|late)"
UNIT = r"(?:week|month|year|weekend)"
FUTURE_CUE = re.compile(
    r"\b(?:will|shall|is to|are to|takes? effect|scheduled|due to|expected to|plans? to|"
    r"enters? into force|comes? into force|appl(?:y|ies)(?:\s+from)?|effective(?:\s+from)?)\b",
    re.I,
)
FUTURE = re.compile(
    r"\b(?:until|till|expects?|expected|scheduled|due|will|set to|upcoming|by the end of)"
    r"\s+(?:\w+\s+){0,3}(?:on|in|by)?\s*$|\b(?:until|till)\s",
    re.I,
)


@cache
def _month_re() -> str:
    names = sorted(load_data("dates")["months"], key=len, reverse=True)
    alts = "|".join(
        n.capitalize() + (r"\b\.?" if len(n) <= 4 and n != "may" else r"\b") for n in names
    )
    return rf"(?:{alts})"


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    """(kind, pattern) in priority order; each pattern's group 'x' is the date words to span."""
    m, wd = _month_re(), r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    words = "on|in|since|by|until|till|during|from|through|throughout|before|after|as of|around|at"
    prep = rf"(?:\b(?P<prep>(?i:{words}))\s+)?"
    raw = [
        (
            "month_range",
            rf"\bbetween\s+(?P<x>(?P<m1>{m})(?:,?\s+(?P<y1>{YEAR}))?\s+and\s+(?P<m2>{m})(?:,?\s+(?P<y>{YEAR}))?)",
        ),
        (
            "month_range",
            rf"\b(?:from\s+)(?P<x>(?P<m1>{m})(?:,?\s+(?P<y1>{YEAR}))?\s+(?:to|until|through)\s+(?P<m2>{m})(?:,?\s+(?P<y>{YEAR}))?)",
        ),
        ("iso", rf"{prep}(?P<x>(?P<y>{YEAR})-(?P<mo>[01]\d)-(?P<d>[0-3]\d))\b"),
        (
            "year_range",
            rf"\b(?:between|from)\s+(?P<x>(?P<y1>{YEAR})\s+(?:and|to|until|through)\s+(?P<y2>{YEAR}))\b",
        ),
        (
            "year_range",
            rf"{prep}(?P<x>(?P<y1>{YEAR})\s?[-–]\s?(?P<y2>{YEAR}|\d\d))\b(?!\s*(?:%|percent)|-\d)",
        ),
        (
            "day_range",
            rf"{prep}(?P<x>(?P<m>{m})\s+(?P<d>{DAY})\s?[-–]\s?(?P<d2>{DAY})\b"
            rf"(?:,?\s+(?P<y>{YEAR})\b)?)",
        ),
        (
            "day_range",
            rf"{prep}(?P<x>(?P<d>{DAY})\s?[-–]\s?(?P<d2>{DAY})\s+(?P<m>{m})"
            rf"(?:,?\s+(?P<y>{YEAR})\b)?)",
        ),
        ("decade", r"\b(?P<x>(?:the\s+)?(?P<dec>(?:18|19|20)\d0)s)\b"),
        (
            "month_day",
            rf"{prep}(?P<x>(?:{wd},?\s+)?(?P<m>{m})\s+(?P<d>{DAY})\b(?:,?\s+(?P<y>{YEAR})\b)?)(?!\s*(?:%|,\d|\.\d|:\d))",
        ),
        (
            "day_month",
            rf"{prep}(?P<x>(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{m})(?:,?\s+(?P<y>{YEAR})\b)?)",
        ),
        ("part_month", rf"{prep}(?P<x>(?P<part>{PART})[- ](?P<m>{m})(?:,?\s+(?P<y>{YEAR})\b)?)"),
        ("month_year", rf"{prep}(?P<x>(?P<m>{m}),?\s+(?P<y>{YEAR}))\b"),
        (
            "quarter",
            rf"{prep}(?P<x>(?:the\s+)?(?P<ord>(?i:first|second|third|fourth|last|final))\s+(?P<part>(?i:quarter|half))\s+of\s+(?:(?P<y>{YEAR})|(?P<rel>(?i:this|last|next))\s+year))",
        ),
        ("quarter", rf"\b(?P<x>(?P<q>Q[1-4]|H[12])\s+(?P<y>{YEAR}))\b"),
        (  # 'in the third quarter': the latest such quarter begun by publication
            "quarter",
            rf"{prep}(?P<x>the\s+(?P<ord>(?i:first|second|third|fourth))\s+(?P<part>(?i:quarter)))\b(?!\s+of\b)",
        ),
        ("part_year", rf"{prep}(?P<x>(?:the\s+)?(?P<part>{PART})[- ](?P<y>{YEAR}))\b"),
        ("month_rel_year", rf"\b(?P<x>(?P<m>{m})\s+(?P<rel>(?i:last|this|next))\s+year)\b"),
        (
            "season",
            rf"{prep}(?P<x>(?:the\s+)?(?P<season>(?i:spring|summer|autumn|fall|winter))\s+(?:of\s+)?(?P<y>{YEAR}))\b",
        ),
        (
            "season",
            r"\b(?P<x>(?P<rel>(?i:last|this|next))\s+(?P<season>(?i:spring|summer|autumn|fall|winter)))\b",
        ),
        (
            "month",
            rf"\b(?P<prep>(?i:in|since|by|until|during|through|before|after|of|early|late|mid|last|this|next))[\s-]+(?P<x>(?P<m>{m}))(?!\s*\d)",
        ),
        (
            "year",
            rf"\b(?P<prep>(?i:in|since|by|until|till|during|through|throughout|from|before|after|of|around|early|late|mid))\s+(?P<x>(?P<y>{YEAR}))\b(?!\s*(?:%|[-–]\d|,\d))",
        ),
        ("weekday", rf"{prep}(?P<x>(?P<rel>last|this|next)?\s*(?P<wd>{wd}))\b"),
        ("relative", r"\b(?P<x>(?P<word>yesterday|today|tonight))\b(?!'s|’s)"),
        (
            "relative_unit",
            rf"\b(?P<x>(?P<mod>earlier|later)\s+(?:in\s+|on\s+)?(?:this|the)\s+(?P<unit>{UNIT}))\b",
        ),
        (
            "relative_unit",
            rf"\b(?P<x>(?P<rel>last|this|next|past)\s+(?P<unit>{UNIT}))\b(?!\s*'s|’s)",
        ),
        (
            "ago",
            r"\b(?P<x>(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>day|week|month|year)s?\s+ago)\b",
        ),
    ]
    return [
        (kind, re.compile(pattern, re.IGNORECASE if kind.startswith(("relative", "ago")) else 0))
        for kind, pattern in raw
    ]


@dataclass(frozen=True)
class DateMatch:
    """A date expression in some text: span (the date words), surface (with its preposition)."""

    kind: str
    start: int
    end: int
    surface_start: int
    fields: dict[str, str]

    def resolve(self, published: dt.date | None) -> Resolved:
        return resolve(self.kind, self.fields, published)


def find_dates(text: str) -> list[DateMatch]:
    """Non-overlapping date expressions in text, earlier patterns winning ties."""
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _patterns():
        for m in pattern.finditer(text):
            start, end = m.span("x")
            surface_start = m.start()
            if any(s < end and start < e for s, e in taken):
                continue
            fields = {k: v for k, v in m.groupdict().items() if v is not None}
            if kind == "weekday" and not _weekday_ok(text, m):
                continue
            if FUTURE.search(text[max(0, surface_start - 40) : start]):
                fields["future"] = "1"
            elif FUTURE_CUE.search(_sentence_before(text, surface_start)):
                fields["future_cue"] = "1"
            if fields.get("prep", "").lower() in ("from", "until", "till", "by"):
                fields["soon"] = "1"
            found.append(DateMatch(kind, start, end, surface_start, fields))
            taken.append((surface_start, end))
    found.sort(key=lambda d: d.start)
    return found


def _sentence_before(text: str, pos: int) -> str:
    """The text of the sentence before position pos (up to 200 characters)."""
    window = text[max(0, pos - 200) : pos]
    cut = max(window.rfind(". "), window.rfind("! "), window.rfind("? "))
    return window[cut + 1 :] if cut >= 0 else window


def _weekday_ok(text: str, m: re.Match[str]) -> bool:
    """A weekday is a date unless it names something else ("Black Friday", "Sunday Times")."""
    before = text[max(0, m.start() - 6) : m.start()]
    after = text[m.end() : m.end() + 8]
    return not re.search(r"(?:Black|Good|Cyber|Bloody)\s*$", before) and not re.match(
        r"\s+(?:Times|Telegraph|Mirror|Express|Morning|Night|Star|Post|Service)\b", after
    )


def iter_dates(text: str, published: dt.date | None) -> Iterator[tuple[DateMatch, Resolved]]:
    for match in find_dates(text):
        yield match, match.resolve(published)
