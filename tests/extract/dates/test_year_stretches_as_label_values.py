"""A label line whose value is two years joined by 'to', 'until' or 'through' ('Tenor: 2027 to
2041') is one stretch over both years, as 'from 2027 to 2041' is; a score or a count after a
label is no date."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import WED_12_MAR_2025, resolved


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        ("Key terms\nTenor: 2027 to 2041\nStake: 51%", "2027 to 2041", "2027-01-01", "2041-12-31"),
        ("Concession period: 2027 to 2052", "2027 to 2052", "2027-01-01", "2052-12-31"),
        ("Loan tenor: 2026 until 2036", "2026 until 2036", "2026-01-01", "2036-12-31"),
        (
            "Programme years: 2024 through 2028\nBudget: $40m",
            "2024 through 2028",
            "2024-01-01",
            "2028-12-31",
        ),
    ],
)
def test_a_label_value_of_two_years_is_one_stretch(
    text: str, surface: str, start: str, end: str
) -> None:
    assert (surface, start, end, "other") in resolved(text, WED_12_MAR_2025)


@pytest.mark.parametrize("text", ["Final score: 2 to 1", "Seats won: 120 to 95"])
def test_a_label_value_of_small_numbers_is_no_date(text: str) -> None:
    assert resolved(text, WED_12_MAR_2025) == []
