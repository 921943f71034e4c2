"""'last Wednesday' names the most recent Wednesday at least two days before publication (on a
Thursday a writer says 'yesterday' rather than 'last Wednesday', so that one is a week further
back); 'last October' is the October before the current one, so a page from October speaks of
the year before."""

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
FRI_30_JAN_2026 = dt.date(2026, 1, 30)
MON_02_FEB_2026 = dt.date(2026, 2, 2)


@pytest.mark.parametrize(
    ("text", "published", "surface", "day"),
    [
        (
            "Last Tuesday, the rail operator said the line would reopen.",
            FRI_30_JAN_2026,
            "Last Tuesday",
            "2026-01-27",
        ),
        (
            "The union had voted last Wednesday to strike.",
            FRI_30_JAN_2026,
            "last Wednesday",
            "2026-01-28",
        ),
        (
            "Two barges ran aground last Thursday near the lock.",
            FRI_30_JAN_2026,
            "last Thursday",
            "2026-01-22",
        ),
        (
            "Talks broke down last Sunday, officials said.",
            MON_02_FEB_2026,
            "last Sunday",
            "2026-01-25",
        ),
        (
            "Shares were suspended last Friday after the filing.",
            MON_02_FEB_2026,
            "last Friday",
            "2026-01-30",
        ),
    ],
)
def test_last_weekday_skips_yesterday_and_today(
    text: str, published: dt.date, surface: str, day: str
) -> None:
    assert (surface, day, day, "day") in resolved(text, published)


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
            "2025-11-04",
        ),
        ("Copper fell 3% last Monday after the strike ended.", "last Monday", "2025-11-03"),
        (
            "The talks, held last Friday in Vienna, ended without a deal.",
            "last Friday",
            "2025-10-31",
        ),
        ("A second tanker was detained last Thursday.", "last Thursday", "2025-10-30"),
    ],
)
def test_last_weekday_is_the_latest_one_before_yesterday(text: str, surface: str, day: str) -> None:
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
