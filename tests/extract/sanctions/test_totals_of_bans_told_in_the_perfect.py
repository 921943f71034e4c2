"""A running total whose counted people a body 'has banned', 'has suspended' or 'has struck off'
('takes to 30 the number of riders the union has banned') is a cumulative sanction claim (sanctions.json
`total_hints`), with the count before or after the total word; the authority is the body's where
the alias table knows it, else carried from the story."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Monday's rulings take the number of athletes World Rugby has banned for gouging to 64.",
            {"person": 64},
        ),
        (
            "Friday's verdicts bring the number of athletes World Athletics has banned to 12.",
            {"person": 12},
        ),
        (
            "The latest cases take the number of solicitors the discipline tribunal has struck off"
            " since 2020 to 58.",
            {"person": 58},
        ),
        (
            "The new cases bring to 40 the number of referees UEFA has suspended this year.",
            {"person": 40},
        ),
    ],
)
def test_a_total_of_bans_in_the_perfect_is_cumulative(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == "imposed", row
    assert counts(row) == expected, row


def test_the_body_named_in_the_total_acts(claims_of: Rows) -> None:
    text = "Friday's verdicts bring the number of athletes World Athletics has banned to 12."
    assert only(claims_of, text)["sanction_authorities"] == ["World Athletics"]
