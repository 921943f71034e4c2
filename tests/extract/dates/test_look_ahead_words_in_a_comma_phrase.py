"""A look-ahead word ('due', 'expected', 'scheduled') that opens a phrase set off by commas,
with an active verb in the past right after it ('the ferry, due on Monday, docked late'):
the plan stood then and the clause's verb says it is behind, so the most recent such day;
a copula after it ('was put off') keeps the day ahead (dates.json 'appositive_past_not')."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import THU_06_NOV_2025, surface_spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cargo ship, due on Monday evening, docked two days behind schedule with spare parts.",
            ("on Monday", "2025-11-03", "2025-11-03"),
        ),
        (
            "The relief convoy, expected on Tuesday, reached the valley two days later.",
            ("on Tuesday", "2025-11-04", "2025-11-04"),
        ),
        (
            "The charter flight, scheduled for Sunday morning, landed after a long delay.",
            ("for Sunday", "2025-11-02", "2025-11-02"),
        ),
        (
            "Last week the new turbines, due on Friday, arrived by rail.",
            ("on Friday", "2025-10-31", "2025-10-31"),
        ),
    ],
)
def test_a_comma_phrase_cue_before_a_past_verb_dates_the_day_behind(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in surface_spans(text, THU_06_NOV_2025)


def test_a_comma_phrase_cue_before_a_passive_keeps_the_day_ahead() -> None:
    text = "The council vote, due on Monday, was put off until the budget is ready."
    assert ("on Monday", "2025-11-10", "2025-11-10") in surface_spans(text, THU_06_NOV_2025)
