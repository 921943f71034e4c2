"""An event moved to a new day ('adjourned to', 'postponed to', 'pushed back to'): the new day
lies ahead of publication, even when the move itself is told in the past; a day the event was
adjourned *on* is still the past one."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import resolved

THU_29_MAY_2025 = dt.date(2025, 5, 29)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The magistrate adjourned the trial to 19 June.", "2025-06-19"),
        ("The vote has been postponed to 3 July after a walkout.", "2025-07-03"),
        ("Lawmakers deferred the budget debate to 16 June.", "2025-06-16"),
        ("The inquiry will be put off to 9 June, its chair said.", "2025-06-09"),
        ("The hearing was rescheduled for 20 June.", "2025-06-20"),
    ],
)
def test_a_day_an_event_is_moved_to_lies_ahead(text: str, day: str) -> None:
    [(_surface, start, _end, _granularity)] = resolved(text, THU_29_MAY_2025)
    assert start == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The inquest was adjourned on 3 May.", "2025-05-03"),
        ("The case was adjourned in April to let the defence read the files.", "2025-04-01"),
    ],
)
def test_the_day_a_move_was_made_stays_in_the_past(text: str, day: str) -> None:
    [(_surface, start, _end, _granularity)] = resolved(text, THU_29_MAY_2025)
    assert start == day


THU_03_SEP_2026 = dt.date(2026, 9, 3)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Our forecast stays at 22%, with risks skewed higher by a planned rise in"
            " gas prices of about 20% in October.",
            "2026-10-01",
        ),
        ("The planned rise in fuel duty of 3% in January worries hauliers.", "2027-01-01"),
        ("Its planned listing in November is on track, the bank says.", "2026-11-01"),
        ("Growers fear the proposed levy on exports in March.", "2027-03-01"),
    ],
)
def test_a_planned_or_proposed_change_in_a_month_looks_ahead(text: str, start: str) -> None:
    [(_surface, found, _end, _granularity)] = resolved(text, THU_03_SEP_2026)
    assert found == start


def test_a_planned_event_told_in_the_past_stays_in_the_past() -> None:
    [(_surface, found, _end, _granularity)] = resolved(
        "The planned strike in March was called off.", THU_03_SEP_2026
    )
    assert found == "2026-03-01"
