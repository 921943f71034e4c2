"""A sanction word compounded on the head of a body's or a law's name in a title-case line ('the
National Sanctions Secretariat', 'Sanctions Act') is part of the name, no headline verb; a
headline whose sanction word acts on a target group keeps its claim."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "What is the National Sanctions Secretariat?",
        "Contact: National Sanctions Secretariat, Level 8, Port Louis.",
        "About The Autonomous Sanctions Office",
        "Contact The Sanctions Unit",
    ],
)
def test_a_name_with_a_sanction_word_is_no_action(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    "text",
    [
        "UN Sanctions Committee Adds Two Militia Leaders",
        "EU Sanctions Russian Banks",
        "US Sanctions Iranian Oil Traders, Shipping Firms",
        "UK Sanctions Four Hackers",
    ],
)
def test_headline_actions_keep_their_claims(claims_of: Rows, text: str) -> None:
    assert len(claims_of(text, "sanction")) == 1
