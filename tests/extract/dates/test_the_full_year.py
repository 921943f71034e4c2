"""'the full year' (whole, entire) at a clause's end is the whole year the text spoke of last, else
the publication year; with a year written after it ('the full year 2027') it is that year. 'a
full year' is a duration, no date."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

WED_29_OCT_2025 = dt.date(2025, 10, 29)


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "The minister expects about 20 million visitors for the full year, a record.",
            "the full year",
            "2025-01-01",
            "2025-12-31",
        ),
        (
            "Revenue rose 4% in the third quarter of 2024, and the group raised its outlook for"
            " the full year.",
            "the full year",
            "2024-01-01",
            "2024-12-31",
        ),
        (
            "Across the whole year, the airline lost less money than it had feared.",
            "the whole year",
            "2025-01-01",
            "2025-12-31",
        ),
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
    ],
)
def test_the_full_year_is_a_whole_year(text: str, surface: str, start: str, end: str) -> None:
    assert (surface, start, end) in surface_spans(text, WED_29_OCT_2025)


def test_a_full_year_is_a_duration() -> None:
    assert surface_spans("The reactor ran for a full year without a stop.", WED_29_OCT_2025) == []
