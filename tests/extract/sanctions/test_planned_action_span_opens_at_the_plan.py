"""A planned action that completes a verb of planning or asking ('will ask the judge next week
to freeze ...', 'plans to list ...') is claimed from that verb on: the plan is part of the claim,
however far the action's own words come after it."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    ("text", "head"),
    [
        (
            "The court froze the assets of the brokerage on Monday. Prosecutors will ask the"
            " court next week to add a second customs brokerage to the order.",
            "ask",
        ),
        ("The ministry plans to sanction two more banks.", "plans"),
        (
            "Officials have asked the High Court on Monday to freeze the assets of four men.",
            "asked",
        ),
        (
            "The government intends, according to the draft, to impose a travel ban on six"
            " officials.",
            "intends",
        ),
    ],
)
def test_planned_action_is_claimed_from_its_plan(claims_of: Rows, text: str, head: str) -> None:
    rows = [r for r in claims_of(text, "sanction") if r["sanction_status"] == "planned"]
    assert len(rows) == 1, rows
    assert text[rows[0]["span_start"] :].startswith(head)


def test_action_taken_now_keeps_its_own_start(claims_of: Rows) -> None:
    text = "The ministry said on Monday that it had sanctioned two more banks."
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert text[rows[0]["span_start"] :].startswith("sanctioned")
