"""A currency written with its country's name before the bare word ('Djibouti francs', 'Nepalese
rupees', 'Zambian kwacha', 'Hong Kong dollars') is that country's money: the sum is money in its
code, and the bare word names no thing that is counted."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "unit", "item"),
    [
        (
            "The harbour authority earned about 31 billion Djibouti francs in 2024.",
            "31",
            "DJF",
            "earnings",
        ),
        (
            "A judge fined the trader 2 million Nepalese rupees on Monday.",
            "2 million",
            "NPR",
            "fine",
        ),
        (
            "Regulators will freeze 640,000 Zambian kwacha held by the broker.",
            "640,000",
            "ZMW",
            "frozen funds",
        ),
        (
            "Customs officers seized 1.8 million Hong Kong dollars at the border.",
            "1.8",
            "HKD",
            "funds",
        ),
    ],
)
def test_a_country_named_currency_is_money_not_the_item(
    claims_of: Rows, text: str, anchor: str, unit: str, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_unit"] == unit
    assert row["quantity_item"] == item


def test_a_lesser_known_currency_word_is_a_unit(claims_of: Rows) -> None:
    row = found(claims_of, "Diesel cost 52 dobras a litre in the capital last week.", "52")
    assert row["quantity_unit"] == "STN"
    assert row["quantity_item"] != "dobras"
