"""A planned action that completes a verb of asking ('will ask the judge next week to freeze ...',
'has been requested to restrain ...') is claimed from the asking verb on: the request is part of
the claim, however far the action's own words come after it. Under other planning verbs the
claim keeps the action's own start."""

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
        (
            "Officials have asked the High Court on Monday to freeze the assets of four men.",
            "asked",
        ),
        (
            "The unit has been requested by prosecutors in Lisbon to freeze the accounts of two"
            " firms.",
            "requested",
        ),
        (
            "The agency will seek, within days, to freeze the funds of three traders.",
            "seek",
        ),
    ],
)
def test_planned_action_is_claimed_from_its_request(claims_of: Rows, text: str, head: str) -> None:
    rows = [r for r in claims_of(text, "sanction") if r["sanction_status"] == "planned"]
    assert len(rows) == 1, rows
    assert text[rows[0]["span_start"] :].startswith(head)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The ministry plans to sanction two more banks.", "sanction"),
        # a pronoun actor reported by a named speaker: the span opens with the speaker
        ("The ministry said on Monday that it had sanctioned two more banks.", "The ministry"),
    ],
)
def test_other_actions_keep_their_own_start(claims_of: Rows, text: str, start: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert text[rows[0]["span_start"] :].startswith(start)
