"""Label lines whose label carries qualifiers after a comma or at its end: a unit rate ('USD/t'), a
place, a period or a grade word says how or where the good is measured, not what it is; the first
part names the good ('Lamb, chilled, GBP/kg: 7.10' -> lamb)."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found, on_a_page


@pytest.mark.parametrize(
    ("line", "anchor", "item"),
    [
        ("Lamb, chilled, GBP/kg: 7.10 (w/w: +3%)", "7.10", "lamb"),
        ("Lamb, chilled, GBP/kg: 7.10 (w/w: +3%)", "+3%", "lamb"),
        ("Salmon, EUR/kg: 9.85 | m/m: -4%", "9.85", "salmon"),
        ("Durum wheat, USD/t: 310", "310", "durum wheat"),
        ("Rapeseed oil, delivered, EUR per tonne: 1,020", "1,020", "rapeseed oil"),
    ],
)
def test_a_unit_rate_after_a_comma_is_no_item(
    claims_of: Rows, line: str, anchor: str, item: str
) -> None:
    assert found(claims_of, on_a_page(line), anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("line", "anchor", "item"),
    [
        ("Herring quota 2026, North Sea: 95,000 tonnes", "95,000 tonnes", "herring quota"),
        ("Grain harvest 2024, Punjab: 31 million tonnes", "31 million tonnes", "grain harvest"),
        ("Arrivals Jan-Jun: 48,300 (y/y: +6%)", "48,300", "arrivals"),
        ("Arrivals Jan-Jun: 48,300 (y/y: +6%)", "+6%", "arrivals"),
        ("Timber exports Q3: 2.4 million cubic metres", "2.4 million", "timber exports"),
    ],
)
def test_a_place_or_period_in_a_label_qualifies_it(
    claims_of: Rows, line: str, anchor: str, item: str
) -> None:
    assert found(claims_of, on_a_page(line), anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Trout, weekly\n\nEUR/kg: 11.40\nm/m: +2%\n", "11.40", "trout"),
        ("Butter market\n\nUSD/t: 6,900\n", "6,900", "butter market"),
        ("Scallops, wholesale\n\nGBP/kg: 24.50 | y/y: -8%\n", "24.50", "scallops"),
        ("Diesel retail price\n\nNOK/litre: 21.30\n", "21.30", "diesel retail price"),
    ],
)
def test_a_label_of_only_a_unit_rate_takes_the_heading(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("line", "anchor", "item"),
    [
        ("Tankers waiting: 38 (last week: 41)", "38", "tankers waiting"),
        ("Trucks queuing: 1,240", "1,240", "trucks queuing"),
        ("Oil/gas revenue: $2.1 bn", "$2.1 bn", "oil/gas revenue"),
        ("Debt/GDP ratio: 61%", "61%", "debt/gdp ratio"),
        ("Inpatient/outpatient visits: 9,800", "9,800", "inpatient/outpatient visits"),
    ],
)
def test_a_label_is_read_as_written(claims_of: Rows, line: str, anchor: str, item: str) -> None:
    assert found(claims_of, on_a_page(line), anchor)["quantity_item"] == item
