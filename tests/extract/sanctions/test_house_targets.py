"""A firm named by a compound headed by 'house' ('a trading house', 'brokerage houses') is an
organization target, counted like any other firm; houses that are buildings stay quantities."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Japan lifted sanctions on a Kazakh trading house listed in error.", 1),
        ("The EU sanctioned three trading houses in Dubai on Friday.", 3),
        ("Washington blacklisted a Hong Kong brokerage house and its owner.", 1),
        ("Britain has frozen the assets of two Istanbul-based shipping houses.", 2),
        ("Ottawa has sanctioned 14 smugglers and six hawala houses since March.", 6),
    ],
)
def test_a_house_of_trade_is_an_organization_target(claims_of: Rows, text: str, count: int) -> None:
    assert counts(only(claims_of, text)).get("organization") == count


def test_houses_a_storm_destroyed_are_a_quantity(claims_of: Rows) -> None:
    rows = claims_of("The storm destroyed 300 houses, officials said.", "quantity")
    assert [r["quantity_item"] for r in rows] == ["houses"]
