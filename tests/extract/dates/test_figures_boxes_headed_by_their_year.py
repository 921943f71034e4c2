"""A box of label lines headed by its year ('Key figures 2025' over 'Revenue: ...') dates its
figures to that year (dates.json 'figures_heading_nouns'); the same words with no label line
below are no heading."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import iter_dates_over_box
from tests.extract.dates.helpers import spans

WED_18_MAR_2026 = dt.date(2026, 3, 18)


@pytest.mark.parametrize(
    "text",
    [
        "Key figures 2025\nRevenue: QR 1.94 billion\nEmployees: 2,310",
        "Key figures 2025 (2024 in brackets)\nFatalities: 154 (175)\nInjuries: 1,397 (1,486)",
        "Highlights 2025\nPassengers carried: 2.1 million\nOn-time departures: 91%",
        "The year in numbers 2025\nShips handled: 1,204\nCargo: 9.8 million tonnes",
    ],
)
def test_a_figures_box_is_dated_by_its_heading_year(text: str) -> None:
    assert ("2025", "2025-01-01", "2025-12-31") in spans(text, WED_18_MAR_2026)


def test_a_heading_with_no_label_lines_below_is_no_box() -> None:
    text = "Key figures 2025\nThe port had a busy year, its chief said."
    assert spans(text, WED_18_MAR_2026) == []


@pytest.mark.parametrize(
    ("heading", "below"),
    [
        ("Key figures 2025", "\nNet sales: EUR 812 million\nStaff: 4,020"),
        ("Results 2025 (2024 in brackets)", "\nOperating profit: 64 (58)\nMargin: 7.9% (7.1%)"),
        ("Fleet statistics 2025", "\nAircraft in service: 36\nAverage age: 9.4 years"),
        ("Season highlights 2025", "\nMatches played: 38\nHome attendance: 612,000"),
    ],
)
def test_a_heading_read_alone_is_dated_by_the_label_line_below(heading: str, below: str) -> None:
    found = [
        (heading[m.start : m.end], str(r.start), str(r.end))
        for m, r in iter_dates_over_box(heading, below, WED_18_MAR_2026)
    ]
    assert ("2025", "2025-01-01", "2025-12-31") in found


@pytest.mark.parametrize(
    "below", ["\nThe port had a busy year, its chief said.", "\n\nNet sales: EUR 812 million", ""]
)
def test_a_heading_read_alone_with_no_label_line_right_below_is_no_box(below: str) -> None:
    assert list(iter_dates_over_box("Key figures 2025", below, WED_18_MAR_2026)) == []
