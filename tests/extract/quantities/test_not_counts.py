"""Families of figures that count nothing of their own: a number word hyphened to a kind
of vehicle ('two-wheelers'), an ore grade ('62% Fe fines'), and the count of what a sum buys,
which the sum's span leaves to its own claim."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    "text",
    [
        "Two-wheeler sales climbed 11.2% in July.",
        "Three-wheelers rose 4.4% to 68,900 units.",
        "The airline flies two-seaters and four-wheelers are its trucks.",
        "Demand for double-deckers and three-wheelers grew 9%.",
    ],
)
def test_a_number_word_hyphened_to_a_kind_of_vehicle_is_no_count(
    claims_of: Rows, text: str
) -> None:
    values = [r["quantity_value"] for r in claims_of(text, "quantity")]
    assert not {2, 3, 4} & set(values), values


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("The state paid $98 million for three water bombers.", "three", 3),
        ("It spent $4 million on two used helicopters.", "two", 2),
        ("The city set aside EUR 12m for five new ferries.", "five", 5),
        ("Donors gave $2bn for four field hospitals.", "four", 4),
    ],
)
def test_a_sum_ends_before_the_count_of_what_it_buys(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    assert found(claims_of, text, anchor)["quantity_value"] == value


@pytest.mark.parametrize(
    "text",
    [
        "The benchmark 62% Fe fines price averaged $104.60/t in November.",
        "Lower-grade 58% Fe fines rose faster than the rest.",
        "Smelters paid more for 25% Cu concentrate this quarter.",
        "Mills bought 65% Fe pellets from Brazil.",
    ],
)
def test_a_percentage_before_an_element_symbol_is_a_grade(claims_of: Rows, text: str) -> None:
    values = [r["quantity_value"] for r in claims_of(text, "quantity")]
    assert not {62, 58, 25, 65} & set(values), values
