"""Sums in the currencies of smaller states, written by name ('ariary', 'vatu') or by symbol
('BZ$') or code in a table bracket ('(SCR million)'), are money in that currency."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("Collectors paid 52,000 ariary per kilo in the north.", "52,000 ariary", 52000.0, "MGA"),
        ("A return ferry ticket now costs 4,800 vatu.", "4,800 vatu", 4800.0, "VUV"),
        (
            "The ministry set aside BZ$12.5 million for flood repairs.",
            "BZ$12.5 million",
            12_500_000.0,
            "BZD",
        ),
        (
            "Government deposits, May 2026 (SCR million) ...... 3,115\n",
            "3,115",
            3_115_000_000.0,
            "SCR",
        ),
    ],
)
def test_a_small_states_currency_is_money(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        (
            "The sultanate will spend B$14.5 million on new clinics.",
            "B$14.5 million",
            14_500_000.0,
            "BND",
        ),
        ("Cleaners now earn B$3.10 an hour under the new order.", "B$3.10 an hour", 3.1, "BND"),
        ("Exports of power earned LAK 1.2 trillion last year.", "LAK 1.2 trillion", 1.2e12, "LAK"),
        (
            "Casinos paid MOP 9.8 billion in gaming tax in the quarter.",
            "MOP 9.8 billion",
            9.8e9,
            "MOP",
        ),
        ("The fund lent ₸12.4 bn to small farms.", "₸12.4 bn", 12_400_000_000.0, "KZT"),
        ("Port dues rose to DJF 3.1bn in the year.", "DJF 3.1bn", 3_100_000_000.0, "DJF"),
        ("Growers sold the crop for 2,400 kip a kilo.", "2,400 kip", 2400.0, "LAK"),
        ("A ferry crossing costs 300 dalasi per person.", "300 dalasi", 300.0, "GMD"),
        ("The levy raised E640 million for the grid.", "E640 million", 640_000_000.0, "SZL"),
        ("Water tariffs will bring in M95 million next year.", "M95 million", 95_000_000.0, "LSL"),
    ],
)
def test_a_small_states_code_or_mark_before_a_figure_is_money(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "The E3 letter went to the council on Monday.",
        "Rebels of the M23 took the town.",
        "Traffic on the M6 was slow.",
    ],
)
def test_a_capital_letter_on_a_figure_without_a_scale_stays_a_name(
    claims_of: Rows, text: str
) -> None:
    assert claims_of(text, "quantity") == []


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("Power cuts cost Eskom R8.6bn in the last financial year.", "R8.6bn", 8.6e9, "ZAR"),
        ("Regulators fined Maybank RM2.5m for late reports.", "RM2.5m", 2_500_000.0, "MYR"),
        ("Police freeze B2.1bn of assets held by scam bosses", "B2.1bn", 2.1e9, "THB"),
        ("The floods cost Dangote N4bn in lost output.", "N4bn", 4e9, "NGN"),
    ],
)
def test_a_scaled_currency_letter_after_a_name_is_money(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)


def test_a_letter_on_a_bare_figure_stays_a_model_name(claims_of: Rows) -> None:
    assert claims_of("The B52 bomber flew over the base.", "quantity") == []
