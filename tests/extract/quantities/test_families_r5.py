"""Round-5 families, four sentences of our own each (other words, tenses, notations): currency
signs the tokenizer leaves on the number, 'per' phrases whose base noun has modifiers, and the
other families read from dev_h's and dev_g's errors (see each test's name)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.quantities.test_item_families import found

Rows = Callable[..., list[dict[str, Any]]]


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        (
            "Taipei will spend an extra NT$48 billion on coastal radars.",
            "NT$48 billion",
            48e9,
            "TWD",
        ),
        ("Farm debts of GH¢ 1.7 billion were written off in May.", "GH¢ 1.7 billion", 1.7e9, "GHS"),
        ("The board paid growers GH₵900 million last season.", "GH₵900 million", 9e8, "GHS"),
        ("Petrobras booked R$12 billion in profit over the quarter.", "R$12 billion", 12e9, "BRL"),
    ],
)
def test_a_currency_sign_glued_to_the_number_is_its_unit(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)


@pytest.mark.parametrize(
    ("text", "anchor", "value", "per", "item"),
    [
        (
            "The board lifted the cocoa price to GH¢ 3,100 per 64kg bag for the new crop.",
            "GH¢ 3,100",
            3100,
            "bag",
            "cocoa price",
        ),
        (
            "Millers now pay $240 per 50-kg sack of flour.",
            "$240",
            240,
            "sack",
            None,
        ),
        (
            "The detour put the extra fuel bill at about $650,000 per round trip.",
            "$650,000",
            650_000,
            "trip",
            "extra fuel bill",
        ),
        (
            "Spot rates ended May at $3,900 per forty-foot box, a carrier said.",
            "$3,900",
            3900,
            "box",
            None,
        ),
    ],
)
def test_a_per_phrase_with_modifiers_is_the_base_not_a_count(
    claims_of: Rows, text: str, anchor: str, value: float, per: str, item: str | None
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_per"]) == (value, per)
    if item is not None:
        assert row["quantity_item"] == item
    base = text.index("per") + 4
    assert not [
        r
        for r in claims_of(text, "quantity")
        if r["span_start"] >= base and r["quantity_value"] != value
    ]
