"""Indian digit groups ('3,71,450'), currencies written as letters
('Rp 466 trillion', 'KM 1,480'), a glued 'm' that is metres after a level or a river, feet and
parts per million as unit words, and a range token with the currency sign on both ends."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Carmakers shipped 3,71,450 units to dealers in May.", "3,71,450", 371450),
        ("Retail sales slipped to 1,51,200 vehicles last month.", "1,51,200", 151200),
        ("Exports: 12,40,000 tonnes", "12,40,000", 1240000),
        ("The scheme will reach 2,05,300 farmers, up from 1,98,000.", "2,05,300", 205300),
    ],
)
def test_indian_digit_groups_read_as_one_number(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    assert found(claims_of, text, anchor)["quantity_value"] == value


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("The ministry put the cost at Rp 466 trillion.", "466", 466e12, "IDR"),
        ("Jakarta allocated Rp48.8 trillion for roads this year.", "48.8", 48.8e12, "IDR"),
        ("Average wages rose to KM 1,480 a month.", "1,480", 1480, "BAM"),
        ("The entity must repay KM 1.3 bn of debt.", "1.3", 1.3e9, "BAM"),
    ],
)
def test_currencies_written_as_letters_before_the_figure(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("The river at the old bridge has risen 1.8m since dawn.", "1.8m", 1.8),
        ("Engineers said the lake level stood at 9.3m on Monday.", "9.3m", 9.3),
        ("Forecasters expect the flood crest to reach 4.2m by Sunday.", "4.2m", 4.2),
        ("Waves of 6m battered the harbour wall.", "6m", 6),
    ],
)
def test_a_glued_m_after_a_level_is_metres(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, "m")


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("The river port handled 9.3m tonnes of grain.", "9.3m", 9.3e6),
        ("Bus journeys: 18.2m", "18.2m", 18.2e6),
        ("The flood displaced 1.2m people along the river.", "1.2m", 1.2e6),
        ("Raising the water level cost $4.5m.", "4.5m", 4.5e6),
    ],
)
def test_a_glued_m_that_counts_or_is_money_stays_million(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    assert found(claims_of, text, anchor)["quantity_value"] == value


def test_a_peak_range_in_metres(claims_of: Rows) -> None:
    text = "Officials expect a peak of 10.8-11.2m on Friday night."
    row = found(claims_of, text, "10.8")
    assert (row["quantity_value"], row["quantity_low"], row["quantity_high"]) == (
        11.0,
        10.8,
        11.2,
    )


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("Police seized a 72ft yacht in the marina.", "72ft", 72, "feet"),
        ("Each ship carries 40ft refrigerated containers.", "40ft", 40, "feet"),
        ("Tests found 15 parts per million of benzene in the well.", "15", 15, "ppm"),
        ("The screening level is 1 part per billion.", "1 part", 1, "ppb"),
    ],
)
def test_length_and_concentration_unit_words(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)


@pytest.mark.parametrize(
    ("text", "anchor", "low", "high"),
    [
        ("Prices traded in a range of $99.80-$108.30 last month.", "99.80", 99.8, 108.3),
        ("Fares cost €12-€15 a trip.", "12", 12, 15),
        ("Rooms go for £80-£120 a night.", "80", 80, 120),
        ("Bids ranged from $1.05-$1.20 a share.", "1.05", 1.05, 1.2),
    ],
)
def test_a_range_token_with_the_sign_on_both_ends(
    claims_of: Rows, text: str, anchor: str, low: float, high: float
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_low"], row["quantity_high"]) == (low, high)


def test_a_range_token_in_two_currencies_is_no_range(claims_of: Rows) -> None:
    text = "Tickets at $10-€15 are sold."
    assert [r["quantity_bound"] for r in claims_of(text, "quantity")] != ["range"]
