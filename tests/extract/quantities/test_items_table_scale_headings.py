"""A table's heading may name the scale and currency of its rows in a closing bracket ('Key
figures (EUR million)'): a bare figure on a label line of the block under it ('Net sales: 412.5',
'| Revenue | 1,204.7 |') is read in them; a figure with its own unit, a line with no label and a
figure under a blank line below the block keep their own reading."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        (
            "Key figures (EUR million)\nNet sales: 412.5\nOperating profit: 38.1\n",
            "412.5",
            412.5e6,
            "EUR",
        ),
        ("Half-year results (Rs crore)\nRevenue, H1 FY26: 6,681.3\n", "6,681.3", 6681.3e7, "INR"),
        (
            "Results at a glance (USD million)\n| Revenue | 1,204.7 |\n| Net income | 88.3 |\n",
            "88.3",
            88.3e6,
            "USD",
        ),
        ("Budget lines (billion)\nDefence: 14.2\nHealth: 22.9\n", "22.9", 22.9e9, None),
    ],
)
def test_a_heading_scale_applies_to_the_rows_under_it(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str | None
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("Key figures (EUR million)\nMargin: 9.2%\n", "9.2%", 9.2, "%"),
        ("Key figures (EUR million)\nStaff: 1,200 people\n", "1,200", 1200, None),
        (
            "Key figures (EUR million)\nSales: 41.5\n\nThe firm employs 1,200 people.\n",
            "1,200",
            1200,
            None,
        ),
    ],
)
def test_a_figure_outside_the_scaled_rows_keeps_its_reading(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str | None
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)
