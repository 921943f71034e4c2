"""A fraction that sizes the change of a participle on a noun ('a crop cut by a third'): the
noun the participle describes is what changed."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        (
            "Exporters are short of olives after a crop cut by about a third by the heat.",
            "a third",
            33.33,
            "crop",
        ),
        ("Fishermen blame a catch reduced by half since the dam opened.", "half", 50, "catch"),
        (
            "The board approved budgets raised by a quarter for the coming year.",
            "a quarter",
            25,
            "budgets",
        ),
        (
            "The ministry pointed to exports boosted by a fifth after the trade deal.",
            "a fifth",
            20,
            "exports",
        ),
    ],
)
def test_the_noun_before_the_participle_is_what_changed(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_value"] == pytest.approx(value)
    assert row["quantity_unit"] == "%"
    assert row["quantity_item"] == item
    assert row["quantity_change"] in ("increase", "decrease")
