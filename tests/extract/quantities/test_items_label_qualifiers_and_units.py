"""A label line names what its figure counts, also when a time of day qualifies the label
('Active fronts, evening: 3') or the figure is in a counted unit ('Stocks: 9,000 bales'):
the label, not the qualifier, the unit or a good named earlier."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found, on_a_page


@pytest.mark.parametrize(
    ("line", "anchor", "head"),
    [
        ("Open shelters, morning: 41", "41", "shelters"),
        ("Crews on duty, afternoon: 150 (up from 90 at dawn)", "150", "crews"),
        ("Roads still closed, night: 12", "12", "roads"),
        ("Pumps running, evening: 7", "7", "pumps"),
    ],
)
def test_a_time_of_day_after_the_label_is_no_item(
    claims_of: Rows, line: str, anchor: str, head: str
) -> None:
    text = on_a_page(line)
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == head


@pytest.mark.parametrize(
    ("line", "anchor", "head"),
    [
        ("Warehouse stocks: 9,000 bales", "9,000", "stocks"),
        ("Ginned deliveries: 31,500 bales (-800 on the week)", "31,500", "deliveries"),
        ("Port arrivals: 12,000 bales", "12,000", "arrivals"),
        ("Mill consumption: 2.4 million bales", "2.4", "consumption"),
    ],
)
def test_a_counted_unit_under_a_label_counts_the_label(
    claims_of: Rows, line: str, anchor: str, head: str
) -> None:
    text = f"Cotton prices slid again this week.\n\n{on_a_page(line)}"
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == head


@pytest.mark.parametrize(
    ("line", "anchor", "head"),
    [
        ("Diesel retail price, weekly average: EUR 1.62/litre", "1.62", "price"),
        ("Power demand, annual total: 41 TWh", "41", "demand"),
        ("Hospital admissions, daily average: 340", "340", "admissions"),
        ("Freight benchmark index, monthly mean: 1,212 points", "1,212", "index"),
    ],
)
def test_a_summed_period_after_the_label_is_no_item(
    claims_of: Rows, line: str, anchor: str, head: str
) -> None:
    text = on_a_page(line)
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == head
