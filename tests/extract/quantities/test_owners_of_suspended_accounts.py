"""The owners of accounts or holdings that an authority suspends are the measure's targets, not
quantities ('suspended the accounts of 14 traders'); what else a suspending verb governs (staff,
flights, a count of accounts held by named owners) stays a quantity."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _spans(claims_of: Rows, text: str) -> list[str]:
    return [text[r["span_start"] : r["span_end"]] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "text",
    [
        "The regulator has suspended the accounts of 14 traders and two firms.",
        "THE BUREAU HAS FORMALLY SUSPENDED THE ACCOUNTS OF 27 PEOPLE AND 5 COMPANIES IN ALL.",
        "Banks suspended the wallets of nine brokers after the tip-off.",
        "The bureau will suspend the holdings of three shipping agents next week.",
    ],
)
def test_owners_of_suspended_holdings_are_no_quantities(claims_of: Rows, text: str) -> None:
    assert _spans(claims_of, text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The carrier suspended 40 flights to the coast because of the storm.", "40 flights"),
        ("The ministry suspended four inspectors from duty pending an audit.", "four"),
    ],
)
def test_other_things_suspended_stay(claims_of: Rows, text: str, kept: str) -> None:
    assert any(kept in s for s in _spans(claims_of, text))
