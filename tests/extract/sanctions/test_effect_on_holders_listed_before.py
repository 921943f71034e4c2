"""'All property of the designated persons is blocked': after a listing, a sentence on what happens
to the holdings of the people it listed (a participle before the holders, no count of their own)
states the listing's effect, no action of its own; a counted group's holdings stay an action."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury designated four traders on Monday. All property of the designated persons"
        " in the United States is blocked.",
        "OFAC sanctioned a smuggling ring in Ecuador. As a result, all property and interests in"
        " property of the sanctioned individuals that are in the US are blocked.",
        "Washington blacklisted two shipping firms last week. Any property of the listed"
        " companies under US jurisdiction was blocked.",
        "The State Department designated three officials. The assets of the designated officials"
        " are blocked and must be reported.",
    ],
)
def test_effect_on_holdings_of_those_listed_is_no_new_claim(claims_of: Rows, text: str) -> None:
    rows = carried(claims_of, text)
    second = text.index(". ") + 2
    assert len(rows) == 1
    assert rows[0]["span_start"] < second


def test_holdings_of_a_counted_group_stay_an_action(claims_of: Rows) -> None:
    text = "The Treasury sanctioned a cartel. It blocked all property of five designated brokers."
    rows = carried(claims_of, text)
    assert any(r["span_start"] >= text.index(". ") + 2 for r in rows)


def test_a_gerund_before_the_holdings_describes_no_one(claims_of: Rows) -> None:
    text = (
        "Mining ring hit with asset freeze. Assets of a group accused of under-declaring copper"
        " sold abroad were frozen on Friday."
    )
    rows = claims_of(text, "sanction")
    assert any(r["span_start"] >= text.index(". ") + 2 for r in rows)
