"""A verb that moves target groups onto or off a sanctions list is an action though the parser
hangs the list's preposition on the last of the coordinated groups ('struck four firms and 20
people off its list'), and a Schedule of a law is such a list."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [
        (
            "Colombo struck four exile groups and 120 individuals off its terrorism list.",
            "lifted",
            {"organization": 4, "person": 120},
        ),
        (
            "Seoul has placed 40 individuals and 12 entities on its restricted list.",
            "imposed",
            {"person": 40, "organization": 12},
        ),
        (
            "Pakistan put three clerics and two charities on its watch list on Friday.",
            "imposed",
            {"person": 3, "organization": 2},
        ),
        (
            "Islamabad removed 150 people from the Fourth Schedule after a review.",
            "lifted",
            {"person": 150},
        ),
    ],
)
def test_list_moves_with_coordinated_groups(
    claims_of: Rows, text: str, status: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == status
    assert counts(row) == expected
