"""An indefinite weekday that a month phrase places ('on a Tuesday in February', 'one Friday
morning last July'): a day of that month left unnamed, so only the month is a date; a definite
weekday before a place ('on Tuesday in Lyon') stays a day."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import spans

PUBLISHED = dt.date(2026, 3, 11)


@pytest.mark.parametrize(
    ("text", "month", "start", "end"),
    [
        (
            "The board met on a Thursday in January to settle the fee.",
            "January",
            "2026-01-01",
            "2026-01-31",
        ),
        (
            "One Sunday evening last October the dam's spillway failed.",
            "October",
            "2025-10-01",
            "2025-10-31",
        ),
        (
            "The takeover was sealed on a Wednesday late in November.",
            "November",
            "2025-11-01",
            "2025-11-30",
        ),
        (
            "Inspectors arrived on a Saturday in February without notice.",
            "February",
            "2026-02-01",
            "2026-02-28",
        ),
    ],
)
def test_an_indefinite_weekday_leaves_the_month(
    text: str, month: str, start: str, end: str
) -> None:
    found = spans(text, PUBLISHED)
    assert (month, start, end) in found
    assert not any(s.endswith("day") for s, _, _ in found), found


def test_a_definite_weekday_before_a_place_stays_a_day() -> None:
    assert spans("The ferry docked on Tuesday in Lyon.", PUBLISHED) == [
        ("Tuesday", "2026-03-10", "2026-03-10")
    ]
