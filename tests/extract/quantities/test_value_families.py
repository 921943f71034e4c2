"""Value families read as one claim: a number among a label's words names the row (the value
follows the colon), a hyphened horizon before a target or forecast is no claim, the stretch of
time a change took belongs to the change, a fraction before 'more'/'less' is a percent change,
and a currency's hundredth is money in that currency."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found, on_a_page


@pytest.mark.parametrize(
    ("line", "anchor", "value", "unit"),
    [
        ("- Patients treated within 18 weeks: 71.2%", "71.2%", 71.2, "%"),
        ("Calls answered in 30 seconds (peak hours): 64%", "64%", 64.0, "%"),
        ("Opening: 412 | Week-two close: -3.1%", "-3.1%", 3.1, "%"),
        ("Parcels delivered within two days: 8,450", "8,450", 8450.0, None),
        ("Refunds paid in 14 days or less: 92%", "92%", 92.0, "%"),
    ],
)
def test_a_number_among_a_labels_words_is_part_of_the_label(
    claims_of: Rows, line: str, anchor: str, value: float, unit: str | None
) -> None:
    text = on_a_page(line)
    rows = claims_of(text, "quantity")
    assert len(rows) == 1 + line.count(" | "), rows  # the label's number makes no claim
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)


@pytest.mark.parametrize(
    ("line", "values"),
    [
        ("Transits: 1,140 (May 2023: 2,190)", [1140.0, 2190.0]),
        ("Deaths: 3 | Injured: 58 | Evacuated: 4,100", [3.0, 58.0, 4100.0]),
        ("A convoy of 30 trucks arrived: 12 carried food.", [30.0, 12.0]),
    ],
)
def test_values_after_colons_and_clauses_with_colons_keep_their_figures(
    claims_of: Rows, line: str, values: list[float]
) -> None:
    rows = claims_of(on_a_page(line), "quantity")
    assert [r["quantity_value"] for r in rows] == values


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Analysts set a 12-month price target of $85 on the stock.", "$85", 85.0),
        ("Two brokers gave 18-month targets of Rs 410 and Rs 455.", "Rs 410", 410.0),
        ("The bank cut its three-year sales forecast to 4 million cars.", "4 million", 4e6),
        ("Its 10-year outlook sees demand at 2.1 million barrels a day.", "2.1 million", 2.1e6),
    ],
)
def test_a_hyphened_horizon_before_a_target_or_forecast_is_no_claim(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    rows = claims_of(text, "quantity")
    assert not any(r["quantity_unit"] in ("months", "years") for r in rows), rows
    assert found(claims_of, text, anchor)["quantity_value"] == value


@pytest.mark.parametrize(
    ("text", "anchor", "value", "change"),
    [
        ("Rents in the capital rose 9% in six months.", "9%", 9.0, "increase"),
        ("Output has fallen 4.5% over the past three years.", "4.5%", 4.5, "decrease"),
        (
            "The index gained 12 percent within two weeks of the vote.",
            "12 percent",
            12.0,
            "increase",
        ),
        ("Copper is trading near $9,100, up 21% over eighteen months.", "21%", 21.0, "increase"),
        (
            "Wages slipped 2% during the last four quarters.",
            "2%",
            2.0,
            "decrease",
        ),
    ],
)
def test_the_time_a_change_took_belongs_to_the_change(
    claims_of: Rows, text: str, anchor: str, value: float, change: str
) -> None:
    rows = claims_of(text, "quantity")
    times = ("months", "years", "weeks", "quarters")
    assert not any(r["quantity_unit"] in times for r in rows), rows
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_change"]) == (value, change)
    assert row["quantity_unit"] == "%"


def test_a_duration_with_no_change_before_it_is_still_a_quantity(claims_of: Rows) -> None:
    text = "The siege of the port lasted over six months."
    row = found(claims_of, text, "six months")
    assert (row["quantity_value"], row["quantity_unit"]) == (6.0, "months")


@pytest.mark.parametrize(
    ("text", "anchor", "value", "bound", "change"),
    [
        (
            "The dam generated 412 GWh, almost two-thirds more than a year earlier.",
            "two-thirds more",
            66.67,
            "approx",
            "increase",
        ),
        (
            "The agency spent three-quarters less on advertising than in 2021.",
            "three-quarters less",
            75.0,
            "eq",
            "decrease",
        ),
        (
            "Ferry traffic was roughly two-fifths lower than before the strike.",
            "two-fifths lower",
            40.0,
            "approx",
            "decrease",
        ),
        (
            "Farmers will harvest a third more wheat than last season.",
            "a third more",
            33.33,
            "eq",
            "increase",
        ),
    ],
)
def test_a_fraction_before_a_comparative_is_a_percent_change(
    claims_of: Rows, text: str, anchor: str, value: float, bound: str, change: str
) -> None:
    row = found(claims_of, text, anchor)
    got = (row["quantity_value"], row["quantity_unit"], row["quantity_bound"])
    assert got == (value, "%", bound)
    assert row["quantity_change"] == change


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        (
            "The regulator held tariffs at 9.2 US cents per kilowatt-hour.",
            "9.2 US cents",
            9.2,
            "US cents",
        ),
        ("Diesel will cost 4c a litre more from Monday.", "4c", 4, "US cents"),
        ("Bus fares are set to rise 50p in April.", "50p", 0.5, "GBP"),
        ("A first-class stamp will cost 85 pence from January.", "85 pence", 0.85, "GBP"),
        ("Each ticket now costs 20 euro cents more.", "20 euro cents", 20, "EUR cents"),
    ],
)
def test_cents_keep_their_printed_value_and_other_hundredths_are_money(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (pytest.approx(value), unit)


def test_a_temperature_glued_in_capitals_stays_one(claims_of: Rows) -> None:
    row = found(claims_of, "The temperature hit 45C in Seville.", "45C")
    assert (row["quantity_value"], row["quantity_unit"]) == (45.0, "C")
