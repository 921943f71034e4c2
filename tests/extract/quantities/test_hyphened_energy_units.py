"""A unit written as one hyphened word ('kilowatt-hours', 'megawatt-hour') is read as its unit
although the tokenizer cuts it at the hyphen."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "unit"),
    [
        ("The wind farm fed 640 million kilowatt-hours into the grid.", "640", "kWh"),
        ("Storage output will reach 85 megawatt-hours next spring.", "85", "MWh"),
        ("Households used about 7,300 gigawatt-hours in the winter.", "7,300", "GWh"),
        ("The country had burned 2.4 terawatt-hours of gas power by June.", "2.4", "TWh"),
    ],
)
def test_a_hyphened_energy_unit_is_the_unit(
    claims_of: Rows, text: str, anchor: str, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_unit"] == unit, row


def test_a_hyphened_time_span_stays_a_duration(claims_of: Rows) -> None:
    row = found(claims_of, "Rebels agreed to a 45-day truce.", "45")
    assert row["quantity_unit"] == "days", row
