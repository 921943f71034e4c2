"""A bare figure after 'from' whose partner after 'to' counts a noun ('grew from 200 to 300
ships') is the level the change starts from: a count of its own, of the same noun."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        ("The fleet grew from 200 to 300 ships.", "200", 200.0, "ships"),
        (
            "The army cut its garrison from 9,000 to 4,000 troops last year.",
            "9,000",
            9000.0,
            "troops",
        ),
        ("Seats in the chamber will rise from 120 to 150 members.", "120", 120.0, "members"),
        ("The school has expanded from 14 to 30 classrooms since 2019.", "14", 14.0, "classrooms"),
    ],
)
def test_a_bare_level_a_change_starts_from_counts_the_noun_it_reaches(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"]) == (value, item)


def test_a_day_range_in_a_month_is_no_level(claims_of: Rows) -> None:
    text = "The fair runs from 2 to 22 March in the old port."
    assert claims_of(text, "quantity") == []
