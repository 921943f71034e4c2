"""A measure that a trade or output verb governs counts the good (guidelines: 'Peru shipped
410,000 tonnes' in a story about zinc has item zinc, the nearest good named before it; with no
good named, what the verb names). Carats weigh gems as tonnes weigh ore."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Oil tanker rates rose. The fleet delivered 30 million barrels in May.",
            "30 million barrels",
            "oil",
        ),
        (
            "Demand for diamonds weakened in June. Botswana's mines sold 9 million carats in the year.",
            "9 million carats",
            "diamonds",
        ),
        (
            "Wheat harvests were poor. Traders smuggled about 200,000 tonnes across the border.",
            "200,000 tonnes",
            "wheat",
        ),
        (
            "Copper output is recovering. The new pit will deliver 80,000 tonnes next year.",
            "80,000 tonnes",
            "copper",
        ),
        (
            "Coal imports were cut. Brokers have sold some 45 million tonnes since 2023.",
            "45 million tonnes",
            "coal",
        ),
    ],
)
def test_a_traded_measure_counts_the_good_named_before(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The mill produced 2 million tonnes last year.", "2 million tonnes", "output"),
        ("The gem weighed 12 carats.", "12 carats", "gem"),
        ("Traders sold 40 carats of emeralds.", "40 carats", "emeralds"),
    ],
)
def test_with_no_good_the_verb_or_the_of_phrase_names_it(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Carbonate, China spot: CNY 71,000/t", "CNY 71,000/t", "carbonate"),
        ("Spodumene fetched $850 a tonne in Perth.", "$850 a tonne", "spodumene"),
        (
            "Battery carbonate traded at CNY 75,000/t on Friday.",
            "CNY 75,000/t",
            "battery carbonate",
        ),
        ("Polysilicon prices fell to 36 yuan per kilogram.", "36 yuan", "polysilicon prices"),
    ],
)
def test_a_battery_material_is_a_priced_good(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Barley crops failed. About 71,300 tonnes were exported in April.",
            "71,300 tonnes",
            "barley",
        ),
        (
            "Some 6.4 million barrels were shipped from the terminal.",
            "6.4 million barrels",
            "shipments",
        ),
        (
            "Officials said 3,870 tonnes had been landed at the harbour by August.",
            "3,870 tonnes",
            "landings",
        ),
        ("Nearly 12,450 tonnes will be imported next quarter.", "12,450 tonnes", "imports"),
    ],
)
def test_a_passive_trade_verb_measures_its_subject_as_its_object(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
