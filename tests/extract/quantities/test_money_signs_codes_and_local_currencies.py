"""Money in the notations of smaller currencies: a dollar sign with its country's letters
('N$', 'EC$', 'TT$', 'J$'), an ISO code written in capitals right onto the figure
('USD1.9 billion', 'KES450m'), a currency letter with a scale ('K10.9 million' kina), a code
or a currency word the units list did not know ('TJS 5.2bn', '4.8 billion somoni', 'soms'),
and a price per pack or carton."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        (
            "The accounts hold a combined N$86.4 million, the bank said.",
            "N$86.4 million",
            86.4e6,
            "NAD",
        ),
        (
            "The court froze EC$3,412,806.44 held by the company.",
            "EC$3,412,806.44",
            3412806.44,
            "XCD",
        ),
        ("Carnival visitors spent TT$120 million last week.", "TT$120 million", 120e6, "TTD"),
        ("The ministry will borrow J$4.5 billion to repair roads.", "J$4.5 billion", 4.5e9, "JMD"),
    ],
)
def test_dollar_signs_with_country_letters(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("Reserves amounted to USD1.9 billion at the end of June.", "USD1.9 billion", 1.9e9, "USD"),
        ("The lender has set aside KES450m for bad loans.", "KES450m", 450e6, "KES"),
        ("Sales were EUR3.2bn in the first half.", "EUR3.2bn", 3.2e9, "EUR"),
        ("Diesel was selling at ZAR21.40 a litre on Monday.", "ZAR21.40 a litre", 21.4, "ZAR"),
    ],
)
def test_codes_written_onto_the_figure(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "The SAR2 radar was switched off for repairs.",
        "Crews fitted the EUR5 engines to older buses.",
    ],
)
def test_a_code_on_a_bare_number_is_a_name(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "quantity") == []


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        (
            "The fisheries authority froze K4.8 million held by the firm.",
            "K4.8 million",
            4.8e6,
            "PGK",
        ),
        ("The licences earned the State K486 million last year.", "K486 million", 486e6, "PGK"),
        ("The government budgeted TJS 5.2bn for the dam.", "TJS 5.2bn", 5.2e9, "TJS"),
        ("The junta seized about CFA 14 billion in assets.", "CFA 14 billion", 14e9, "XOF"),
    ],
)
def test_currency_letters_and_codes(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("The government spent 4.8 billion somoni on the dam.", "4.8 billion somoni", 4.8e9, "TJS"),
        ("Donors gave at least 6.8 million soms to the group.", "6.8 million soms", 6.8e6, "KGS"),
        ("Bread now costs 12 som in the capital.", "12 som", 12, "KGS"),
        ("The buyer paid 2 million kina for the licence.", "2 million kina", 2e6, "PGK"),
    ],
)
def test_currency_words(claims_of: Rows, text: str, anchor: str, value: float, unit: str) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)


@pytest.mark.parametrize(
    ("text", "anchor", "value", "per"),
    [
        ("Cigarettes sell for roughly R12 a carton on the street.", "R12 a carton", 12, "carton"),
        ("Smugglers charge $30 a pack for the pills.", "$30 a pack", 30, "pack"),
        ("Vendors asked P85 a bag for the rice.", "P85 a bag", 85, "bag"),
        ("Water was sold at $2 a bottle in the camp.", "$2 a bottle", 2, "bottle"),
    ],
)
def test_prices_per_pack(claims_of: Rows, text: str, anchor: str, value: float, per: str) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_per"]) == (value, per)


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("Gold imports were worth BD 540 million last year.", "BD 540 million", 540e6, "BHD"),
        ("The fund paid out BD 2,500 to each family.", "BD 2,500", 2500, "BHD"),
        ("Net profit rose to QR 1.2 billion in 2025.", "QR 1.2 billion", 1.2e9, "QAR"),
        ("Tourism brought in T$84.5 million, the ministry said.", "T$84.5 million", 84.5e6, "TOP"),
        ("Frozen balances: ZWG 41.7 million", "ZWG 41.7 million", 41.7e6, "ZWG"),
    ],
)
def test_gulf_pacific_and_southern_african_currency_marks(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)
