"""A present schedule verb joined after a clause with its own day ('the ballot opened on 2 June
and closes on 31 July') dates a day ahead: the day before it is no base level ('up from 22,500
on Tuesday'), so it does not turn the schedule into a look back."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import THU_06_FEB_2025, TUE_02_APR_2024, TUE_10_JUN_2025, spans

THU_02_JUL_2026 = dt.date(2026, 7, 2)


@pytest.mark.parametrize(
    ("text", "published", "span", "day"),
    [
        (
            "The second ballot opened on 2 June and closes on 31 July.",
            THU_02_JUL_2026,
            "31 July",
            "2026-07-31",
        ),
        (
            "Nominations opened on 1 March and close on 15 April, the commission said.",
            TUE_02_APR_2024,
            "15 April",
            "2024-04-15",
        ),
        (
            "The exhibition began on 3 May and ends on 30 June.",
            TUE_10_JUN_2025,
            "30 June",
            "2025-06-30",
        ),
        (
            "The consultation started on 10 January and closes on 28 February.",
            THU_06_FEB_2025,
            "28 February",
            "2025-02-28",
        ),
    ],
)
def test_a_schedule_after_a_dated_clause_looks_ahead(
    text: str, published: dt.date, span: str, day: str
) -> None:
    assert (span, day, day) in spans(text, published)


def test_a_level_before_a_day_is_still_a_base() -> None:
    found = spans("Sales rose to 40,000, up from 22,500 on Tuesday.", TUE_10_JUN_2025)
    assert found == [("Tuesday", "2025-06-10", "2025-06-10")]
