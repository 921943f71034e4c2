"""Shared look-ups and publication days for the date tests. Each constant is named by its own
weekday and date, so a case reads which day it is resolved against."""

from __future__ import annotations

import datetime as dt

from claims.extract.dates.finder import fiscal_home, iter_dates

WED_16_AUG_2023 = dt.date(2023, 8, 16)
TUE_02_APR_2024 = dt.date(2024, 4, 2)
WED_12_JUN_2024 = dt.date(2024, 6, 12)
FRI_28_JUN_2024 = dt.date(2024, 6, 28)
THU_10_OCT_2024 = dt.date(2024, 10, 10)
THU_12_DEC_2024 = dt.date(2024, 12, 12)
THU_06_FEB_2025 = dt.date(2025, 2, 6)
WED_12_MAR_2025 = dt.date(2025, 3, 12)
THU_13_MAR_2025 = dt.date(2025, 3, 13)
FRI_14_MAR_2025 = dt.date(2025, 3, 14)
TUE_20_MAY_2025 = dt.date(2025, 5, 20)
TUE_10_JUN_2025 = dt.date(2025, 6, 10)
THU_26_JUN_2025 = dt.date(2025, 6, 26)
THU_14_AUG_2025 = dt.date(2025, 8, 14)
TUE_02_SEP_2025 = dt.date(2025, 9, 2)
WED_24_SEP_2025 = dt.date(2025, 9, 24)
SUN_28_SEP_2025 = dt.date(2025, 9, 28)
THU_06_NOV_2025 = dt.date(2025, 11, 6)


def spans(text: str, published: dt.date | None) -> list[tuple[str, str, str]]:
    """(span text, start, end) of every date found; the span leaves out a leading preposition."""
    return [
        (text[m.start : m.end], str(r.start), str(r.end)) for m, r in iter_dates(text, published)
    ]


def surface_spans(text: str, published: dt.date | None) -> list[tuple[str, str, str]]:
    """(surface, start, end) of every date found; the surface keeps 'since', 'as of' and the like."""
    return [
        (text[m.surface_start : m.end], str(r.start), str(r.end))
        for m, r in iter_dates(text, published)
    ]


def one(text: str, published: dt.date | None) -> tuple[str, str, str]:
    """The only date found, as in `spans`."""
    [found] = spans(text, published)
    return found


def surfaces(text: str, published: dt.date) -> list[str]:
    """The span text of every date found."""
    return [text[m.start : m.end] for m, _ in iter_dates(text, published)]


def days(text: str, context: str | None, published: dt.date) -> list[tuple[str, str]]:
    """(span text, start day) of every date found, with `context` as the text before `text`."""
    return [(text[m.start : m.end], str(r.start)) for m, r in iter_dates(text, published, context)]


def resolved(text: str, published: dt.date | None) -> list[tuple[str, str | None, str | None, str]]:
    """(surface, start, end, granularity) of every date found."""
    return [
        (
            text[m.surface_start : m.end],
            str(r.start) if r.start else None,
            str(r.end) if r.end else None,
            r.granularity,
        )
        for m, r in iter_dates(text, published)
    ]


def spans_at_home(text: str, published: dt.date) -> list[tuple[str, str, str]]:
    """Every date's text, start and end, read with the fiscal year of the page's home state."""
    home = fiscal_home(text)
    return [
        (text[m.start : m.end], str(r.start), str(r.end))
        for m, r in iter_dates(text, published, home=home)
    ]
