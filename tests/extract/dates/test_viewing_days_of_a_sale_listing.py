"""A sale listing's 'Viewing' label before a yearless day: the viewing lies ahead when the
day's past reading would be most of a year back (a gentle look-ahead cue); a day only weeks
before publication stays in the past, and the lower-case noun ('viewing figures') is no label."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import spans

WED_29_JUL_2026 = dt.date(2026, 7, 29)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lot 3 - Farm tractor, 1998, 4,200 hours - Reserve $12,000 - Viewing 3-4 August",
            ("3-4 August", "2026-08-03", "2026-08-04"),
        ),
        (
            "Lot 9 - Fishing launch, 11 m - Viewing at the harbour yard 10 August",
            ("10 August", "2026-08-10", "2026-08-10"),
        ),
        (
            "Viewing by appointment on 12 August, between 10am and 2pm.",
            ("12 August", "2026-08-12", "2026-08-12"),
        ),
        (
            "Two-bedroom flat, sold with vacant possession. Viewing 6 September.",
            ("6 September", "2026-09-06", "2026-09-06"),
        ),
    ],
)
def test_a_viewing_day_of_a_listing_lies_ahead(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in spans(text, WED_29_JUL_2026)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Viewing on 2 July drew 40 buyers to the yard.", ("2 July", "2026-07-02", "2026-07-02")),
        (
            "The viewing figures for the final on 12 July were the highest in a decade.",
            ("12 July", "2026-07-12", "2026-07-12"),
        ),
    ],
)
def test_a_recent_viewing_or_the_noun_stays_past(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in spans(text, WED_29_JUL_2026)
