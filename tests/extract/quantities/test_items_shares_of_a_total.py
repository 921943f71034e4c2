"""Shares of a total: 'N% of the total' after a breakdown measures the whole the breakdown
splits (stated first, in its sentence or the one before), not the part named right before it."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Farm exports climbed to $3.8 billion last year, of which beef brought in $1.1 billion,"
            " or 29% of the total.",
            "29%",
            "farm exports",
        ),
        (
            "The agency logged 6,240 complaints in 2024. Of these, 1,900 concerned airlines, or 30%"
            " of the total.",
            "30%",
            "complaints",
        ),
        (
            "The city's capital budget is EUR 420 million, of which only EUR 95 million has been"
            " spent so far, about 23% of the total.",
            "23%",
            "capital budget",
        ),
        (
            "Wind farms generated 18,400 GWh over the winter, and offshore turbines supplied 7,100"
            " GWh of it, roughly two-fifths of the total.",
            "two-fifths",
            "wind farms",
        ),
    ],
)
def test_a_share_of_the_total_measures_the_whole_stated_first(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


def test_a_total_with_no_whole_before_takes_the_figure_before(claims_of: Rows) -> None:
    text = "Electric models sold 52,000 units, about 18% of the total."
    assert found(claims_of, text, "18%")["quantity_item"] != "total"
