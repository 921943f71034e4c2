"""A line that is only a box's label with the time it covers, a ranking or a listing over other
items ('Most viewed this week') or a broadcast's line-up naming its channel ('Tonight on
Channel 9: ...'), is the page's furniture: no date claim; a sentence keeps its day."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import spans

PUBLISHED = dt.date(2026, 5, 13)


@pytest.mark.parametrize(
    "text",
    [
        "Most viewed this week\nFerry fares to rise",
        "Trending today\nPort strike ends",
        "Coming up this month",
        "Tonight on Harbour TV: 19:00 News · 19:30 Weather",
        "ON CITY RADIO TONIGHT\n21:00 Late Debate",
        "On Channel 5 this week:",
    ],
)
def test_a_box_label_naming_its_time_is_no_claim(text: str) -> None:
    assert spans(text, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Popular this week were the cheaper island ferries.", "this week"),
        ("Tonight on the coast road a convoy will pass.", "Tonight"),
        ("Today: the harbour master resigned.", "Today"),
        ("The minister speaks tonight on Harbour TV.", "tonight"),
    ],
)
def test_a_sentence_keeps_its_day(text: str, expected: str) -> None:
    assert expected in [s[0] for s in spans(text, PUBLISHED)]
