"""A weekday written before an all-digit day ('on Tuesday 17/03/2026', 'Monday 09.03.2026') is
one date with it, as before a written day ('Tuesday 17 March'): one claim, not two."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import spans

WED_18_MAR_2026 = dt.date(2026, 3, 18)


@pytest.mark.parametrize(
    ("text", "span", "day"),
    [
        (
            "The annual meeting was held on Tuesday 17/03/2026 at 4:30 pm in Doha.",
            "Tuesday 17/03/2026",
            "2026-03-17",
        ),
        (
            "Dividends will be paid from Tuesday, 24/03/2026 to registered holders.",
            "Tuesday, 24/03/2026",
            "2026-03-24",
        ),
        (
            "The court adjourned the hearing on Monday 09.03.2026 until further notice.",
            "Monday 09.03.2026",
            "2026-03-09",
        ),
        (
            "Bids close on Friday 27/03/2026, the port authority said.",
            "Friday 27/03/2026",
            "2026-03-27",
        ),
    ],
)
def test_a_weekday_and_its_numeric_day_are_one_date(text: str, span: str, day: str) -> None:
    assert spans(text, WED_18_MAR_2026) == [(span, day, day)]
