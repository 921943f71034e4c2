"""Round-26 item family: a 'worth' clause set off by a comma after a verb's object ('seized 300
rifles in May, worth $1m') values that object, which the sum counts; a measure's 'of' phrase
names the good ('40 kg of gold ..., worth $2m': the gold). The rules read it, not the chooser."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Police recovered 40 kg of gold at the border, worth roughly $2.4 million.",
            "$2.4",
            "gold",
        ),
        (
            "The rebels have stolen 1,200 cattle since June, worth some $600,000.",
            "$600,000",
            "cattle",
        ),
        (
            "Smugglers will ship 9,000 tonnes of tea next month, worth an estimated $20m.",
            "$20m",
            "tea",
        ),
        (
            "The navy had seized 52 outboard engines that week, worth nearly $300,000.",
            "$300,000",
            "outboard engines",
        ),
        ("Traders sold 18,000 bags of cocoa in March, worth about $9m.", "$9m", "cocoa"),
    ],
)
def test_a_worth_clause_after_an_object_values_the_object(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
