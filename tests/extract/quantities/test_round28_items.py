"""Round 28 item families: a label whose noun a period comparison follows ('CPI y/y: 24%')."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found, on_a_page


@pytest.mark.parametrize(
    ("line", "anchor", "item"),
    [
        ("Retail sales y/y: 4.2%", "4.2%", "retail sales"),
        ("Core CPI m/m: 0.6%", "0.6%", "core cpi"),
        ("House prices q/q in March: -1.3%", "-1.3%", "house prices"),
        ("Industrial output year-on-year: 2.8%", "2.8%", "industrial output"),
    ],
)
def test_a_period_comparison_after_a_label_noun_is_not_the_item(
    claims_of: Rows, line: str, anchor: str, item: str
) -> None:
    assert found(claims_of, on_a_page(line), anchor)["quantity_item"] == item
