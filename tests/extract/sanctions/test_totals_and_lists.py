"""A running total kept 'under the regime' counts the groups it comes to, not
the regime: 'takes the total under the regime to 40 individuals and 8 entities' has people and
entities, no organization of 40. A list of named members spread over several counted titles
('two judges, three police commanders and a former secretary') adds every title, a secretary
among them."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, last_counts

LEAD = "Britain sanctioned four smugglers on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The round takes the number of people sanctioned under the regime to 31, alongside"
            " 7 entities.",
            {"person": 31, "organization": 7},
        ),
        (
            "The package brings the total under the framework to 52 individuals and 11 entities.",
            {"person": 52, "organization": 11},
        ),
        (
            "Friday's listings bring the number under the programme to 60 people and 15 firms.",
            {"person": 60, "organization": 15},
        ),
        (
            "The new round took the total under the regime to 38 individuals and 6 entities.",
            {"person": 38, "organization": 6},
        ),
    ],
)
def test_a_total_under_a_regime_counts_its_groups_not_the_regime(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert last_counts(claims_of, LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The list includes three senior officers of the state police, two prosecutors and a"
            " former secretary for security.",
            6,
        ),
        ("They include two generals, a deputy secretary of defence and four colonels.", 7),
        ("Among those named are two state secretaries and a senior judge.", 3),
        ("Those listed included a cabinet secretary, two governors and three mayors.", 6),
    ],
)
def test_a_listed_secretary_is_one_of_the_people(claims_of: Rows, text: str, expected: int) -> None:
    rows = claims_of("Canada sanctioned a group of officials on Friday. " + text, "sanction")
    assert rows, text
    total = sum(
        t["count"] or 0 for r in rows[1:] for t in r["sanction_targets"] if t["kind"] == "person"
    )
    assert total == expected, rows
