"""A noun a number word is hyphened onto ('three-wheelers', 'two-seaters') is one word: its number
counts nothing, and as an item it keeps the number; a label line's figure in plain 'units' is
measured by the label, as a scale word's is."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found, on_a_page, one


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


@pytest.mark.parametrize(
    ("line", "anchor", "item"),
    [
        ("Two-wheelers: 17.9 lakh units", "17.9", "two-wheelers"),
        ("Scooters: 41,000 units", "41,000", "scooters"),
        ("Tractor sales: 8,200 units, up 3%", "8,200", "tractor sales"),
        ("Electric buses (registrations): 950 units", "950", "electric buses"),
    ],
)
def test_a_label_line_in_units_is_measured_by_its_label(
    claims_of: Rows, line: str, anchor: str, item: str
) -> None:
    text = on_a_page(line)
    assert found(claims_of, text, anchor)["quantity_item"] == item
