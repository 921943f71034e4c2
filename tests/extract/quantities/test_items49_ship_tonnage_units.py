"""A figure in a ship's tonnage unit (GT, dwt) measures that tonnage: in prose, in a bracket after
a vessel's name and in a table row whose label names the kind of vessel."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The coastguard stopped the tanker NORTH WIND (Togo flag, 9,420 dwt) off the cape.",
            "9,420 dwt",
            "deadweight",
        ),
        (
            "The yard will deliver a 61,000 dwt bulk carrier to its Greek owner next spring.",
            "61,000 dwt",
            "deadweight",
        ),
        (
            "Vessels on the register: 340 · Gross tonnage: 7.4 million GT · Mean age: 14 years",
            "7.4 million GT",
            "gross tonnage",
        ),
        (
            "07 | SEA LARK | reefer | 4,100 GT | built 2001 | Lark Reefers Ltd | removed",
            "4,100 GT",
            "gross tonnage",
        ),
        (
            "08 | PORT MAID | tug | 355 GT | built 1988 | Maid Towage SA | removed",
            "355 GT",
            "gross tonnage",
        ),
    ],
)
def test_a_tonnage_unit_names_the_measure(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
