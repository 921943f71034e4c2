"""A bare figure with a provisional or revised mark in brackets right after it ('(p)', '(r)')
counts the subject of its clause: the mark is no counted noun, though the parser may hang the
figure on it."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        (
            "Visitor nights reached 54,210 (p), up 3% on a year earlier.",
            "54,210",
            54210.0,
            "visitor nights",
        ),
        ("Cargo throughput rose to 4,310 (r) in June.", "4,310", 4310.0, "cargo throughput"),
        ("Fish landings reached 2,140 (p).", "2,140", 2140.0, "fish landings"),
        (
            "Passenger arrivals climbed to 18,775 (p) in the third quarter.",
            "18,775",
            18775.0,
            "passenger arrivals",
        ),
    ],
)
def test_a_marked_figure_counts_its_clause_subject(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"]) == (value, item)
