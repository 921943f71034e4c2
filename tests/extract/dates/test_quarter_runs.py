"""A run of quarters of one year ('the 1st-3rd quarter of 2025', 'Q1-Q3 2025'): one period, from
the first quarter's start to the last one's end."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

PUBLISHED = dt.date(2025, 11, 7)


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "In the 1st-3rd quarter of 2025, industrial production increased by 1.1%.",
            "In the 1st-3rd quarter of 2025",
            "2025-01-01",
            "2025-09-30",
        ),
        (
            "Output rose 3% in Q1-Q3 2025, the office said.",
            "in Q1-Q3 2025",
            "2025-01-01",
            "2025-09-30",
        ),
        (
            "Sales fell in the first to third quarters of 2024.",
            "in the first to third quarters of 2024",
            "2024-01-01",
            "2024-09-30",
        ),
        (
            "Exports had grown during the 2nd–4th quarter of 2023.",
            "during the 2nd–4th quarter of 2023",
            "2023-04-01",
            "2023-12-31",
        ),
    ],
)
def test_a_run_of_quarters_is_one_period(text: str, surface: str, start: str, end: str) -> None:
    assert surface_spans(text, PUBLISHED) == [(surface, start, end)]
