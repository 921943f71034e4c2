"""Money written with a local currency mark before the figure ('Ft 82,300 a tonne' in forints,
'NLe 40,000' in new leones) is money in that currency, not a name with a number; a unit of
account after a figure ('a fine of 300 UTM') is money in that unit, even after a name."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit", "per"),
    [
        ("Spot wheat traded at Ft 82,300 a tonne on Friday.", "Ft 82,300", 82300, "HUF", "tonne"),
        ("Aid is capped at Ft 60,000 per hectare this year.", "Ft 60,000", 60000, "HUF", "hectare"),
        ("Feed barley fetched Ft 64,000 in March, dealers said.", "Ft 64,000", 64000, "HUF", None),
        (
            "The shop owner was ordered to pay NLe 40,000 in back taxes.",
            "NLe 40,000",
            40000,
            "SLE",
            None,
        ),
        ("A litre of fuel sold for NLe 31.5 in Kenema.", "NLe 31.5", 31.5, "SLE", None),
    ],
)
def test_a_local_currency_mark_before_the_figure(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str, per: str | None
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"], row["quantity_per"]) == (
        value,
        unit,
        per,
    )


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("The tribunal decided to fine Colo Colo 300 UTM for the flares.", "300 UTM", 300),
        ("The league fined Huachipato 75 UTM on Thursday.", "75 UTM", 75),
        ("Fines for late filing range up to 50 UTM.", "50 UTM", 50),
        ("The regulator will fine Minera Sur 1,200 UIT for the spill.", "1,200 UIT", 1200),
    ],
)
def test_a_unit_of_account_after_a_name(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_value"] == value
    assert row["quantity_unit"] == anchor.split()[-1]


@pytest.mark.parametrize(
    "text",
    [
        "Flight LA 800 landed late.",
        "The Boeing 737 jets were grounded.",
    ],
)
def test_a_name_with_a_number_stays_a_name(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "quantity") == []


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Farmers who sign up receive K42,000 towards seed.", "K42,000", 42000),
        ("A used motorbike costs around K310,000 in Lilongwe.", "K310,000", 310000),
        ("Each household will receive P240,000 in cash.", "P240,000", 240000),
        ("The fine was raised to R12,500 last year.", "R12,500", 12500),
    ],
)
def test_a_currency_letter_on_a_sum_in_thousands(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_value"] == value
    assert row["quantity_unit"] is not None


@pytest.mark.parametrize(
    ("text", "anchor", "value", "per"),
    [
        ("Guests pay a levy of KM 1.80 per night in Trebinje.", "KM 1.80", 1.8, "night"),
        ("Parking costs EUR 4.30 a day in the old town.", "EUR 4.30", 4.3, "day"),
        ("A bed in the hostel costs $ 9.45 per night.", "9.45", 9.45, "night"),
    ],
)
def test_a_price_to_the_cent_before_a_day_part_is_no_clock_time(
    claims_of: Rows, text: str, anchor: str, value: float, per: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_per"]) == (value, per)
