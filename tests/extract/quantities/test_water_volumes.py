"""Water volumes in gigalitres and megalitres, glued or spaced ('30GL', '112 GL')."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("Pumping from the aquifer will be cut by a further 30GL by 2028.", "30GL", 30, "GL"),
        ("The new stage adds 50GL a year to the city's supply.", "50GL", 50, "GL"),
        ("Dams took in only 112 GL of inflow last winter.", "112 GL", 112, "GL"),
        ("Storage fell to 420 megalitres during the drought.", "420 megalitres", 420, "ML"),
    ],
)
def test_water_volumes_in_gigalitres_and_megalitres(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)
