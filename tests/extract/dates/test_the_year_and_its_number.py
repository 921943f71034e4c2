"""'the year 2025' names that year, with or without a word that stresses the whole of it ('the
full year 2025', 'the calendar year 2024'), wherever it stands in its clause."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

WED_18_MAR_2026 = dt.date(2026, 3, 18)


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "Third: the corporate governance report for the year 2025.",
            "the year 2025",
            "2025-01-01",
            "2025-12-31",
        ),
        (
            "Sales at the chain fell 4% in the year 2024.",
            "the year 2024",
            "2024-01-01",
            "2024-12-31",
        ),
        (
            "The new plan covers the year 2027 and the two after it.",
            "the year 2027",
            "2027-01-01",
            "2027-12-31",
        ),
        (
            "Revenue for the full year 2025 rose 5%.",
            "the full year 2025",
            "2025-01-01",
            "2025-12-31",
        ),
    ],
)
def test_the_year_and_its_number(text: str, surface: str, start: str, end: str) -> None:
    assert surface_spans(text, WED_18_MAR_2026) == [(surface, start, end)]
