"""'the full year 2026' (whole, entire, calendar) is that year; a bare 'the full year' is left
alone (the dev gold mostly marks it unsure or not at all), and 'a full year' is a duration."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

WED_29_OCT_2025 = dt.date(2025, 10, 29)


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "The miner now sees shipments slipping 2% for the full year 2026.",
            "the full year 2026",
            "2026-01-01",
            "2026-12-31",
        ),
        (
            "Rainfall for the entire year 2024 was the lowest on record.",
            "the entire year 2024",
            "2024-01-01",
            "2024-12-31",
        ),
        (
            "Across the whole year 2023, the port handled fewer ships than in 2022.",
            "the whole year 2023",
            "2023-01-01",
            "2023-12-31",
        ),
        (
            "Guidance for the calendar year 2027 was left unchanged.",
            "the calendar year 2027",
            "2027-01-01",
            "2027-12-31",
        ),
    ],
)
def test_the_full_year_with_its_year_is_that_year(
    text: str, surface: str, start: str, end: str
) -> None:
    assert (surface, start, end) in surface_spans(text, WED_29_OCT_2025)


@pytest.mark.parametrize(
    "text",
    [
        "The reactor ran for a full year without a stop.",
        "We budgeted $9 million for the full year.",
    ],
)
def test_no_year_no_date(text: str) -> None:
    assert surface_spans(text, WED_29_OCT_2025) == []
