"""'last Wednesday' names that weekday of the calendar week before publication (a writer says
plain 'Wednesday' for a day of the current week); 'last October' is the October before the
current one, so a page from October speaks of the year before."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import (
    SUN_28_SEP_2025,
    THU_06_NOV_2025,
    WED_24_SEP_2025,
    resolved,
)

TUE_06_OCT_2026 = dt.date(2026, 10, 6)


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        (
            "The growers' board said last Wednesday that it would cut prices.",
            "last Wednesday",
            "2025-10-29",
        ),
        (
            "Last Tuesday, inspectors boarded two trawlers off the coast.",
            "Last Tuesday",
            "2025-10-28",
        ),
        ("Copper fell 3% last Monday after the strike ended.", "last Monday", "2025-10-27"),
        (
            "The talks, held last Friday in Vienna, ended without a deal.",
            "last Friday",
            "2025-10-31",
        ),
        ("A second tanker was detained last Thursday.", "last Thursday", "2025-10-30"),
    ],
)
def test_last_weekday_is_that_day_of_the_week_before(text: str, surface: str, day: str) -> None:
    assert (surface, day, day, "day") in resolved(text, THU_06_NOV_2025)


@pytest.mark.parametrize(
    ("text", "published", "surface", "start", "end"),
    [
        (
            "Last October, the Treasury designated two of the firms.",
            TUE_06_OCT_2026,
            "Last October",
            "2025-10-01",
            "2025-10-31",
        ),
        (
            "The regulator fined the bank last September for weak checks.",
            WED_24_SEP_2025,
            "last September",
            "2024-09-01",
            "2024-09-30",
        ),
        (
            "Output peaked last September, the mine said.",
            SUN_28_SEP_2025,
            "last September",
            "2024-09-01",
            "2024-09-30",
        ),
        (
            "Exports rose 4% last August, customs data show.",
            WED_24_SEP_2025,
            "last August",
            "2025-08-01",
            "2025-08-31",
        ),
        (
            "The port handled 1.2 million containers last March.",
            TUE_06_OCT_2026,
            "last March",
            "2026-03-01",
            "2026-03-31",
        ),
    ],
)
def test_last_month_is_the_one_before_the_current_month(
    text: str, published: dt.date, surface: str, start: str, end: str
) -> None:
    assert (surface, start, end, "month") in resolved(text, published)
