"""A noun a number word is hyphened onto ('three-wheelers', 'two-seaters') is one word: its number
counts nothing, and as an item it keeps the number."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, one


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        ("Three-wheelers rose 4.4% in July.", "4.4%", 4.4, "three-wheelers"),
        ("Dealers sold 68,900 three-wheelers last month.", "68,900", 68_900, "three-wheelers"),
        ("Two-wheeler sales climbed 6% last quarter.", "6%", 6, "two-wheeler sales"),
        ("Four-wheelers fell by 2.5% after the tax rise.", "2.5%", 2.5, "four-wheelers"),
        ("Shipments of two-seaters will reach 1,200 next year.", "1,200", 1_200, "shipments"),
    ],
)
def test_a_number_hyphened_onto_a_noun_is_part_of_the_item(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = one(claims_of, text)  # no count of 'three' or 'two' beside it
    assert (row["quantity_value"], row["quantity_item"]) == (pytest.approx(value), item)
