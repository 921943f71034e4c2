"""A sum an earning verb takes in from a flow of trade or charges ('earned $2bn from copper
exports') measures that flow, as the dev golds write it: the exports, sales or taxes. A source of
another kind (a scheme, a date) leaves the sum its earnings."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Chile earned $2.3 billion from copper exports in 2024.",
            "$2.3 billion",
            "copper exports",
        ),
        ("The port earns about EUR 40 million a year from cruise fees.", "EUR 40", "cruise fees"),
        (
            "Last year the ministry had earned 9.1 billion pesos from timber sales, officials said.",
            "9.1 billion pesos",
            "timber sales",
        ),
        (
            "Rebels are thought to earn roughly $500,000 a month from road taxes.",
            "$500,000",
            "road taxes",
        ),
    ],
)
def test_a_sum_earned_from_a_flow_measures_the_flow(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The gang earned about $3 million from the scheme.", "$3 million"),
        ("The gang earned about $3 million from March 2023 to June 2024.", "$3 million"),
    ],
)
def test_a_sum_earned_from_anything_else_stays_earnings(
    claims_of: Rows, text: str, anchor: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == "earnings"
