"""Values a unit symbol, a sign or a mark written onto the figure change: a unit symbol that
carries a multiplier ('Mlb' = million pounds), a minus on a temperature (below zero, not a fall)
and a plus written after a figure (at least that many)."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("The miner produced 12.4 Mlb of uranium last year.", "12.4 Mlb", 12.4e6),
        ("Utilities bought about 2.2 Mlb in the spot market in May.", "2.2 Mlb", 2.2e6),
        ("Its output target is 9 Mlbs, down from 10.5 Mlbs.", "9 Mlbs", 9e6),
        ("The mill will have processed 3.7 MMlb by the end of the quarter.", "3.7 MMlb", 3.7e6),
    ],
)
def test_a_unit_symbol_with_a_multiplier_scales_the_figure(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, "lb")


def test_a_capitalized_name_is_no_scaled_unit(claims_of: Rows) -> None:
    row = found(claims_of, "Scouts from 30 MLB teams watched the game.", "30")
    assert row["quantity_value"] == 30.0


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("Forecasters say temperatures will plunge to -22C by Friday.", "-22C", -22.0, "C"),
        ("Lows of -8F were recorded in the valley overnight.", "-8F", -8.0, "F"),
        ("The thermometer read -3C (27F) at the airport on Monday.", "-3C", -3.0, "C"),
        ("Overnight it had dropped to -40F in the north of the state.", "-40F", -40.0, "F"),
    ],
)
def test_a_minus_on_a_temperature_is_below_zero(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"], row["quantity_change"]) == (
        value,
        unit,
        None,
    )


def test_a_minus_on_a_percentage_is_still_a_fall(claims_of: Rows) -> None:
    row = found(claims_of, "Shares in the lender moved -3% on the day.", "-3%")
    assert (row["quantity_value"], row["quantity_change"]) == (3.0, "decrease")


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Arrests so far: 75+", "75", 75.0),
        ("Homes damaged: 1,200+ | Deaths: 3", "1,200", 1200.0),
        ("The group now runs 40+ clinics across the region.", "40", 40.0),
        ("Officials expect 500+ delegates to attend the summit.", "500", 500.0),
        ("Vessels inspected this season: 2,450+", "2,450", 2450.0),
        ("The co-operative signed up 90+ growers in its first year.", "90", 90.0),
    ],
)
def test_a_plus_written_after_a_figure_is_more_than(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_bound"]) == (value, "gt")


def test_a_spaced_plus_is_no_bound(claims_of: Rows) -> None:
    row = found(claims_of, "Officials expect 500 + delegates to attend.", "500")
    assert row["quantity_bound"] == "eq"


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        ("The grid has 40 substations, with 6 under repair.", "6 under", 6.0, "substations"),
        ("Medics treated 85 patients, with 40 in critical condition.", "40 in", 40.0, "patients"),
        ("Inspectors checked 14 bridges, with three beyond repair.", "three", 3.0, "bridges"),
        ("The airline flies 60 jets, with 12 on order from Airbus.", "12", 12.0, "jets"),
    ],
)
def test_a_bare_count_after_with_and_its_own_predicate_counts_the_noun_before(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"]) == (value, item)


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        ("Police logged 900 thefts last year, about three a week.", "three", 3.0, "thefts"),
        ("The plant built 3,000 cars in March, about 100 a day.", "100", 100.0, "cars"),
        (
            "Rebels launched 600 rockets over the summer, nearly seven a day.",
            "seven",
            7.0,
            "rockets",
        ),
        (
            "Clinics will see 52,000 patients this year, roughly 1,000 a week.",
            "1,000",
            1000.0,
            "patients",
        ),
    ],
)
def test_a_bare_rate_set_off_after_a_count_restates_it(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"]) == (value, item)


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        (
            "Police seized 1,200 rifles last year, but still about 100 a month.",
            "100",
            100.0,
            "rifles",
        ),
        (
            "The coast guard stopped 640 boats in the season, and nearly 20 a week in June.",
            "20",
            20.0,
            "boats",
        ),
        (
            "Hospitals admitted 5,200 patients with burns in 2024, yet only about 14 a day.",
            "14",
            14.0,
            "patients",
        ),
        ("The army has repelled 3,000 attacks, but still 40 a day.", "40", 40.0, "attacks"),
    ],
)
def test_a_bare_rate_joined_by_a_conjunction_after_a_count_restates_it(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"]) == (value, item)


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Evacuated from the coast: 4,300 | Missing: 12", "4,300", 4300.0),
        ("Turned back at the border: 57", "57", 57.0),
        ("Homes still to be reconnected: 18,000 (estimate)", "18,000", 18000.0),
        ("Bus trips, Jan 2025 - Dec 2025: 41.2m, up 3%", "41.2m", 41.2e6),
    ],
)
def test_a_label_line_of_any_words_holds_its_figure(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    assert found(claims_of, text, anchor)["quantity_value"] == value


def test_a_label_followed_by_a_sentence_is_no_label_line(claims_of: Rows) -> None:
    rows = claims_of("Sold off at a loss: 40 of them were never used again", "quantity")
    assert all(r["quantity_item"] != "sold off at a loss" for r in rows)


@pytest.mark.parametrize(
    ("text", "anchor", "bound", "item"),
    [
        ("The blizzard brought over a foot of snow to the hills.", "a foot", "gt", "snow"),
        ("Customs seized nearly a tonne of cannabis at the port.", "a tonne", "approx", "cannabis"),
        ("Farmers lost more than a hectare of maize each.", "a hectare", "gt", "maize"),
        ("Crews laid almost a kilometre of new pipe.", "a kilometre", "approx", "pipe"),
    ],
)
def test_one_unit_of_a_measure_with_a_bound_is_a_figure(
    claims_of: Rows, text: str, anchor: str, bound: str, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_bound"], row["quantity_item"]) == (
        1.0,
        bound,
        item,
    )


@pytest.mark.parametrize(
    "text", ["The village lies a mile away.", "A tonne of aid arrived on Monday."]
)
def test_one_unit_without_a_bound_is_no_figure(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "quantity") == []


@pytest.mark.parametrize(
    "text",
    [
        "The mine made 4,100 t in 2025 (100% basis).",
        "Reserves are reported on a 50% basis.",
        "Output is shown on an 80% basis for the joint venture.",
        "Sales of 900 units (100% basis) were booked.",
    ],
)
def test_a_percentage_naming_a_reporting_basis_is_no_figure(claims_of: Rows, text: str) -> None:
    assert all(r["quantity_unit"] != "%" for r in claims_of(text, "quantity"))
