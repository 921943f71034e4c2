"""A heading's list of counted groups closed by a participle and a clause break ('Nine men, two
firms and a ship listed; Oslo follows suit'): the parser may hang the list after the first group
on it as an apposition and that group on the next clause; the first group still opens the list."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Australia acted on Monday. Nine people, six companies, four river vessels and one "
            "aircraft listed; Wellington follows suit",
            {"person": 9, "organization": 6, "vessel": 4, "aircraft": 1},
        ),
        (
            "Canada acted too. Four judges, three prison chiefs and a militia named; "
            "Ottawa says more to come",
            {"person": 7, "organization": 1},
        ),
        (
            "The UK acted first. Six generals, two mining firms and a tanker designated; "
            "Canberra follows suit",
            {"person": 6, "organization": 2, "vessel": 1},
        ),
        (
            "Britain moved first. Twelve officials, five banks and two tankers sanctioned; "
            "Brussels to follow",
            {"person": 12, "organization": 5, "vessel": 2},
        ),
    ],
)
def test_first_group_opens_the_list(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    rows = [r for r in claims_of(text, "sanction") if r["sanction_targets"]]
    assert counts(rows[0]) == expected
