"""Short forms of dates: a month or day "of last year", and an edge of the current year
written as one word ("by year-end", "at year-end"; a report's "at month-end" is its own month's)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import resolved

WED_15_OCT_2025 = dt.date(2025, 10, 15)


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "He took office in January of last year.",
            "January of last year",
            "2024-01-01",
            "2024-01-31",
        ),
        (
            "The law took effect on 4 May of last year.",
            "on 4 May of last year",
            "2024-05-04",
            "2024-05-04",
        ),
        (
            "Elections are due in March of next year.",
            "March of next year",
            "2026-03-01",
            "2026-03-31",
        ),
        ("The plant opened in June of this year.", "June of this year", "2025-06-01", "2025-06-30"),
    ],
)
def test_a_month_or_day_of_last_year(text: str, surface: str, start: str, end: str) -> None:
    assert (surface, start, end) in [r[:3] for r in resolved(text, WED_15_OCT_2025)]


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        ("Deliveries are due by year-end.", "by year-end", "2025-12-31"),
        ("The tax on fuel rises at year-end.", "at year-end", "2025-12-31"),
        ("The fund expects to close the sale before year-end.", "before year-end", "2025-12-31"),
        ("The new tariff takes effect at year-end.", "at year-end", "2025-12-31"),
    ],
)
def test_an_edge_of_the_current_year_in_one_word(text: str, surface: str, day: str) -> None:
    assert resolved(text, WED_15_OCT_2025) == [(surface, day, day, "day")]
