"""Value families: age thresholds, ceilings and bounds written after or around a figure, levels after a change."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    "text",
    [
        "The retirement age will rise to 68 under the plan.",
        "Voting age was lowered to 16 in 2019.",
        "Workers born after 1970 reach pension age at 66 exactly.",
        "The legal drinking age stays at 18 in most provinces.",
    ],
)
def test_an_age_threshold_is_no_quantity(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "quantity") == []


def test_an_average_age_is_still_a_quantity(claims_of: Rows) -> None:
    text = "The average age of the fleet rose to 23."
    assert found(claims_of, text, "23")["quantity_value"] == 23


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Fines under the act can reach EUR 5 million.", "EUR 5 million"),
        ("Sentences can reach 12 years in jail.", "12 years"),
        ("Damages for each breach can reach $40,000 per day.", "40,000"),
        ("In a heatwave the temperature inside can reach 50 degrees.", "50"),
    ],
)
def test_can_reach_gives_a_ceiling(claims_of: Rows, text: str, anchor: str) -> None:
    assert found(claims_of, text, anchor)["quantity_bound"] == "lte"


def test_could_reach_forecasts_a_level(claims_of: Rows) -> None:
    text = "Sales could reach 6 million units next year."
    assert found(claims_of, text, "6 million")["quantity_bound"] == "eq"


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        (
            "Fines can reach EUR 5 million and two years in prison, or ten years on indictment.",
            "ten",
        ),
        ("Offenders face up to EUR 5 million and two years in prison.", "two years"),
        ("Penalties can reach GBP 2 million or 40% of the value of the breach.", "40%"),
        ("Up to 5,000 troops and 30 tanks crossed the river.", "30 tanks"),
    ],
)
def test_a_ceiling_carries_to_its_conjuncts(claims_of: Rows, text: str, anchor: str) -> None:
    assert found(claims_of, text, anchor)["quantity_bound"] == "lte"


def test_a_figure_in_another_clause_keeps_its_own_bound(claims_of: Rows) -> None:
    text = "Up to 5,000 troops crossed, while 12 jets flew over."
    assert found(claims_of, text, "12 jets")["quantity_bound"] == "eq"


@pytest.mark.parametrize(
    ("text", "anchor", "bound"),
    [
        ("The strike lasted beyond 72 hours.", "72", "gt"),
        ("The outage went on beyond six hours in some towns.", "six", "gt"),
        ("Police arrested 40 or so protesters on Friday.", "40", "approx"),
        (
            "About 2,000 people slept in shelters. Another 600 or so stayed with family.",
            "600",
            "approx",
        ),
        ("The fund lost EUR 30 million or so in bonds.", "30", "approx"),
        ("Queues stretched beyond 2 kilometres at the border.", "2", "gt"),
    ],
)
def test_beyond_and_or_so(claims_of: Rows, text: str, anchor: str, bound: str) -> None:
    assert found(claims_of, text, anchor)["quantity_bound"] == bound


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Ferry Cancellations Hit Record 2,140 As Fleet Ages", "2,140", 2140),
        ("Rail Strikes Reach New 310 As Talks Stall", "310", 310),
        ("Port Arrivals Hit Record 12,400 In March", "12,400", 12400),
        ("Border Crossings Hit Fresh 5,300 After Storms", "5,300", 5300),
    ],
)
def test_a_headline_verb_and_qualifier_before_a_figure(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    assert found(claims_of, text, anchor)["quantity_value"] == value


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        (
            "France grew fastest, with sales up 11% to 780k after a new bonus.",
            "780k",
            780000,
            "sales",
        ),
        ("Exports rose in May, with shipments up 6% to 9,200.", "9,200", 9200, "shipments"),
        ("The total for 2025 was up from 1,615 in 2024.", "1,615", 1615, "total"),
        ("Enrolment was down from 12,000 last year.", "12,000", 12000, "enrolment"),
    ],
)
def test_a_level_after_a_change_without_a_verb(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"], row["quantity_unit"]) == (
        value,
        item,
        None,
    )


def test_a_level_after_a_bare_figure_keeps_its_unit(claims_of: Rows) -> None:
    text = "Inflation was 3.2%, up from 2.9 in March."
    assert found(claims_of, text, "2.9")["quantity_unit"] == "%"


@pytest.mark.parametrize(
    ("text", "anchor", "bound"),
    [
        ("Utilisation across the top ten module makers averaged 47%.", "ten", "eq"),
        ("Europe's top five banks lent EUR 3 billion.", "five", "eq"),
        ("Exports topped 5,000 tonnes in May.", "5,000", "gt"),
        ("Rice Exports Top 5 Million Tonnes", "5 Million", "gt"),
    ],
)
def test_top_bounds_only_as_a_verb(claims_of: Rows, text: str, anchor: str, bound: str) -> None:
    assert found(claims_of, text, anchor)["quantity_bound"] == bound


@pytest.mark.parametrize(
    ("text", "rate", "term"),
    [
        ("The railways offered wage increases of 3.5% a year over four years.", "3.5%", "four"),
        ("The council plans rent rises of 2% a year over five years.", "2%", "five"),
        ("Fees will go up 4% annually over three years.", "4%", "three"),
        ("Tolls rose 6% a year over the past decade and 3% a year over two years.", "3%", "two"),
    ],
)
def test_a_yearly_rise_and_its_term_are_two_figures(
    claims_of: Rows, text: str, rate: str, term: str
) -> None:
    assert found(claims_of, text, rate)["quantity_per"] == "year"
    assert found(claims_of, text, term)["quantity_unit"] == "years"


def test_a_change_over_a_stretch_stays_one_figure(claims_of: Rows) -> None:
    assert found(claims_of, "Prices rose 9% over six months.", "six")["quantity_value"] == 9


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Shipments reached 4.1 million tonnes last year.", "4.1 million", 4100000),
        ("The port handled 0.7 million containers in May.", "0.7 million", 700000),
        ("Imports fell to 1.15 billion euros.", "1.15 billion", 1150000000),
        ("Sales climbed to 2.3m units, the company said.", "2.3m", 2300000),
    ],
)
def test_a_scaled_decimal_is_the_number_as_written(
    claims_of: Rows, text: str, anchor: str, value: int
) -> None:
    assert found(claims_of, text, anchor)["quantity_value"] == value
