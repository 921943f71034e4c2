"""'last spring', 'last summer': the latest such season that had ended by publication, not the one
running (in July 'last summer' is the year before's; in December 'last spring' this year's); a
season of last year ('last year's spring', 'the summer of last year') stays in last year."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import spans

WED_03_DEC_2025 = dt.date(2025, 12, 3)
FRI_18_JUL_2025 = dt.date(2025, 7, 18)
THU_20_FEB_2025 = dt.date(2025, 2, 20)


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        (
            "She was acquitted by the appeal court last spring.",
            WED_03_DEC_2025,
            "2025-03-01",
            "2025-05-31",
        ),
        (
            "Ferry traffic was lighter than last summer.",
            FRI_18_JUL_2025,
            "2024-06-01",
            "2024-08-31",
        ),
        (
            "The council first blocked the plan last autumn.",
            WED_03_DEC_2025,
            "2025-09-01",
            "2025-11-30",
        ),
        (
            "Snow fell early last winter, the survey found.",
            THU_20_FEB_2025,
            "2023-12-01",
            "2024-02-29",
        ),
    ],
)
def test_last_season_is_the_latest_one_ended(
    text: str, published: dt.date, start: str, end: str
) -> None:
    [(_span, got_start, got_end)] = spans(text, published)
    assert (got_start, got_end) == (start, end)


def test_a_season_of_last_year_stays_in_last_year() -> None:
    [(_span, start, end)] = spans("Turnout fell in last year's spring vote.", WED_03_DEC_2025)
    assert (start, end) == ("2024-03-01", "2024-05-31")
