"""'the same month' and 'the same year' name the whole month or year of the date the text spoke
of last, even when that was a day; 'the same month of 2025', 'the same month last year' and 'the
same month as ...' are other constructions."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

SUN_10_MAY_2026 = dt.date(2026, 5, 10)


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "In April the court banned the movement, and its leaders were added to the list the"
            " same month.",
            "the same month",
            "2026-04-01",
            "2026-04-30",
        ),
        (
            "The plant shut on 3 February; its owner filed for bankruptcy the same month.",
            "the same month",
            "2026-02-01",
            "2026-02-28",
        ),
        (
            "Prices peaked in March 2025 and the regulator capped them that same month.",
            "that same month",
            "2025-03-01",
            "2025-03-31",
        ),
        (
            "Two tankers were seized in late October 2025. The same month, the insurer dropped"
            " their cover.",
            "The same month",
            "2025-10-01",
            "2025-10-31",
        ),
        (
            "The law passed in 2022 and the first fines followed the same year.",
            "the same year",
            "2022-01-01",
            "2022-12-31",
        ),
        (
            "A new chief was named on 12 March 2024, and the board was dissolved later the same"
            " year.",
            "the same year",
            "2024-01-01",
            "2024-12-31",
        ),
    ],
)
def test_the_same_month_or_year_is_the_whole_period_spoken_of_last(
    text: str, surface: str, start: str, end: str
) -> None:
    assert (surface, start, end) in surface_spans(text, SUN_10_MAY_2026)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Exports rose in January, the same month as a new tariff.", "the same month"),
        ("Cases rose in June, up from 22 in the same month of 2025.", "the same month"),
        ("Sales reached 40 units in May, against 31 the same month last year.", "the same month"),
    ],
)
def test_comparisons_are_not_the_anaphor(text: str, surface: str) -> None:
    assert all(found != surface for found, _, _ in surface_spans(text, SUN_10_MAY_2026))
