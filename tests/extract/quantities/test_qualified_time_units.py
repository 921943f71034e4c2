"""A time unit with a calendar qualifier ('three financial years', '10 business days') is a time
unit all the same: the figure is a duration in years or days, and 'over' before it gives the
stretch something takes, not a lower bound."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit", "bound"),
    [
        ("The grant will be paid out over three financial years.", "three", 3, "years", "eq"),
        ("Savings are spread over two fiscal years.", "two", 2, "years", "eq"),
        ("Banks must answer within 15 working days.", "15", 15, "days", "lte"),
        ("The regulator gave firms 10 business days to reply.", "10", 10, "days", "eq"),
        ("Repairs took four calendar years to finish.", "four", 4, "years", "eq"),
    ],
)
def test_a_qualified_time_unit_is_a_time_unit(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str, bound: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"], row["quantity_bound"]) == (
        value,
        unit,
        bound,
    )
