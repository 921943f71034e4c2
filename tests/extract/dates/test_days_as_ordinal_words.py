"""A day of the month written as an ordinal word ('on the fifth of May', 'by the twenty-first of
June'): a day, as '5 May' is; an ordinal without a month after it is no date."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import WED_24_SEP_2025, surface_spans


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        (
            "The mill reopened on the twenty-first of August after repairs.",
            "on the twenty-first of August",
            "2025-08-21",
        ),
        (
            "Ballots must reach the office by the thirtieth of November.",
            "by the thirtieth of November",
            "2025-11-30",
        ),
        (
            "She was born on the fourth of July 1990 in a river town.",
            "on the fourth of July 1990",
            "1990-07-04",
        ),
        (
            "THE FERRY RAN AGROUND ON THE NINTH OF MARCH, THE COASTGUARD SAID.",
            "ON THE NINTH OF MARCH",
            "2025-03-09",
        ),
    ],
)
def test_an_ordinal_word_before_of_and_a_month_is_a_day(text: str, surface: str, day: str) -> None:
    assert (surface, day, day) in surface_spans(text, WED_24_SEP_2025)


@pytest.mark.parametrize(
    "text",
    ["It was the first of many delays.", "Rent is due on the third of each month."],
)
def test_an_ordinal_word_without_a_month_is_no_day(text: str) -> None:
    assert surface_spans(text, WED_24_SEP_2025) == []
