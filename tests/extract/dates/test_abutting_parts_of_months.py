"""Two parts of months joined by 'and' where the first ends the day before the second starts
('late October and early November') are one stretch, from the first part's start to the second
part's end, with or without 'between'; a yearless first part takes the year that makes them touch.
Parts that leave a gap ('early May and late June') stay two dates."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

FRI_01_MAY_2026 = dt.date(2026, 5, 1)


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "Heavy rain hit the coffee belt in late October and early November, growers said.",
            "in late October and early November",
            "2025-10-21",
            "2025-11-10",
        ),
        (
            "The research vessel will survey anchovy stocks in late March and early April.",
            "in late March and early April",
            "2027-03-21",
            "2027-04-10",
        ),
        (
            "The floods of late November and early December 2024 cut the rail line twice.",
            "of late November and early December 2024",
            "2024-11-21",
            "2024-12-10",
        ),
        (
            "Ports were shut in late December and early January as the storms passed.",
            "in late December and early January",
            "2025-12-21",
            "2026-01-10",
        ),
    ],
)
def test_abutting_parts_of_months_are_one_stretch(
    text: str, surface: str, start: str, end: str
) -> None:
    assert surface_spans(text, FRI_01_MAY_2026) == [(surface, start, end)]


def test_parts_with_a_gap_stay_two_dates() -> None:
    text = "Sales rose in early May and late June, the retailer said."
    assert len(surface_spans(text, FRI_01_MAY_2026)) == 2
