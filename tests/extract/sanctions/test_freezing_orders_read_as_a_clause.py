"""'Freezing orders since May have covered 40 people' parsed with the gerund as a clause subject
that takes the orders as its object: the two words are one sanction noun, and the verb it is
subject of states the freeze on the target group it covers or reaches. With no target group
there, or a verb of no action, it is none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Taken together, freezing orders in fraud cases this year have covered 23 people and"
            " four firms.",
            {"person": 23, "organization": 4},
        ),
        (
            "With Monday's decision, freezing orders against the gang since 2022 now reach 31"
            " individuals.",
            {"person": 31},
        ),
        (
            "Counting this week's ruling, freezing orders in the scheme since last spring have"
            " covered 16 people and three companies.",
            {"person": 16, "organization": 3},
        ),
        (
            "Including Friday's order, freezing orders in the inquiry now cover 11 officials.",
            {"person": 11},
        ),
    ],
)
def test_freezing_orders_cover_their_targets(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == "imposed"
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "With this ruling, freezing orders in the case have covered most of the assets.",
        "Freezing orders in drug cases have risen sharply this year.",
        "Freezing orders in the region now outnumber court rulings.",
    ],
)
def test_freezing_orders_with_no_group_are_none(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
