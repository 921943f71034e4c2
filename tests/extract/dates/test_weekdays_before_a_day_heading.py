"""A yearless day heading whose weekday stands right before it, a comma or a space between
('TUESDAY, MARCH 3', 'Saturday 6 June'): the weekday names the year, as it does when written
inside the day's span, so a diary's coming days are read ahead of publication."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import iter_dates


def dated(text: str, published: dt.date) -> list[tuple[str, str, str]]:
    return [
        (text[m.start : m.end], str(r.start), str(r.end)) for m, r in iter_dates(text, published)
    ]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "CITY DIARY\n\nTUESDAY, DECEMBER 9\nThe bank board meets.",
            dt.date(2025, 12, 8),
            "2025-12-09",
        ),
        (
            "WEDNESDAY, MARCH 4\nPolls close at noon in the by-election.",
            dt.date(2026, 3, 2),
            "2026-03-04",
        ),
        ("SATURDAY, JUNE 6\nThe harbour festival opens at ten.", dt.date(2026, 6, 1), "2026-06-06"),
        (
            "WEEK AHEAD\nMONDAY 12 JANUARY\nParliament returns from its recess.",
            dt.date(2026, 1, 9),
            "2026-01-12",
        ),
    ],
)
def test_the_weekday_before_a_heading_names_its_year(
    text: str, published: dt.date, day: str
) -> None:
    found = dated(text, published)
    assert [(a, b) for _, a, b in found] == [(day, day)], found
