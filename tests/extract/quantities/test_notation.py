"""Number notations news writes: money with codes and glued scales, units glued to numbers,
signed changes, ranges with the unit on both ends, coordinated counts, 'and a half'."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, one


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The broker received $US4.2m in commissions.", 4.2e6, "USD"),
        ("Britain set aside GBP 30mn for patrol drones.", 30e6, "GBP"),
        ("LNG revenue came to EUR 0.9 bn in March.", 0.9e9, "EUR"),
        ("The donors pledged USD five billion for reconstruction.", 5e9, "USD"),
        ("Tokyo exported goods worth JPY 262bn to the region.", 262e9, "JPY"),
        ("Norway sold fish worth NOK 1.2bn last year.", 1.2e9, "NOK"),
        ("A mid-sized refiner paid $3m in fees.", 3e6, "USD"),
        ("Copenhagen committed DKK 45mn to the fund.", 45e6, "DKK"),
    ],
)
def test_money_in_every_notation(claims_of: Rows, text: str, value: float, unit: str) -> None:
    row = one(claims_of, text)
    assert (row["quantity_value"], row["quantity_unit"]) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "value", "item"),
    [
        ("The factory assembled 5K FPV drones in May.", 5000, "drones"),
        ("The army received 1.2m rounds of ammunition.", 1.2e6, "rounds"),
        ("Volunteers delivered 40k sleeping bags.", 40000, "sleeping bags"),
        ("The agency reported 2.5bn messages a year.", 2.5e9, "messages"),
    ],
)
def test_scale_letters_written_onto_counts(
    claims_of: Rows, text: str, value: float, item: str
) -> None:
    row = one(claims_of, text)
    assert (row["quantity_value"], row["quantity_item"]) == (pytest.approx(value), item)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Car shipments slumped 24pc in the spring.", 24, "%"),
        ("Each generator produces 10kW at peak.", 10, "kW"),
        ("The plant made 155mm shells for the front.", 155, "mm"),
        ("Wholesale prices climbed 7pct over the summer.", 7, "%"),
    ],
)
def test_units_glued_to_numbers(claims_of: Rows, text: str, value: float, unit: str) -> None:
    row = one(claims_of, text)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("Pipeline gas exports, month on month: -3.5%", 3.5, "decrease"),
        ("Industrial output, September: +0.4% m/m", 0.4, "increase"),
        ("Retail sales moved +1.2% on the previous month.", 1.2, "increase"),
        ("The rouble against the dollar, past week: -2.1%", 2.1, "decrease"),
    ],
)
def test_a_signed_figure_is_a_change(claims_of: Rows, text: str, value: float, change: str) -> None:
    row = one(claims_of, text)
    assert (row["quantity_value"], row["quantity_unit"], row["quantity_change"]) == (
        value,
        "%",
        change,
    )


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("Brokers charge commissions of 3% to 5% on each cargo.", 3, 5, "%"),
        ("Analysts expect growth of between 0.5% and 1.5% next year.", 0.5, 1.5, "%"),
        ("Charter costs run between $2m and $3m per voyage.", 2e6, 3e6, "USD"),
        ("The deficit may reach between RUB 1 trillion and RUB 1.5 trillion.", 1e12, 1.5e12, "RUB"),
        ("Each shell costs from EUR 3,000 to EUR 4,000 on the market.", 3000, 4000, "EUR"),
        ("Premiums stood at 1% to 1.5% of a hull's value.", 1, 1.5, "%"),
    ],
)
def test_ranges_with_the_unit_on_both_ends(
    claims_of: Rows, text: str, low: float, high: float, unit: str
) -> None:
    row = one(claims_of, text)
    assert (row["quantity_bound"], row["quantity_low"], row["quantity_high"]) == (
        "range",
        pytest.approx(low),
        pytest.approx(high),
    )
    assert row["quantity_unit"] == unit
    assert row["quantity_value"] == pytest.approx((low + high) / 2)


def test_a_change_from_one_level_to_another_is_two_figures(claims_of: Rows) -> None:
    rows = claims_of("The uninsured share rose from 40% to 55% over the year.", "quantity")
    assert [(r["quantity_value"], r["quantity_bound"]) for r in rows] == [(40, "eq"), (55, "eq")]


def test_a_change_and_the_level_it_reaches_are_not_a_range(claims_of: Rows) -> None:
    rows = claims_of("Exports fell 8% to 12 million barrels a day.", "quantity")
    assert [(r["quantity_value"], r["quantity_unit"]) for r in rows] == [
        (8, "%"),
        (12e6, "barrels"),
    ]


@pytest.mark.parametrize(
    ("text", "low", "high", "item"),
    [
        ("Eight or nine ships waited outside the port.", 8, 9, "ships"),
        ("The strike wounded two or three guards.", 2, 3, "guards"),
        ("Inspectors found four or five drones in the hold.", 4, 5, "drones"),
        ("Ten or twelve trucks crossed the border.", 10, 12, "trucks"),
    ],
)
def test_coordinated_counts_are_ranges(
    claims_of: Rows, text: str, low: float, high: float, item: str
) -> None:
    row = one(claims_of, text)
    assert (row["quantity_low"], row["quantity_high"], row["quantity_item"]) == (low, high, item)
    assert row["quantity_bound"] == "range"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The plant will make one and a half million shells.", 1.5e6),
        ("About two and a half thousand troops arrived.", 2500),
        ("The ministry ordered three and a half million rounds.", 3.5e6),
        ("The ships carried one and a half thousand tonnes of grain.", 1500),
    ],
)
def test_and_a_half(claims_of: Rows, text: str, value: float) -> None:
    assert one(claims_of, text)["quantity_value"] == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("Exports averaged 1.9 million barrels a day in May.", "day"),
        ("Russia produces 3 million shells per year.", "year"),
        ("Urals averaged $56.30/bbl in July.", "barrel"),
        ("Soldiers are paid about $2,000 a month.", "month"),
        ("Crude exports reached 3.3 mb/d in June.", "day"),
    ],
)
def test_rates_name_their_period(claims_of: Rows, text: str, per: str) -> None:
    assert one(claims_of, text)["quantity_per"] == per


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Exports fell 8% in May.", "decrease"),
        ("Wheat sales are up 12% year on year.", "increase"),
        ("The ministry cut the budget by 15%.", "decrease"),
        ("Shipments recorded a 5% increase in March.", "increase"),
        ("Imports have declined by 200,000 barrels.", "decrease"),
    ],
)
def test_stated_changes(claims_of: Rows, text: str, change: str) -> None:
    assert one(claims_of, text)["quantity_change"] == change


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose to 1.9 million barrels a day.",
        "The fleet now numbers 120 ships.",
        "Prices stood at 85% of the pre-war level.",
    ],
)
def test_levels_are_no_changes(claims_of: Rows, text: str) -> None:
    assert one(claims_of, text)["quantity_change"] is None


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Leaders met for a three-day summit in Brussels.", "days"),
        ("Moscow rejected a 30-day truce.", "days"),
        ("The ministry announced a two-week pause in exports.", "weeks"),
        ("Kyiv signed a 10-year security pact.", "years"),
    ],
)
def test_a_hyphenated_duration_counts_its_time_unit(claims_of: Rows, text: str, unit: str) -> None:
    row = one(claims_of, text)
    assert (row["quantity_unit"], row["quantity_item"]) == (unit, unit.rstrip("s"))


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Refinery runs reached roughly 1.1 million barrels a day.", "refinery runs"),
        ("The old pipeline moved 400,000 barrels a day.", "old pipeline"),
        ("Output stayed below 100,000 barrels per day.", "output"),
        ("Brent traded near 80 dollars a barrel.", "brent price"),
    ],
)
def test_the_period_of_a_rate_is_never_its_item(claims_of: Rows, text: str, item: str) -> None:
    row = one(claims_of, text)
    assert row["quantity_item"] == item
