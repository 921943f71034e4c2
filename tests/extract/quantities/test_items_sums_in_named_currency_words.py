"""A sum written with a currency's own word ('afghanis', 'escudos', 'soums', 'manats') is money in
that currency: its item is what the sum is (a grant, frozen assets, a price), never the currency
word itself."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "unit", "item"),
    [
        (
            "Each displaced household received a relief payment of 6,500 afghanis last month.",
            "6,500",
            "AFN",
            "relief payment",
        ),
        (
            "Prosecutors said the seized property was valued at some 240 million escudos.",
            "240 million",
            "CVE",
            "seized property",
        ),
        (
            "Ginners will be charged a levy of 150 soums on every kilogram of lint.",
            "150",
            "UZS",
            "levy",
        ),
        (
            "The monthly pension was raised to 1,450 manats from January.",
            "1,450",
            "AZN",
            "monthly pension",
        ),
    ],
)
def test_a_sum_in_a_currency_word_counts_what_the_sum_is(
    claims_of: Rows, text: str, anchor: str, unit: str, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_unit"] == unit
    assert row["quantity_item"].split()[-1] == item.split()[-1]  # scored on the head noun
