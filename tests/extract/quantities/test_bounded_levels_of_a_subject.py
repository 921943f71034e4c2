"""A bare figure after a bound word that a verb of quantity_words bounded_level_lemmas governs
('numbered just under 450', 'totalled over 60') is the level of the verb's subject: the subject
is what it counts."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "bound", "item"),
    [
        (
            "Hotel stays rose 4 per cent, and ferry passengers numbered just under 61,000.",
            "just under 61,000",
            61000,
            "lt",
            "passengers",
        ),
        (
            "Ferry arrivals totalled just under 64,000.",
            "just under 64,000",
            64000,
            "lt",
            "arrivals",
        ),
        (
            "Hotel bookings reached above 5,000 in the first week.",
            "above 5,000",
            5000,
            "gt",
            "bookings",
        ),
        ("Open complaints stood at over 4,000 on Monday.", "over 4,000", 4000, "gt", "complaints"),
    ],
)
def test_bounded_level_counts_the_subject(
    claims_of: Rows, text: str, anchor: str, value: float, bound: str, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_bound"]) == (value, bound)
    assert row["quantity_item"].split()[-1] == item
