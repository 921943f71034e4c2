"""A ratio may put its noun between the two figures ('about one orchard in eight', 'one lorry in
four'): a share of the whole in percent, as 'one in eight orchards' is, whose item is that noun.
A time after the second figure ('one visit in 12 months') makes a rate, no share."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        (
            "The frost hit about one orchard in eight across the valley.",
            "one orchard",
            12.5,
            "orchard",
        ),
        (
            "Inspectors say one lorry in four was overloaded on the pass.",
            "one lorry",
            25.0,
            "lorry",
        ),
        (
            "Only one applicant in 12 was accepted by the academy last year.",
            "one applicant",
            8.33,
            "applicant",
        ),
        (
            "Harvests were abandoned on roughly one farm in five after the floods.",
            "one farm",
            20.0,
            "farm",
        ),
    ],
)
def test_a_ratio_around_its_noun_is_a_share_of_that_noun(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"], row["quantity_item"]) == (value, "%", item)


def test_a_time_after_the_second_figure_makes_no_share(claims_of: Rows) -> None:
    text = "The inspector made one visit in 12 months to the plant."
    row = found(claims_of, text, "one visit")
    assert row["quantity_unit"] != "%"
