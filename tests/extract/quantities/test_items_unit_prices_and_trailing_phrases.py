"""A sum per unit of a good ('$80 a barrel', 'EUR 300 per tonne') is the good's price, and the
item is the good (annotation/guidelines.md). An 'in' or 'for' phrase after the unit says where or
when it was priced ('in Asian trade', 'for the first time'), not what the money is spent on."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Brent crude rose 0.4% to $82.6 a barrel in Asian trade on Monday.",
            "$82.6",
            "brent crude",
        ),
        ("Urea traded at $410 a tonne in early trading on Tuesday.", "$410", "urea"),
        (
            "Soybean meal fell below $380 a tonne for the first time since 2020.",
            "$380",
            "soybean meal",
        ),
        (
            "Arabica coffee fetched $5.10 a kilogram in London trading on Friday.",
            "$5.10",
            "arabica coffee",
        ),
    ],
)
def test_a_phrase_after_a_unit_price_is_not_the_item(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_item"] == item


def test_money_spent_in_a_noun_still_counts_that_noun(claims_of: Rows) -> None:
    """A sum with no unit price keeps its 'in' phrase: '$300 million in fines' counts fines."""
    row = found(claims_of, "The regulator collected $300 million in fines last year.", "$300")
    assert row["quantity_item"] == "fines"


def test_a_good_after_a_unit_price_is_still_the_item(claims_of: Rows) -> None:
    """'for Russian wheat' names the good the price is paid for: it stays the item."""
    text = "Buyers offered $300 a tonne for Russian wheat last week."
    assert found(claims_of, text, "$300")["quantity_item"] == "wheat"
