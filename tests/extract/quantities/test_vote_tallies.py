"""A vote's tally under its label, as minutes and voting records set it: the count of the votes
the label names."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        ("IN FAVOUR: (9) Mayor Lind, Councillors Roy and Dyck\nCARRIED", "(9)", 9, "favour"),
        (
            "That the report be received.\nOPPOSED: (2) Councillors Grewal and Tan",
            "(2)",
            2,
            "opposed",
        ),
        ("Against: 3 (Councillors Tan, Obi and Ruiz)\nMotion lost", "3", 3, "against"),
        ("The motion was put to a vote.\nAbstained: (1) Councillor Amadi", "(1)", 1, "abstentions"),
    ],
)
def test_a_tally_under_its_vote_label_counts_votes(
    claims_of: Rows, text: str, anchor: str, value: int, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_value"] == value
    assert item in row["quantity_item"]


def test_a_label_that_names_no_vote_gives_no_tally(claims_of: Rows) -> None:
    text = "PRESENT: (11) Mayor Lind and ten councillors\nCARRIED"
    assert all("vote" not in (r["quantity_item"] or "") for r in claims_of(text, "quantity"))
