"""Whom measures as subject reach through 'to' are the claim's targets (round 18)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After the decision, the bloc's restrictive measures now apply to a total of 278 "
            "people and 41 entities.",
            {"person": 278, "organization": 41},
        ),
        (
            "Its sanctions now apply to 120 people and 40 companies.",
            {"person": 120, "organization": 40},
        ),
        (
            "Japan's restrictive measures apply to 60 officials and nine firms.",
            {"person": 60, "organization": 9},
        ),
        (
            "With the decision, Swiss measures over the situation in Mali apply to a total of 35 "
            "individuals, an official said.",
            {"person": 35},
        ),
    ],
)
def test_measures_apply_to_counted_targets(claims_of: Rows, text: str, expected: dict) -> None:
    rows = claims_of("Canada listed nine firms on Monday. " + text, "sanction")
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected, rows[1]["sanction_targets"]


def test_measures_that_apply_to_everyone_state_an_effect(claims_of: Rows) -> None:
    rows = claims_of(
        "Canada listed nine firms. The sanctions apply to persons in Canada.", "sanction"
    )
    assert len(rows) == 1, rows
