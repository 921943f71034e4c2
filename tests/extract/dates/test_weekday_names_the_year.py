"""A yearless day and month written with its weekday ("Thursday 19 February"): the weekday
names the year, the one next to the plain reading in which the day falls on it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

PUBLISHED = dt.date(2026, 2, 17)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Valid: Thursday 19 February", "2026-02-19"),
        ("The ferry resumes on Monday, March 2, the operator said.", "2026-03-02"),
        ("Warnings stay in force until Saturday 21 February.", "2026-02-21"),
        ("The summit was held on Tuesday 18 February.", "2025-02-18"),
    ],
)
def test_the_weekday_picks_the_year(text: str, day: str) -> None:
    [(_, s, e)] = surface_spans(text, PUBLISHED)
    assert (s, e) == (day, day)


def test_a_weekday_that_no_nearby_year_agrees_with_leaves_the_reading() -> None:
    [(_, s, _)] = surface_spans("The report came out on Sunday 3 February.", PUBLISHED)
    assert s in ("2026-02-03", "2025-02-03")
