"""A price named with the good it is the price of ('the export price for chilled salmon', 'the
price of robusta beans') measures that good: the guidelines' item names the thing, not 'price'
(only a price with no good named keeps it: 'the spot price reached $88 a barrel')."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The export price for chilled salmon rose 5% in May.", "5%", "chilled salmon"),
        ("The average price of robusta beans fell 4% last week.", "4%", "robusta beans"),
        (
            "The wholesale price of frozen shrimp was 12% higher than a year ago.",
            "12%",
            "frozen shrimp",
        ),
        ("The benchmark price for raw cashews has climbed 6% since March.", "6%", "raw cashews"),
        ("The benchmark price of nickel rose to $16,900 a tonne.", "$16,900", "nickel"),
    ],
)
def test_a_price_of_a_good_measures_the_good(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


def test_a_price_with_no_good_keeps_the_price(claims_of: Rows) -> None:
    text = "The spot price reached $88 a barrel on Monday."
    assert found(claims_of, text, "$88")["quantity_item"] == "spot price"
