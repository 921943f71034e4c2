"""A bare count after 'for' on a verb of licensing, building or designing is the capacity of the
thing ('an arena licensed for 18,000'); 'one point' counts a point except in 'at one point'; a
match's result ('won 4-2', 'a final score of 2-5') is no range."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("The new ground, licensed for 22,500, opens in May.", "22,500", 22500),
        ("The arena, licensed for 18,000, was half empty for the final.", "18,000", 18000),
        ("The ferry, certified for 400, was carrying 520 passengers.", "400", 400),
        ("The concert hall was built for 1,200 in the 1930s.", "1,200", 1200),
    ],
)
def test_a_capacity_after_a_licensing_verb(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"]) == (value, "capacity")


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The tribunal ordered the league to deduct one point from the club.", "one point"),
        ("The federation docked the team one point for fielding a banned player.", "one point"),
        ("Rovers lost one point for the late kick-off.", "one point"),
    ],
)
def test_one_point_is_a_count(claims_of: Rows, text: str, anchor: str) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_value"] == 1


def test_at_one_point_is_no_count(claims_of: Rows) -> None:
    assert claims_of("At one point the queue stretched for a kilometre.", "quantity") == []


@pytest.mark.parametrize(
    "text",
    [
        "The panel gave the game to the away side with a final score of 2-5.",
        "City won 3-1 at home on Saturday.",
        "The two sides drew 1-1 in Lima.",
        "United were beaten 4-0 by the league leaders.",
    ],
)
def test_a_match_score_is_no_range(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "quantity") == []


@pytest.mark.parametrize(
    ("text", "anchor", "low", "high"),
    [
        ("Labour won 4-5 seats in the north, analysts said.", "4-5 seats", 4, 5),
        ("The plant employs 40-50 people.", "40-50 people", 40, 50),
        ("Prices rose 2-3% last year.", "2-3%", 2, 3),
    ],
)
def test_a_range_of_something_stays_a_range(
    claims_of: Rows, text: str, anchor: str, low: float, high: float
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_low"], row["quantity_high"]) == (low, high)


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz, the novelist who founded a press, dies at 88",
        "The former minister died at 82 on Sunday, his family said.",
        "The singer passed away at 91 at her home in Lisbon.",
    ],
)
def test_the_age_at_death_is_no_quantity(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "quantity") == []
