"""A range of two number words set off by a comma with a rate's period after it ('..., four or
five a day') restates the count before it as a rate, like a single bare count does: one range
claim, counting the noun the clause counts."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "low", "high", "item"),
    [
        (
            "Coaches leave the depot after dark, eight or nine a week.",
            "eight or nine a week",
            8,
            9,
            "coaches",
        ),
        (
            "The clinic treats snakebite victims all year, three or four a month.",
            "three or four a month",
            3,
            4,
            "victims",
        ),
        (
            "Ferries cross to the island in summer, seven or eight a day, the operator said.",
            "seven or eight a day",
            7,
            8,
            "ferries",
        ),
        (
            "Boats were seized off the coast last year, two or three a week.",
            "two or three a week",
            2,
            3,
            "boats",
        ),
    ],
)
def test_range_rate_aside(
    claims_of: Rows, text: str, anchor: str, low: float, high: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_bound"] == "range"
    assert (row["quantity_low"], row["quantity_high"]) == (low, high)
    assert row["quantity_item"] == item


def test_a_later_coordinated_figure_is_no_range(claims_of: Rows) -> None:
    text = "Inspectors made 1,830 checks in 2023, about five a day, and over 900 in 2024."
    row = found(claims_of, text, "about five a day")
    assert (row["quantity_value"], row["quantity_bound"]) == (5, "approx")
