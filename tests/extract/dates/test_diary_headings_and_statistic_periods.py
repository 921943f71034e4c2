"""A diary's capital heading 'FRIDAY, APRIL 4' takes the year its weekday names, as a written
weekday inside a day does; a month or year right before a statistic ('releases March retail
sales', 'the 2023 GDP estimate', 'its June reading') names the period the figure covers."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import resolved

WED_02_APR_2025 = dt.date(2025, 4, 2)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("FRIDAY, APRIL 4", "2025-04-04"),
        ("MONDAY, APRIL 7", "2025-04-07"),
        ("SATURDAY, MARCH 29", "2025-03-29"),
        ("Thursday, April 10", "2025-04-10"),
    ],
)
def test_a_weekday_heading_names_the_year_of_its_day(text: str, day: str) -> None:
    assert [(s, e) for _, s, e, _ in resolved(text, WED_02_APR_2025)] == [(day, day)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "– POLAND: Statistics office releases March retail sales. 0800",
            "2025-03-01",
            "2025-03-31",
        ),
        ("The bureau revised its 2023 GDP estimate upwards.", "2023-01-01", "2023-12-31"),
        ("Chile PMI, March: 48.2 (February reading: 47.5)", "2025-02-01", "2025-02-28"),
        ("– KENYA: Bureau publishes January consumer prices.", "2025-01-01", "2025-01-31"),
    ],
)
def test_a_period_before_a_statistic_is_a_date(text: str, start: str, end: str) -> None:
    assert (start, end) in [(s, e) for _, s, e, _ in resolved(text, WED_02_APR_2025)]
