"""Currency signs of their own written onto a figure (the tugrik, lari, manat, guarani and colon
signs, units.json symbols): a sum in that currency, not a bare figure with no item."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("Herders were offered ₮73,500 a sack of wool at the market.", "₮73,500", 73500, "MNT"),
        ("A taxi across the capital costs about ₾15 at night.", "₾15", 15, "GEL"),
        ("The ministry set aside ₼40 million for the new road.", "₼40 million", 4e7, "AZN"),
        ("Farmers got ₲2,300 a kilo for soya last month.", "₲2,300", 2300, "PYG"),
        ("Shops were charging ₡1,200 for a loaf.", "₡1,200", 1200, "CRC"),
    ],
)
def test_currency_signs(claims_of: Rows, text: str, anchor: str, value: float, unit: str) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)
