"""A day after 'the week of' names that week: seven days from the day it gives."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

PUBLISHED = dt.date(2026, 11, 6)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The next rate meeting is pencilled in for the week of 14 December.",
            ("the week of 14 December", "2026-12-14", "2026-12-20"),
        ),
        (
            "Gas prices spiked in the week of 5 October as a cold snap hit.",
            ("the week of 5 October", "2026-10-05", "2026-10-11"),
        ),
        (
            "The week of Sept. 7 brought the heaviest rain of the year.",
            ("The week of Sept. 7", "2026-09-07", "2026-09-13"),
        ),
        (
            "Hearings will resume during the working week of 11 January 2027.",
            ("the working week of 11 January 2027", "2027-01-11", "2027-01-17"),
        ),
    ],
)
def test_the_week_of_a_day_is_seven_days_from_it(text: str, span: tuple[str, str, str]) -> None:
    assert surface_spans(text, PUBLISHED) == [span]


def test_a_day_with_no_week_before_it_stays_one_day() -> None:
    assert surface_spans("Ministers met on 3 October.", PUBLISHED) == [
        ("on 3 October", "2026-10-03", "2026-10-03")
    ]
