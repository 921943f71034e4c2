"""A freeze participle that describes an order or a directive freezes whatever particular thing
its object is ('an order freezing a farmhouse and two tractors', 'a directive freezing the yacht'),
and a counted part of held goods is frozen too ('froze six of the 14 wallets'); what a policy
freezes ('an order freezing all hiring', 'a decision freezing the price of bread') is none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "The High Court granted an order freezing a farmhouse and two tractors of the suspect.",
        "The agency issued a directive freezing the yacht of a Cypriot broker on Monday.",
        "Prosecutors have obtained orders freezing three warehouses in Durban.",
        "The unit issued a notice freezing six of the 14 wallets for 30 days.",
    ],
)
def test_an_order_freezing_property_is_a_freeze(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == "imposed"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor signed an order freezing all hiring at city hall.",
        "The cabinet issued a decision freezing the price of bread until June.",
    ],
)
def test_an_order_freezing_a_policy_matter_is_none(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
