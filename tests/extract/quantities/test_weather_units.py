"""Weather measures in their own units: wind speeds in metres per second ('23-30 m/s', 'gusts
reached 62.4 m/s') and pressure in hectopascals ('about 948 hPa'); with nothing in the text
naming what they measure, the unit says it (units.json unit_items: pressure, speed)."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("Wind: north 15-20 m/s, locally stronger on the coast.", "15-20 m/s", 17.5, "m/s"),
        ("Gusts reached 38.6 m/s on the pass overnight.", "38.6 m/s", 38.6, "m/s"),
        ("A low of about 962 hPa will cross the country tomorrow.", "about 962 hPa", 962, "hPa"),
        ("The central pressure fell to 940 hPa as the storm deepened.", "940 hPa", 940, "hPa"),
    ],
)
def test_wind_and_pressure_units(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_value"] == value
    assert row["quantity_unit"] == unit
    assert str(row["quantity_item"]).lower() not in ("hpa", "m/s")
