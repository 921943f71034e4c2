"""Costs per unit or per period: a thing that costs a sum per unit or per stretch of time is
what the sum prices ('the pass costs $40 a day': the pass); a total a thing costs stays a cost."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Ferry tickets cost €85 a day in high season.", "€85", "ferry tickets"),
        ("Fertiliser now costs about $310 a tonne, up from $260 in May.", "$310", "fertiliser"),
        ("Fertiliser now costs about $310 a tonne, up from $260 in May.", "$260", "fertiliser"),
        ("Parking near the port is costing drivers £6 an hour.", "£6", "parking"),
        ("Imported diesel cost the utility roughly $12 million a month.", "$12 million", "diesel"),
    ],
)
def test_a_sum_per_unit_a_thing_costs_prices_the_thing(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"].endswith(item)


def test_a_total_a_thing_costs_stays_a_cost(claims_of: Rows) -> None:
    text = "The new terminal cost $410 million to build."
    assert found(claims_of, text, "$410 million")["quantity_item"] == "cost"


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Heating oil costs $3 a gallon this winter.", "$3", "heating oil"),
        ("The agency said regular gasoline cost $3.40 a gallon on Monday.", "$3.40", "gasoline"),
        ("Diesel has cost about $4.90 a gallon since June.", "$4.90", "diesel"),
        ("Jet fuel will cost airlines $2.75 per gallon next quarter.", "$2.75", "jet fuel"),
    ],
)
def test_a_sum_per_gallon_a_thing_costs_prices_the_thing(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"].endswith(item)


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Local dealers say crude palm oil cost MYR 4,100 a tonne in May.", "4,100", "palm oil"),
        ("Farmers say urea fertiliser cost INR 270 a kilo this season.", "270", "fertiliser"),
        ("The survey found premium diesel cost £1.61 a litre in Leeds.", "£1.61", "diesel"),
        ("The survey found premium unleaded petrol cost £1.52 a litre.", "£1.52", "petrol"),
    ],
)
def test_a_rate_verb_read_as_a_noun_still_prices_its_subject(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """'X cost $N a unit' with 'cost' tagged a noun that X compounds or that holds X as its
    subject and the sum as its object: X is still what the sum prices."""
    assert found(claims_of, text, anchor)["quantity_item"].endswith(item)
