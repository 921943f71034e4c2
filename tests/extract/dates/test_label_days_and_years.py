"""Fact-box shorthand: two abbreviated weekdays joined by a dash ('Wed-Thu', '(Mon–Fri)') are
one span over both days; a label's year value may carry a bracketed note ('Built: 1998
(Japan)'). A lone abbreviation ('Sun', 'Wed') is no date: it is a word or a name too."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import THU_14_AUG_2025, WED_12_MAR_2025, resolved


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        ("Flights cancelled (Mon-Tue): 140", "Mon-Tue", "2025-08-11", "2025-08-12"),
        ("Sat-Sun visitors: 12,000", "Sat-Sun", "2025-08-09", "2025-08-10"),
        ("Border queues (Wed–Thu): up to 9 hours", "Wed–Thu", "2025-08-13", "2025-08-14"),
        ("Trains running TUE-WED: 1 in 3", "TUE-WED", "2025-08-12", "2025-08-13"),
    ],
)
def test_two_abbreviated_weekdays_joined_by_a_dash_are_one_span(
    text: str, surface: str, start: str, end: str
) -> None:
    assert (surface, start, end, "other") in resolved(text, THU_14_AUG_2025)


@pytest.mark.parametrize(
    "text",
    [
        "The Sun reported the deal on its front page.",
        "She sat on the board until the couple wed in Rome.",
        "Shops open Mon to Sat from 9am.",
    ],
)
def test_a_lone_abbreviation_is_no_date(text: str) -> None:
    assert resolved(text, THU_14_AUG_2025) == []


@pytest.mark.parametrize(
    ("text", "surface", "year"),
    [
        ("Built: 1998 (Japan)", "1998", "1998"),
        ("Founded: 1954 (as a state firm)", "1954", "1954"),
        ("Launched: 2011 (Korea)", "2011", "2011"),
        ("Last overhaul: 2019 (dry dock)", "2019", "2019"),
    ],
)
def test_a_label_year_with_a_bracketed_note_is_a_date(text: str, surface: str, year: str) -> None:
    assert (surface, f"{year}-01-01", f"{year}-12-31", "year") in resolved(text, WED_12_MAR_2025)
