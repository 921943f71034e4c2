"""Currency abbreviations written before a figure with a space (the Tanzanian and Ugandan
shilling's 'TSh' and 'USh', the Bolivian boliviano's 'Bs', the Peruvian sol's 'S/'; units.json
symbols): a sum in that currency, never a name's number dropped from the claims."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        (
            "The coffee board paid growers TSh 2.6 billion last season.",
            "TSh 2.6 billion",
            2.6e9,
            "TZS",
        ),
        ("Traders now charge USh 4,500 for a bunch of matooke.", "USh 4,500", 4500, "UGX"),
        ("A kilo of quinoa sold for Bs 18.50 in El Alto on Monday.", "Bs 18.50", 18.5, "BOB"),
        (
            "The mayor's office spent S/ 12 million on the new bridge.",
            "S/ 12 million",
            1.2e7,
            "PEN",
        ),
        ("Fares rose to S/. 3.50 a ride after the strike.", "S/. 3.50", 3.5, "PEN"),
    ],
)
def test_spaced_currency_abbreviations(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)
