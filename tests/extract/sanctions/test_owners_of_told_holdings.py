"""'The accounts belong to two traders': the holdings a freeze just told, said to belong to a
target group or a name, restate that freeze (its targets the owners); accounts told in a story
of no sanction belong to no one a state acts on."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried


@pytest.mark.parametrize(
    "text",
    [
        "Japan froze 42 bank accounts on Monday. The accounts belong to three money changers in"
        " Osaka.",
        "Britain froze six accounts last week. The frozen accounts belong to Harbor Line Ltd and"
        " Blue Reef Trading.",
        "Canada ordered banks to freeze the funds of a ring. The funds belong to four brokers and"
        " a shell company.",
        "The EU froze the assets of a shipping group in May. These assets belong to three of its"
        " directors.",
    ],
)
def test_owners_of_frozen_holdings_restate_the_freeze(claims_of: Rows, text: str) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == 2
    second = text.index(". ") + 2
    assert rows[-1]["span_start"] >= second


def test_accounts_outside_a_sanction_story_are_no_claim(claims_of: Rows) -> None:
    text = "The bank opened 40 accounts in May. The accounts belong to two charities."
    assert claims_of(text, "sanction") == []
