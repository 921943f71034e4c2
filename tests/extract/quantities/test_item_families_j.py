"""Item families read from dev_j's errors (round 6), four sentences of our own each: a figure
that names only its unit measures what the figure before it in that unit measured."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.quantities.test_item_families import found

Rows = Callable[..., list[dict[str, Any]]]


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Reservoir levels in the north reached 64% last week. Germany stood at 58%.",
            "58%",
            "reservoir levels",
        ),
        (
            "Copper output at the mine rose to 41,000 tonnes in May. In June it fell to "
            "38,500 tonnes.",
            "38,500 tonnes",
            "copper output",
        ),
        (
            "The ministry has paid $40 million in flood relief since March. The total could "
            "reach $55 million.",
            "$55 million",
            "flood relief",
        ),
        (
            "Grain stocks covered 35% of demand in March; by April the figure will drop below 30%.",
            "30%",
            "demand",
        ),
    ],
)
def test_a_figure_naming_only_its_unit_measures_what_the_figure_before_measured(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The strike lasted nine days. Shares later fell 4%.", "4%"),
        ("Talks ran for three weeks before the firm paid $2 million.", "$2 million"),
    ],
)
def test_a_duration_before_lends_no_item(claims_of: Rows, text: str, anchor: str) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] not in ("days", "weeks")


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Mining royalties rose to EUR 12 billion last year. Analysts expect "
            "EUR 14 billion in 2025.",
            "EUR 14 billion",
            "mining royalties",
        ),
        (
            "Wheat stocks covered 35% of demand in March, and officials expect 28% by May.",
            "28%",
            "demand",
        ),
        (
            "Sugar imports reached 2.4 million tonnes in 2023; the ministry expects "
            "2.9 million tonnes this year.",
            "2.9 million tonnes",
            "sugar imports",
        ),
        (
            "Cocoa arrivals rose 12% in October. Traders had forecast 9%.",
            "9%",
            "cocoa arrivals",
        ),
    ],
)
def test_who_expects_or_targets_a_figure_is_not_what_it_measures(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Air Cargo Volumes Up 5.2% in March", "5.2%", "air cargo volumes"),
        ("Port Monitor: Container Dwell Times Down 11%", "11%", "container dwell times"),
        ("Jobless Rate at Record Low 2.9%", "2.9%", "jobless rate"),
        ("Wheat Exports at 4.2 Million Tonnes in June", "4.2 Million Tonnes", "wheat exports"),
    ],
)
def test_a_verbless_headline_names_what_its_figure_measures_before_up_down_or_at(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
