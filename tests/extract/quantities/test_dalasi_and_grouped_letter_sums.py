"""Money in dalasi written as the letter 'D' (units.json letter_symbols), and a sum in a currency
letter written with a thousands comma in an all-capitals line, where the tagger reads the words
before it as a name ('WAS FINED R40,000'): a sum, never a name's number."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("The owners paid a fine of D8.5 million last week.", "D8.5 million", 8.5e6),
        ("Fees from the licences came to about D180m in 2024.", "D180m", 1.8e8),
        ("Each trawler still owes D3 million in unpaid fines.", "D3 million", 3e6),
        ("A bag of rice now sells for D1,850 at the market.", "D1,850", 1850),
    ],
)
def test_dalasi_sums(claims_of: Rows, text: str, anchor: str, value: float) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, "GMD")


def test_a_capital_d_on_a_bare_number_is_a_name(claims_of: Rows) -> None:
    text = "Traffic on the D4 road and the D12 bypass was slow."
    assert claims_of(text, "quantity") == []


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("THE SIDE WAS FINED E18,000 BY THE LEAGUE.", "E18,000", 18000, "SZL"),
        ("THE TEAM WAS FINED R40,000 AFTER THE MATCH.", "R40,000", 40000, "ZAR"),
        ("THE BOARD TOLD THE OWNER TO REPAY P120,000 BY MARCH.", "P120,000", 120000, "PHP"),
        ("THE OWNERS OF THE STADIUM PAID D75,000 IN COSTS.", "D75,000", 75000, "GMD"),
    ],
)
def test_grouped_letter_sums_in_capitals(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)
