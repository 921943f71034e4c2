"""Two weekdays joined as a stretch with a clock time set off beside them are opening hours that
recur each week, no date; a stretch with a clock time at each end, or a weekday pair with no clock
time, stays a date."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import spans

SAT_01_AUG_2026 = dt.date(2026, 8, 1)


@pytest.mark.parametrize(
    "text",
    [
        "The help desk takes calls Monday through Friday, 9am to 5pm.",
        "Hours: 9:00-17:30, Monday to Thursday.",
        "Our kiosk opens Tuesday through Saturday (10:00-16:00).",
        "Call the advice line Wednesday to Sunday, from 8.30 a.m.",
    ],
)
def test_weekly_opening_hours_are_no_date(text: str) -> None:
    assert spans(text, SAT_01_AUG_2026) == []


def test_a_stretch_with_clock_times_at_its_ends_stays() -> None:
    assert spans("Tracks close from 8pm Friday to 8pm Saturday.", SAT_01_AUG_2026) == [
        ("Friday to 8pm Saturday", "2026-07-31", "2026-08-01")
    ]


def test_a_single_weekday_before_a_clock_range_stays() -> None:
    assert spans("Lines were busy on Friday, 9am to noon.", SAT_01_AUG_2026) == [
        ("Friday", "2026-07-31", "2026-07-31")
    ]
