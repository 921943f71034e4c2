"""A measure that a trade or output verb governs counts the good, as CLAIMS.md's item is what is
counted: the good of its own clause, else the nearest good named before it; only with no good in
sight does it fall back on what the verb names (exports, output, shipments)."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Copper stocks fell again in March. Chile produced 460,000 tonnes in the month.",
            "460,000 tonnes",
            "copper",
        ),
        ("Rice prices firmed as Thailand shipped 650,000 tonnes in May.", "650,000", "rice"),
        (
            "Demand for urea stayed weak. Egypt exported about 300,000 tonnes last quarter.",
            "300,000",
            "urea",
        ),
        (
            "Aluminium smelters restarted idle lines, and Norway produced 1.4 million tonnes.",
            "1.4 million",
            "aluminium",
        ),
        (
            "Coal demand in India rose. Indonesian ports will load 2.1 million tonnes next week.",
            "2.1 million",
            "coal",
        ),
        (
            "Zinc smelters in Peru had a hard year. Power cuts hit two plants. Strikes closed a"
            " third. The country still produced 1.4 million tonnes.",
            "1.4 million",
            "zinc",
        ),
    ],
)
def test_a_traded_measure_counts_the_good_named_before_it(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The mill exported 2 million tonnes of steel in 2024.", "2 million", "steel"),
        ("Ukraine exported 15 million tonnes through its ports.", "15 million", "exports"),
        ("The field pumped 90,000 barrels a day before the fire.", "90,000", "output"),
        (
            "Farmers in the delta harvested well; the port shipped 4 million tonnes.",
            "4 million",
            "shipments",
        ),
    ],
)
def test_a_traded_measure_with_no_good_in_sight_keeps_the_verbs_noun(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
