"""Who a cost verb's sum falls on ('the detour costs carriers about $60 a trip') is its first
object, which the parser labels a dative or a second direct object: the payer is not what the sum
measures, so the item is found as for a sum with no such object (the clause's subject, the cost)."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "payer"),
    [
        (
            "The ferry rebate costs the exchequer roughly $31.35 million annually, auditors found.",
            "$31.35 million",
            "exchequer",
        ),
        (
            "Each week of the closure has cost our orchards about €9 a crate.",
            "€9 a crate",
            "orchards",
        ),
        (
            "The hailstorm, which cost the insurers nearly £500 million in 2019, was rare.",
            "£500 million",
            "insurers",
        ),
        (
            "The 2019 drought, which cost the dairy trade about EUR 437 million, was the worst.",
            "EUR 437 million",
            "dairy trade",
        ),
        (
            "The scheme could cost ratepayers over $1.7bn before 2031.",
            "$1.7bn",
            "ratepayers",
        ),
        (
            "The detour will cost lorries around $12 a crossing from May.",
            "$12 a crossing",
            "lorries",
        ),
    ],
)
def test_the_payer_of_a_cost_is_no_item(
    claims_of: Rows, text: str, anchor: str, payer: str
) -> None:
    assert payer not in found(claims_of, text, anchor)["quantity_item"]


def test_the_second_object_still_owns_its_sum(claims_of: Rows) -> None:
    text = "The broker charged each tenant a deposit of up to $2,350 before May."
    assert found(claims_of, text, "$2,350")["quantity_item"] == "deposit"


def test_a_compound_object_with_its_own_sum_keeps_it(claims_of: Rows) -> None:
    text = "The clinic charged patient fees of up to $3,150 each, inspectors said."
    assert "fees" in found(claims_of, text, "$3,150")["quantity_item"]
