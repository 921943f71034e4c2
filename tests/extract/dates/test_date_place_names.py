"""A day and month right before a capitalised place noun ('traffic on 12 June Bridge') name the
place, not a day the text reports (dates.json date_place_nouns)."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import iter_dates

PUBLISHED = dt.date(2025, 6, 12)


def _spans(text: str) -> list[str]:
    return [text[m.start : m.end] for m, _ in iter_dates(text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two of the suspects rent offices in 9th of April District.", []),
        ("Protesters gathered on 15 May Bridge in the capital on Sunday.", ["Sunday"]),
        ("Traffic was closed at the 26 July Square near the port.", []),
        ("A flat on 3 August Street was searched on 3 June.", ["3 June"]),
        ("The new bridge opened on 3 June.", ["3 June"]),
    ],
)
def test_a_place_named_by_a_date_is_no_date(text: str, expected: list[str]) -> None:
    assert _spans(text) == expected
