"""Money in notations the units list did not know: the Caribbean guilder's code ('XCG 4 million'),
Zimbabwe Gold written 'ZiG', the vatu's 'VT', and a dollar sign after a dotted country
abbreviation ('U.S.$2.5 billion')."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        (
            "Customs officers found XCG 2.4 million hidden in a car.",
            "XCG 2.4 million",
            2.4e6,
            "XCG",
        ),
        ("The island will spend XCG 18 million on new schools.", "XCG 18 million", 18e6, "XCG"),
        ("The lender wrote off ZiG 120 million of bad loans.", "ZiG 120 million", 120e6, "ZWG"),
        ("Fuel levies raised about ZiG 9.5 million last quarter.", "ZiG 9.5 million", 9.5e6, "ZWG"),
        ("The council has been granted VT 75 million for the wharf.", "VT 75 million", 75e6, "VUV"),
        ("Claims paid out reached VT 1.2 billion by March.", "VT 1.2 billion", 1.2e9, "VUV"),
        (
            "The miner expects to raise U.S.$750 million in new bonds.",
            "U.S.$750 million",
            750e6,
            "USD",
        ),
        ("Its net debt stood at U.S.$1.4 billion at year end.", "U.S.$1.4 billion", 1.4e9, "USD"),
    ],
)
def test_codes_and_signs_read_as_money(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)
