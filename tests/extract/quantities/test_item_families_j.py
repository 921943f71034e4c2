"""Item families read from dev_j's errors (round 6), four sentences of our own each: a figure
that names only its unit measures what the figure before it in that unit measured."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Reservoir levels in the north reached 64% last week. Germany stood at 58%.",
            "58%",
            "reservoir levels",
        ),
        (
            "Copper output at the mine rose to 41,000 tonnes in May. In June it fell to "
            "38,500 tonnes.",
            "38,500 tonnes",
            "copper output",
        ),
        (
            "The ministry has paid $40 million in flood relief since March. The total could "
            "reach $55 million.",
            "$55 million",
            "flood relief",
        ),
        (
            "Grain stocks covered 35% of demand in March; by April the figure will drop below 30%.",
            "30%",
            "demand",
        ),
    ],
)
def test_a_figure_naming_only_its_unit_measures_what_the_figure_before_measured(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The strike lasted nine days. Shares later fell 4%.", "4%"),
        ("Talks ran for three weeks before the firm paid $2 million.", "$2 million"),
    ],
)
def test_a_duration_before_lends_no_item(claims_of: Rows, text: str, anchor: str) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] not in ("days", "weeks")


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Mining royalties rose to EUR 12 billion last year. Analysts expect "
            "EUR 14 billion in 2025.",
            "EUR 14 billion",
            "mining royalties",
        ),
        (
            "Wheat stocks covered 35% of demand in March, and officials expect 28% by May.",
            "28%",
            "demand",
        ),
        (
            "Sugar imports reached 2.4 million tonnes in 2023; the ministry expects "
            "2.9 million tonnes this year.",
            "2.9 million tonnes",
            "sugar imports",
        ),
        (
            "Cocoa arrivals rose 12% in October. Traders had forecast 9%.",
            "9%",
            "cocoa arrivals",
        ),
    ],
)
def test_who_expects_or_targets_a_figure_is_not_what_it_measures(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Air Cargo Volumes Up 5.2% in March", "5.2%", "air cargo volumes"),
        ("Port Monitor: Container Dwell Times Down 11%", "11%", "container dwell times"),
        ("Jobless Rate at Record Low 2.9%", "2.9%", "jobless rate"),
        ("Wheat Exports at 4.2 Million Tonnes in June", "4.2 Million Tonnes", "wheat exports"),
    ],
)
def test_a_verbless_headline_names_what_its_figure_measures_before_up_down_or_at(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("The central bank trimmed its key rate by 25bp on Thursday.", "25bp", 25, "basis points"),
        ("Markets now price in 75bps of cuts by June.", "75bps", 75, "basis points"),
        ("The jobless rate edged up 0.3pp in the spring.", "0.3pp", 0.3, "percentage points"),
        ("Thermometers in Cordoba showed 44.8C on Sunday.", "44.8C", 44.8, "C"),
        ("Ottawa will add a further $C40m for the mission.", "$C40m", 40_000_000, "CAD"),
        ("Sydney pledged $A12m in relief.", "$A12m", 12_000_000, "AUD"),
        ("Each household received MDL 2,500 in support.", "MDL 2,500", 2500, "MDL"),
        ("The council has spent $2m.", "$2m", 2_000_000, "USD"),
        ("The repairs cost the town £14.5m.", "£14.5m", 14_500_000, "GBP"),
    ],
)
def test_glued_rate_and_temperature_units_code_prefixes_and_a_final_scale_letter(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (pytest.approx(value), unit)


def test_a_lower_case_c_glued_to_a_number_is_no_temperature(claims_of: Rows) -> None:
    rows = claims_of("Petrol now costs 50c more than in spring.", "quantity")
    assert all(r["quantity_unit"] != "C" for r in rows)


@pytest.mark.parametrize(
    ("text", "anchor", "low", "high", "unit"),
    [
        ("Forecasters see a fall of between 5C and 9C overnight.", "between 5C and 9C", 5, 9, "C"),
        (
            "Traders price in between 25bp and 50bp of cuts.",
            "between 25bp and 50bp",
            25,
            50,
            "basis points",
        ),
        (
            "The port will spend between $C90m and $C120m on cranes.",
            "between $C90m and $C120m",
            90_000_000,
            120_000_000,
            "CAD",
        ),
        (
            "Spreads widened by between 0.2pp and 0.4pp.",
            "between 0.2pp and 0.4pp",
            0.2,
            0.4,
            "percentage points",
        ),
    ],
)
def test_a_range_of_figures_with_glued_units_is_one_range(
    claims_of: Rows, text: str, anchor: str, low: float, high: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    got = (row["quantity_bound"], row["quantity_low"], row["quantity_high"], row["quantity_unit"])
    assert got == ("range", pytest.approx(low), pytest.approx(high), unit)


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Fees averaged 4.1% last quarter, against 6.3% five years earlier.", "five years"),
        ("Output is back where it stood two decades ago.", "two decades"),
        ("The ferry had been inspected three weeks before the fire.", "three weeks"),
        ("Ten days prior, the same vessel had left Piraeus.", "Ten days"),
    ],
)
def test_a_stretch_of_time_before_earlier_ago_or_before_dates_an_event(
    claims_of: Rows, text: str, anchor: str
) -> None:
    start = text.index(anchor)
    rows = claims_of(text, "quantity")
    assert not any(r["span_start"] <= start < r["span_end"] for r in rows)


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The decree extends by three years curbs on 40 officials.", "three years", "years"),
        ("Parliament prolonged by six months martial law in the east.", "six months", "months"),
        ("The court handed down four years imprisonment.", "four years", "years"),
        ("Ministers will renew for two years the levy on imports.", "two years", "years"),
    ],
)
def test_a_duration_counts_its_time_unit_even_before_a_noun(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Stocks sit 12% below their five-year average.", "five-year"),
        ("The lira slid to a 20-year low on Monday.", "20-year"),
        ("Demand for the 30-year bond was weak.", "30-year"),
        ("A four-bedroom house in the suburb now costs more.", "four-bedroom"),
        ("Sales were up 6% on the same nine months of 2023.", "nine months"),
        ("Rents rose in the final two months of the year.", "two months"),
    ],
)
def test_a_span_naming_a_statistic_a_home_size_or_a_calendar_stretch_is_no_claim(
    claims_of: Rows, text: str, anchor: str
) -> None:
    start = text.index(anchor)
    rows = claims_of(text, "quantity")
    assert not any(r["span_start"] <= start < r["span_end"] for r in rows)


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Mills bought wheat at prices up to $250/t.", "$250/t", "prices"),
        ("Drivers now face fines up to $500.", "$500", "fines"),
        ("The airline sold seats at fares around EUR 90.", "EUR 90", "fares"),
        ("Lenders charged rates near 9% last month.", "9%", "rates"),
    ],
)
def test_a_noun_then_bound_words_then_a_sum_owns_the_sum(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Officials cut the tariff on rice imports from 35% to 15% in July.", "35%", "tariff"),
        ("The ministry raised its levy on plastic bags from 5% to 8%.", "5%", "levy"),
        ("Peru raised the royalty on copper exports from 4% to about 7%.", "4%", "royalty"),
        ("Ottawa lifted the surtax on steel products from 10% to 25%.", "10%", "surtax"),
    ],
)
def test_the_first_figure_of_from_x_to_y_measures_what_the_second_measures(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
