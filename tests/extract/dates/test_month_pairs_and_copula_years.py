"""Two months joined by 'and' before a year they share are one stretch from the first month's
start to the second's end, whatever comes before them. A bare year that a date's noun is said to
be, closing its clause ('the deadline is 2031.'), is a date."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import spans

SAT_01_AUG_2026 = dt.date(2026, 8, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prices for June and July 2026 are estimates and may change.",
            ("June and July 2026", "2026-06-01", "2026-07-31"),
        ),
        (
            "Totals shown for October and November 2025 were revised upward.",
            ("October and November 2025", "2025-10-01", "2025-11-30"),
        ),
        (
            "The agency counted fewer visitors across January and February, 2026.",
            ("January and February, 2026", "2026-01-01", "2026-02-28"),
        ),
        (
            "Data covering March and April 2024 remain incomplete.",
            ("March and April 2024", "2024-03-01", "2024-04-30"),
        ),
    ],
)
def test_two_months_share_the_year_after_them(text: str, expected: tuple[str, str, str]) -> None:
    assert spans(text, SAT_01_AUG_2026) == [expected]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The bridge's completion date is 2031.", "2031"),
        ("The deadline was 2029, but it slipped again.", "2029"),
        ("Its handover year is now 2040, not 2038.", "2040"),
        ("The opening date will be 2032; the board agreed.", "2032"),
    ],
)
def test_a_year_a_date_noun_is_said_to_be(text: str, year: str) -> None:
    assert spans(text, SAT_01_AUG_2026) == [(year, f"{year}-01-01", f"{year}-12-31")]


def test_a_count_after_year_is_is_no_date() -> None:
    assert spans("The year is 2000 tonnes short of the plan.", SAT_01_AUG_2026) == []
