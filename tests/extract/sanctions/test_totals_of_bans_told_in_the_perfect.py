"""A running total whose counted people a body 'has banned', 'has suspended' or 'has struck off'
('takes to 30 the number of riders the union has banned') is a cumulative sanction claim of that
body (sanctions.json `total_hints`), with the count before or after the total word."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "authority", "expected"),
    [
        (
            "The rulings take to 23 the number of people the IHF has banned since 2019.",
            ["International Handball Federation"],
            {"person": 23},
        ),
        (
            "Friday's verdicts bring the number of athletes World Athletics has banned to 12.",
            ["World Athletics"],
            {"person": 12},
        ),
        (
            "The latest cases take the number of solicitors the discipline tribunal has struck off"
            " since 2020 to 58.",
            [],
            {"person": 58},
        ),
        (
            "The new cases bring to 40 the number of players the IHF has suspended this year.",
            ["International Handball Federation"],
            {"person": 40},
        ),
    ],
)
def test_a_total_of_bans_in_the_perfect_is_cumulative(
    claims_of: Rows, text: str, authority: list[str], expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_authorities"] == authority, row
    assert row["sanction_status"] == "imposed", row
    assert counts(row) == expected, row
