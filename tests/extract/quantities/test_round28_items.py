"""Round 28 item families: a label whose noun a period comparison follows ('CPI y/y: 24%'), and a
count whose plural head comes after modifiers joined by 'and' ('40 steel and timber bridges')."""

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


@pytest.mark.parametrize(
    ("text", "anchor", "head"),
    [
        ("The city will put up 40 steel and timber footbridges by 2027.", "40", "footbridges"),
        ("Engineers installed 1,500 new rain and river-flow gauges last year.", "1,500", "gauges"),
        ("- 18 road-widening and drainage schemes costing EUR 90 million", "18", "schemes"),
        ("Some 300 wind-powered and solar pumps have been bought.", "300", "pumps"),
    ],
)
def test_a_count_counts_the_plural_head_after_joined_modifiers(
    claims_of: Rows, text: str, anchor: str, head: str
) -> None:
    item = found(claims_of, text, anchor)["quantity_item"]
    assert item.split()[-1] == head and len(item.split()) > 1
