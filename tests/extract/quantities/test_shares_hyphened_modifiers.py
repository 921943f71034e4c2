"""A hyphened fraction before a noun ('a two-thirds majority') is a share in percent of what that
noun names (CLAIMS.md: a fraction is a percentage), not the count 'two' of 'thirds'."""

from __future__ import annotations

import pytest

from claims.evaluate.fields import head_noun
from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        ("The levy would need two-thirds voter approval in May.", "two-thirds", 66.67, "voters"),
        ("A two-thirds majority in parliament is required.", "two-thirds", 66.67, "majority"),
        (
            "Officials reported three-quarters turnout in the north.",
            "three-quarters",
            75,
            "turnout",
        ),
        ("Is a three-quarters vote of the board enough?", "three-quarters", 75, "vote"),
    ],
)
def test_a_hyphened_fraction_before_a_noun_is_a_share(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, "%")
    assert head_noun(row["quantity_item"]) == head_noun(item)
