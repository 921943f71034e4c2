"""A currency written as a bare capital letter is money when its figure is written to
the cent ('R18.49', 'P52.75'); a letter and a whole number stays a name ('the P5')."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("A loaf of brown bread cost an average R18.49 last month.", "R18.49", 18.49, "ZAR"),
        ("Diesel will sell at R23.07 a litre from Wednesday.", "R23.07", 23.07, "ZAR"),
        ("Rice had climbed to P52.75, traders said.", "P52.75", 52.75, "PHP"),
        ("Shoppers paid R9.99 for milk that used to cost less.", "R9.99", 9.99, "ZAR"),
    ],
)
def test_a_letter_currency_written_to_the_cent_is_money(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)


def test_a_letter_and_a_whole_number_stays_a_name(claims_of: Rows) -> None:
    assert claims_of("Delegates of the P5 met at a P3 laboratory.", "quantity") == []
