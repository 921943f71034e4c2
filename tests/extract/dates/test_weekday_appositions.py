"""A weekday set after a written day as its name ('on 9 January, a Thursday evening', 'on 3 May,
which was a Sunday': claims/data/dates.json 'weekday_apposition_openers') is that day again, no
date of its own; a weekday after a date with other words between stays a date."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import THU_14_AUG_2025, spans


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Demand peaked at 2,208 MW on January 9, a Thursday evening.", "2025-01-09"),
        ("Polls closed on 3 May, which was a Sunday, after a calm day.", "2025-05-03"),
        ("The strike began on 12 March, a Wednesday, and lasted a week.", "2025-03-12"),
        ("The fire broke out on July 4, also a Friday, near the port.", "2025-07-04"),
    ],
)
def test_a_weekday_naming_the_day_before_it_is_no_date(text: str, day: str) -> None:
    found = spans(text, THU_14_AUG_2025)
    assert [(start, end) for _s, start, end in found] == [(day, day)]


def test_a_weekday_after_a_day_with_its_own_event_stays_a_date() -> None:
    text = "Talks ended on 5 August, and the strike resumed on Monday."
    found = spans(text, THU_14_AUG_2025)
    assert [s for s, _a, _b in found] == ["5 August", "Monday"]
