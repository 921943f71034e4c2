"""A multiple set against an earlier figure named by 'those', 'last' or 'yesterday' ('roughly
double those of a year earlier', "almost double last season's total") is `times`; a fraction
'as much' or 'as many', or before any comparative ('a third deeper'), is a share in percent."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "bound", "item"),
    [
        (
            "Landings in May were roughly double those of a year earlier.",
            "roughly double",
            2,
            "approx",
            "landings",
        ),
        (
            "Crews hauled away 9,400 truckloads, almost double last winter's total.",
            "almost double",
            2,
            "approx",
            "truckloads",
        ),
        (
            "Some 12,000 people sought shelter overnight, nearly double yesterday's count.",
            "nearly double",
            2,
            "approx",
            "people",
        ),
        (
            "Orders this quarter were triple those of the previous one.",
            "triple",
            3,
            "eq",
            "orders",
        ),
    ],
)
def test_a_multiple_of_an_earlier_figure(
    claims_of: Rows, text: str, anchor: str, value: float, bound: str, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_bound"], row["quantity_unit"]) == (
        value,
        bound,
        "times",
    )
    assert row["quantity_item"].split()[-1] == item


@pytest.mark.parametrize(
    ("text", "anchor", "value", "bound"),
    [
        (
            "The new bridge cost less than a third as much as the old one.",
            "a third as much",
            33.33,
            "lt",
        ),
        ("The clinic now sees about half as many patients.", "half as many", 50, "approx"),
        (
            "This year's cuts were about a third deeper than planned.",
            "a third deeper",
            33.33,
            "approx",
        ),
        ("The lake is a quarter shallower than in 2010.", "a quarter shallower", 25, "eq"),
    ],
)
def test_a_fraction_compared(
    claims_of: Rows, text: str, anchor: str, value: float, bound: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_bound"], row["quantity_unit"]) == (
        value,
        bound,
        "%",
    )
