"""A label line whose value opens with a currency code ('Mean bid: USD 2.4m/MW') is a value after
its colon, not a label word; unit abbreviations that carry a scale ('mhl', 'mbbl', 'bcf') are read
as the scaled amount in the plain unit."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found, on_a_page


@pytest.mark.parametrize(
    ("line", "anchor", "value", "unit", "per"),
    [
        ("Mean winning bid: USD 2.4m/MW (2022: USD 3.1m/MW)", "USD 2.4m/MW", 2400000, "USD", "MW"),
        (
            "Diesel, Basel-Antwerp: CHF 18.50/t (Mar: CHF 11.00/t)",
            "CHF 18.50/t",
            18.5,
            "CHF",
            "tonne",
        ),
        ("Spot cargo premium: GBP 4.75/bbl", "GBP 4.75/bbl", 4.75, "GBP", "barrel"),
        ("Feed-in tariff: EUR 0.082/kWh, unchanged", "EUR 0.082/kWh", 0.082, "EUR", "kWh"),
        ("Average lease, Oslo-Bergen: NOK 1,250/t", "NOK 1,250/t", 1250, "NOK", "tonne"),
    ],
)
def test_a_currency_code_after_the_colon_opens_the_value(
    claims_of: Rows, line: str, anchor: str, value: float, unit: str, per: str
) -> None:
    text = on_a_page(line)
    row = found(claims_of, text, anchor)
    assert row["quantity_value"] == pytest.approx(value)
    assert (row["quantity_unit"], row["quantity_per"]) == (unit, per)


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        (
            "Cellars held 12.5 mhl of unsold wine at the end of June.",
            "12.5 mhl",
            12500000,
            "hectolitres",
        ),
        ("Bottlers expect about 4.1 mhl less than in 2023.", "4.1 mhl", 4100000, "hectolitres"),
        ("The field still holds 850 mbbl of recoverable crude.", "850 mbbl", 850000000, "barrels"),
        ("Stocks were drawn down by 310 kbbl last week.", "310 kbbl", 310000, "barrels"),
        ("The basin has produced 96 bcf of gas since 2019.", "96 bcf", 96000000000, "cubic feet"),
    ],
)
def test_scaled_unit_abbreviations_give_the_full_amount(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (pytest.approx(value), unit)


def test_a_figure_among_the_label_words_is_still_part_of_the_label(claims_of: Rows) -> None:
    rows = claims_of(on_a_page("Grade B 2 litre tins: USD 14.20"), "quantity")
    assert [r["quantity_value"] for r in rows] == [pytest.approx(14.2)]
