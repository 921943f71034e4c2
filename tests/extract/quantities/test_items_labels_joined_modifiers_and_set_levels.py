"""A label whose noun a period comparison follows ('CPI y/y: 24%'), and a
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


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The board raised its sugar output forecast to 4.1 million tonnes.", "4.1", "output"),
        ("The ministry lifts barley crop forecast to 9.2 mln T", "9.2", "crop"),
        ("Economists have lifted their spending estimate to 2.5% for 2026.", "2.5%", "spending"),
        (
            "The agency trimmed its 2026 rice harvest projection to 900,000 tonnes.",
            "900,000",
            "harvest",
        ),
    ],
)
def test_the_level_of_a_forecast_measures_what_is_forecast(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == item


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The agency cut its rice harvest forecast by 200,000 tonnes.", "200,000"),
        ("The bank's copper price forecast is $9,000 a tonne.", "$9,000"),
        ("- Q3 price forecast lowered from 70 c/lb to 64 c/lb.", "64"),
    ],
)
def test_a_change_of_a_forecast_or_what_it_is_keeps_the_forecast(
    claims_of: Rows, text: str, anchor: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == "forecast"


@pytest.mark.parametrize(
    ("text", "anchor", "head"),
    [
        ("The regulator raised the water levy to 4.5% in May.", "4.5%", "levy"),
        ("The council has cut its parking fees to EUR 2 an hour.", "EUR 2", "fees"),
        ("The mill lifted its sugar quota to 80,000 tonnes.", "80,000", "quota"),
        ("Ministers will trim the road budget by 9% next year.", "9%", "budget"),
    ],
)
def test_a_level_a_verb_sets_its_object_to_measures_the_object(
    claims_of: Rows, text: str, anchor: str, head: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == head


@pytest.mark.parametrize(
    ("text", "anchor", "head"),
    [
        ("Petrol rose 0.15 lei to 7.60 lei a litre on Monday.", "7.60", "petrol"),
        ("Wheat futures gained 1.8% over the week to EUR 231 a tonne.", "EUR 231", "futures"),
    ],
)
def test_a_figure_as_the_verbs_object_is_no_item_of_its_level(
    claims_of: Rows, text: str, anchor: str, head: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == head
