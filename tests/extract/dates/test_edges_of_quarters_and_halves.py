"""The start or end of a quarter or half ('at the end of the second quarter', 'by the start of
the fourth quarter of 2025'): that part's first or last day, one day as a quarter's edge is; a
yearless one is the latest whose edge is not after publication, or the coming one when the
text looks ahead."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

PUBLISHED = dt.date(2026, 3, 11)


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        (
            "The smelter will shut its second furnace at the end of the third quarter.",
            "at the end of the third quarter",
            "2026-09-30",
        ),
        (
            "Warehouse stocks were rebuilt by the end of the first half, the group said.",
            "by the end of the first half",
            "2025-06-30",
        ),
        (
            "Output had recovered by the start of the fourth quarter of 2025.",
            "by the start of the fourth quarter of 2025",
            "2025-10-01",
        ),
        (
            "The airline plans to retire its last turboprops at the end of the second quarter.",
            "at the end of the second quarter",
            "2026-06-30",
        ),
    ],
)
def test_an_edge_of_a_quarter_is_one_day(text: str, surface: str, day: str) -> None:
    assert (surface, day, day) in surface_spans(text, PUBLISHED)
