"""A sentence that tells an action and then, in a clause of its own, the total it brings the
tally or the list to holds two claims: the action, and the cumulative total."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "The board delisted two men, bringing its list to 30 persons and 5 groups.",
            {"person": 30, "organization": 5},
        ),
        (
            "Magistrates froze the holdings of 15 men and 4 firms during 2023, which brought the"
            " tally since 2019 to 80 men and 20 companies.",
            {"person": 80, "organization": 20},
        ),
        (
            "The ministry barred 60 officials from entering, which brought the tally of"
            " officials under such bars to more than 700.",
            {"person": 700},
        ),
        (
            "Seoul barred 20 envoys, bringing the tally of barred envoys to 300.",
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
