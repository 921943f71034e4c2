"""A deadline that a directive told in the past sets ('the others were told to reapply by 30 June',
'the court ordered the firm to repay its clients by 1 March') lies after the directive, which may
itself lie behind the page: a yearless day is the next one only when the last such day is months
back, else the last (dates.json 'directive_verbs', its perfect forms read as past forms)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import spans

TUE_10_FEB_2026 = dt.date(2026, 2, 10)
THU_14_MAY_2026 = dt.date(2026, 5, 14)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Only 30 of the 80 bids were approved, with the rest told to refile by 28 February.",
            "2026-02-28",
        ),
        ("Late applicants were told to send their forms again by 31 March.", "2026-03-31"),
        (
            "Growers who missed out were asked to reapply before 20 February, the agency said.",
            "2026-02-20",
        ),
        ("The council instructed its auditors to report back by 1 April.", "2026-04-01"),
    ],
)
def test_a_deadline_set_by_a_past_directive_is_the_next_day_when_the_last_is_far_back(
    text: str, start: str
) -> None:
    assert [s for _, s, _ in spans(text, TUE_10_FEB_2026)] == [start]


@pytest.mark.parametrize(
    "text",
    [
        "The tribunal ordered the landlord to return the deposits by 1 March.",
        "Members were urged to vote before 1 March, the union said.",
    ],
)
def test_a_past_directive_whose_last_deadline_is_near_keeps_the_past_reading(text: str) -> None:
    assert [s for _, s, _ in spans(text, THU_14_MAY_2026)] == ["2026-03-01"]
