"""A bare 'the total' right after a sentence of sanctions is the total of those measures: a
total that reaches, stands at or is brought to counted target groups is a cumulative claim, each
counted group its own; a total with words of its own, or after no sanction, is none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts

LEAD = "A court in Ecuador on Monday froze the assets of eight people accused of fraud. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "With Monday's order the total reaches 95 people and 31 companies.",
            {"person": 95, "organization": 31},
        ),
        ("The total now stands at 212 people and 40 firms.", {"person": 212, "organization": 40}),
        (
            "That brings the total to 60 individuals and nine entities.",
            {"person": 60, "organization": 9},
        ),
        ("The total has reached 143 people.", {"person": 143}),
    ],
)
def test_a_told_total_of_counted_groups_is_cumulative(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, LEAD + text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == ["Ecuador"]
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Heavy rain hit the coast on Monday. The total reaches 95 people and 31 companies.",
        LEAD + "The total value reached 40 million dollars.",
        LEAD + "The number of arrests reached 12 people.",
    ],
)
def test_a_total_after_no_sanction_or_of_something_else_is_none(claims_of: Rows, text: str) -> None:
    rows = carried(claims_of, text)
    assert all(r["span_start"] < len(LEAD) - 1 for r in rows), rows
