"""A sum a passive verb sets at and names ('the plant is budgeted at $9m') is that measure (the
plant's budget), not the subject alone; an active verb with a purpose keeps the purpose."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "head"),
    [
        ("The new hospital is budgeted at $120 million.", "120", "budget"),
        ("Stage two of the metro, due in 2029, was budgeted at EUR 1.4 billion.", "1.4", "budget"),
        ("The repairs have been costed at about £3.5 million.", "3.5", "cost"),
        ("Each of the schools is budgeted at roughly 900 million shillings.", "900", "budget"),
    ],
)
def test_a_passive_budget_verb_names_the_budget(
    claims_of: Rows, text: str, anchor: str, head: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == head


def test_an_active_budget_verb_keeps_its_purpose(claims_of: Rows) -> None:
    row = found(claims_of, "The council budgeted $3 million for road repairs.", "3 million")
    assert row["quantity_item"] == "road repairs"
