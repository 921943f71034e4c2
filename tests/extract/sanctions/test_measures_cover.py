"""Measures said to cover, hit or target a counted group ('The restrictions also cover 31
captains') restate the action's targets, whatever the words around the measure noun."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts

LEAD = "Kyiv imposed sanctions on 40 vessels on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The restrictions, imposed for 10 years, also cover 31 captains of those vessels"
            " and three ship-management firms registered in Dubai.",
            {"person": 31, "organization": 3},
        ),
        ("The restrictions also cover 31 captains of those vessels.", {"person": 31}),
        ("The new restrictions also hit nine shipping agents in Dubai.", {"organization": 9}),
        ("Its restrictions now target 14 port officials in Odesa.", {"person": 14}),
    ],
)
def test_restrictions_on_a_counted_group_are_a_claim(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, LEAD + text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == ["Ukraine"]
    assert counts(rows[1]) == expected
