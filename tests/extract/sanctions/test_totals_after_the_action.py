"""A sentence that tells an action and then, in a clause of its own, the total it brings the
tally or the list to holds two claims: the action, and the cumulative total."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "The council removed two people, bringing the list to 30 individuals and 5 entities.",
            {"person": 30, "organization": 5},
        ),
        (
            "Prosecutors froze the assets of 12 people and 3 firms last year, bringing the total"
            " since 2019 to 80 people and 20 companies.",
            {"person": 80, "organization": 20},
        ),
        (
            "The ministry barred 60 officials from entering, bringing the number of officials"
            " subject to such bans to more than 700.",
            {"person": 700},
        ),
        (
            "Seoul barred 20 officials, bringing the number of officials subject to the ban"
            " to 300.",
            {"person": 300},
        ),
    ],
)
def test_an_action_then_its_total(claims_of: Rows, text: str, total: dict[str, int]) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert {t["kind"]: t["count"] for t in rows[1]["sanction_targets"]} == total


def test_a_clause_that_counts_no_total_adds_no_claim(claims_of: Rows) -> None:
    text = "The council sanctioned four traders, bringing its campaign to a new stage."
    assert len(claims_of(text, "sanction")) == 1
