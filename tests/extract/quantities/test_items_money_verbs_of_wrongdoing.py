"""A sum billed or charged too much counts the overbilling or overcharging itself, as the
verb names it (item_features money_verb_items)."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Auditors found the builder overbilled about €4.2 million.",
            "€4.2 million",
            "overbilling",
        ),
        (
            "An audit shows the supplier overbilled some $300,000 in 2024.",
            "$300,000",
            "overbilling",
        ),
        (
            "Its builders overbill nearly EUR 2 million a year, the report says.",
            "EUR 2",
            "overbilling",
        ),
        ("Regulators say the utility overcharged customers $18 million.", "$18", "overcharging"),
    ],
)
def test_a_sum_overbilled_counts_the_overbilling(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
