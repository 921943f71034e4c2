"""A deadline that a directive in force sets its addressee ('the regulator has ordered the bank
to repay clients by 1 March', 'the law requires councils to publish budgets before 31 January')
lies ahead of the directive: a yearless day is the next one."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import spans

THU_14_MAY_2026 = dt.date(2026, 5, 14)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "The cabinet has told the water board to present its options by 10 December.",
            "2026-12-10",
        ),
        ("The regulator has ordered the bank to repay its clients by 1 March.", "2027-03-01"),
        ("The new law requires councils to publish their budgets before 31 January.", "2027-01-31"),
        (
            "The ministry has asked both operators to agree a timetable by 20 February, aides said.",
            "2027-02-20",
        ),
    ],
)
def test_a_deadline_set_by_a_directive_in_force_is_ahead(text: str, start: str) -> None:
    assert [s for _, s, _ in spans(text, THU_14_MAY_2026)] == [start]


@pytest.mark.parametrize(
    "text",
    [
        "The court ordered the firm to repay its clients by 1 March.",
        "The board has told staff that the plant was closed by 1 March.",
    ],
)
def test_a_directive_told_in_the_past_or_a_reported_fact_keeps_the_past_reading(text: str) -> None:
    assert [s for _, s, _ in spans(text, THU_14_MAY_2026)] == ["2026-03-01"]
