"""Unit abbreviations and qualified tonnages ('bbl', 'm²', 'W', 'wet tonnes') are units: the
figure is read in them, and the unit's letters are never what the figure counts."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "unit", "item"),
    [
        (
            "Crude output at the field slipped to 62,000 bbl a day in May.",
            "62,000",
            "barrels",
            "crude output",
        ),
        (
            "The miner will ship about 3 million wet tonnes of bauxite this year.",
            "3 million",
            "tonnes",
            "bauxite",
        ),
        ("The depot offers 5,200 m² of storage space.", "5,200", "m2", "storage space"),
        ("Each new module is rated at 610 W under full sun.", "610", "W", "new module"),
    ],
)
def test_a_unit_abbreviation_is_the_unit_not_the_item(
    claims_of: Rows, text: str, anchor: str, unit: str, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_unit"] == unit
    assert row["quantity_item"] == item


def test_a_lower_case_w_is_no_watt(claims_of: Rows) -> None:
    rows = claims_of("The mix is 8 w/w sugar and water, the label says.", "quantity")
    assert not [r for r in rows if r["quantity_unit"] == "W"]
