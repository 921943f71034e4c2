"""A bare figure a change verb reaches with a bound word between 'to' and the figure ('has grown
to more than 12,000', 'raised the toll to at least 212'): the level reached, of the verb's object
or the clause's subject, as without the bound word."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "bound"),
    [
        (
            "The town's population has shrunk to about 46,000 since the mine shut.",
            "46,000",
            46000,
            "approx",
        ),
        ("Membership has grown to more than 12,000 since the merger.", "12,000", 12000, "gt"),
        ("The ministry raised the toll to at least 212.", "212", 212, "gte"),
        ("Enrolment will climb to almost 3,400 next autumn.", "3,400", 3400, "approx"),
    ],
)
def test_bounded_levels(claims_of: Rows, text: str, anchor: str, value: float, bound: str) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_bound"]) == (value, bound)
    assert row["quantity_item"]
