"""Bounds carried by the construction rather than by a bound word: a figure a verb caps is an
upper bound, and a figure that restates a bounded one in other terms ('up to $2m, or EUR 1.8m')
keeps its bound."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("The lender will cap daily transfers at 2,000 dollars.", "2,000 dollars", 2000.0),
        ("Ministers voted to cap rent rises at 3% a year.", "3%", 3.0),
        ("Airlines must cap cabin bags at 7 kilograms per passenger.", "7 kilograms", 7.0),
        ("Officials could cap fuel purchases at 40 litres per car.", "40 litres", 40.0),
    ],
)
def test_a_figure_a_verb_caps_is_an_upper_bound(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_bound"]) == (value, "lte")


@pytest.mark.parametrize(
    "text",
    [
        "The G7 lowered the price cap to $45 a barrel.",
        "Ministers agreed a price cap of $60 a barrel.",
    ],
)
def test_a_price_cap_noun_states_its_level(claims_of: Rows, text: str) -> None:
    row = found(claims_of, text, "$")
    assert row["quantity_bound"] == "eq"


@pytest.mark.parametrize(
    ("text", "anchor", "value", "bound"),
    [
        (
            "Breaches carry fines of up to four times the gain, or NZ$2.5 million.",
            "NZ$2.5 million",
            2.5e6,
            "lte",
        ),
        (
            "The fund can lend up to $2 billion (EUR 1.8 billion) to the utility.",
            "EUR 1.8",
            1.8e9,
            "lte",
        ),
        ("Traders may hold at least 40,000 tonnes, or 1.5% of annual output.", "1.5%", 1.5, "gte"),
        ("Exports reached more than $5 billion, or 4% of GDP, in May.", "4%", 4.0, "gt"),
    ],
)
def test_a_figure_restating_a_bounded_one_keeps_its_bound(
    claims_of: Rows, text: str, anchor: str, value: float, bound: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_bound"]) == (value, bound)


def test_an_alternative_penalty_is_no_restatement(claims_of: Rows) -> None:
    text = "Offenders face up to 12 years in prison, or a fine of 500,000 euros."
    assert found(claims_of, text, "500,000 euros")["quantity_bound"] == "eq"


@pytest.mark.parametrize(
    ("text", "anchor", "bound"),
    [
        ("Crews must patch any rut deeper than 50mm within a week.", "50mm", "gt"),
        ("Parcels heavier than 30 kg were sent by freight.", "30 kg", "gt"),
        ("Trucks slower than 40 km/h must keep to the right lane.", "40 km", "lt"),
        ("Only boats shallower than 2 metres could cross the bar.", "2 metres", "lt"),
        ("Fares cheaper than $50 sold out within hours.", "$50", "lt"),
    ],
)
def test_a_comparative_of_size_or_speed_bounds_the_figure(
    claims_of: Rows, text: str, anchor: str, bound: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_bound"] == bound


@pytest.mark.parametrize(
    ("text", "anchor", "bound"),
    [
        ("Breaches carry a fine not exceeding 50,000 euros.", "50,000 euros", "lte"),
        ("The court may order detention for not more than 90 days.", "90 days", "lte"),
        ("Each loan is capped at an amount not to exceed $2 million.", "$2 million", "lte"),
        ("Applicants must have lived there for not less than five years.", "five years", "gte"),
    ],
)
def test_a_negated_comparison_bounds_the_other_way(
    claims_of: Rows, text: str, anchor: str, bound: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_bound"] == bound


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Wheat harvest nears 20 million tonnes", "20 million tonnes", 20_000_000.0),
        ("The death toll was nearing 300 on Sunday.", "300", 300.0),
        ("Inflation is approaching 40% as the currency slides.", "40%", 40.0),
        ("Rice stocks neared 2 million tonnes in June.", "2 million tonnes", 2_000_000.0),
    ],
)
def test_a_figure_a_verb_draws_near_to_is_an_estimate(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_bound"]) == (value, "approx")
