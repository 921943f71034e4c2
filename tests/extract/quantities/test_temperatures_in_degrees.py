"""Temperatures written with a degree sign ('24.2 °C', '-8°C', '30 ºC') are measures in a unit:
a minus sign written on them is a value below zero, not a fall (ranges too); a temperature that
only says which of the counted days or nights count ('14 days above 32 °C') is no claim of its
own, the count is."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("The average temperature for the month was 21.6 °C, the bureau said.", "21.6 °C", 21.6),
        ("Afternoon highs reached 39°C in the interior on Sunday.", "39°C", 39.0),
        ("Inland valleys will see lows of 4 ºC overnight.", "4 ºC", 4.0),
        ("The coldest reading of the winter was -17 °C at the mountain station.", "-17 °C", -17.0),
        ("Overnight the thermometer dropped to -9°C in the capital.", "-9°C", -9.0),
    ],
)
def test_a_degree_sign_makes_a_temperature(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_value"] == value
    assert row["quantity_unit"] == "C"
    assert row["quantity_change"] is None


@pytest.mark.parametrize(
    ("text", "anchor", "low", "high"),
    [
        ("Night temperatures of -3 to -9°C are expected in the north.", "-3 to -9°C", -9, -3),
        ("Readings ranged from -2 to 6 °C along the coast.", "-2 to 6 °C", -2, 6),
        ("The forecast gives lows of -12 to -15 °C in the hills.", "-12 to -15 °C", -15, -12),
        ("Daytime values will climb to 18 to 22 °C later in the week.", "18 to 22 °C", 18, 22),
    ],
)
def test_signed_ranges_of_temperatures_stay_below_zero(
    claims_of: Rows, text: str, anchor: str, low: float, high: float
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_low"], row["quantity_high"]) == (low, high)
    assert row["quantity_bound"] == "range"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The town recorded 11 days above 35 °C during the heat wave.", "11 days"),
        ("Farmers counted nine nights below 0 °C in October alone.", "nine nights"),
        ("There were 23 consecutive days over 30 °C in the south last summer.", "23"),
        ("Forecasters expect four more days above 40°C this week.", "four more days"),
    ],
)
def test_a_threshold_on_counted_days_is_no_claim(claims_of: Rows, text: str, count: str) -> None:
    rows = claims_of(text, "quantity")
    spans = [text[r["span_start"] : r["span_end"]] for r in rows]
    assert len(rows) == 1 and count in spans[0], spans
    assert rows[0]["quantity_unit"] != "C"
