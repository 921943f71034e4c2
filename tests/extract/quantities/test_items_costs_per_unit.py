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
