"""Money in a currency written as one capital letter ('P2.4 billion' Philippine pesos) and scale
letters written on with a hyphen ('P6.8-B', '$3-M'); a capital letter and a bare number with
neither a scale nor a price base is a name ('the P5')."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("Regulators froze P3.5 billion held by the syndicate.", "P3.5 billion", 3.5e9, "PHP"),
        ("The agency has seized some P700 million in smuggled rice.", "P700 million", 7e8, "PHP"),
        ("Court freezes P1.2-B in assets of sugar traders", "P1.2-B", 1.2e9, "PHP"),
        ("Garlic was sold for P95 a kilo in Quezon City markets.", "P95 a kilo", 95, "PHP"),
        ("Pork prices will reach P400 per kilo by December.", "P400 per kilo", 400, "PHP"),
        ("The port authority booked a $2.7-B loss last year.", "$2.7-B", 2.7e9, "USD"),
        ("Officials approved a €4-M grant for the harbour.", "€4-M", 4e6, "EUR"),
    ],
)
def test_letter_currencies_and_hyphened_scale_letters(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "The P5 members met behind closed doors.",
        "The P3 laboratory reopened on schedule.",
    ],
)
def test_a_capital_letter_on_a_bare_number_is_a_name(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "quantity") == []
