"""A table cell's bound words belong to its figure, not to what the cell names; a temperature
whose rules found only its unit's letter, a place or an instrument measures the temperature, and
a figure in GT alone a ship's gross tonnage."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found, on_a_page

HEADER = "| Measure | Old rule | New rule |\n|---|---|---|\n"


@pytest.mark.parametrize(
    ("row", "anchor", "item"),
    [
        (
            "| Tax arrears | penalties up to €80,000 | penalties up to €2 million |",
            "€80,000",
            "penalties",
        ),
        ("| Card top-up | up to NZ$900 per day | (no cap) |", "NZ$900", "card top up"),
        (
            "| Late filing | surcharge of at least $250 | surcharge of at least $400 |",
            "$400",
            "surcharge",
        ),
        (
            "| Harbour dues | about 3,100 tonnes a week | about 4,000 tonnes a week |",
            "4,000",
            "harbour dues",
        ),
    ],
)
def test_a_cell_bound_is_not_part_of_the_item(
    claims_of: Rows, row: str, anchor: str, item: str
) -> None:
    text = on_a_page(HEADER + row)
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Doha swelters at 49.6°C as power demand peaks", "49.6°C"),
        ("Valencia logged 44.1°C on Tuesday afternoon.", "44.1°C"),
        ("The mercury rose to 38°C in the capital by noon.", "38°C"),
        ("Thermometers showed 104°F across the valley on Friday.", "104°F"),
    ],
)
def test_a_temperature_read_at_a_place_measures_the_temperature(
    claims_of: Rows, text: str, anchor: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == "temperature"


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Gross tonnage: 3,950 GT", "3,950"),
        ("The yard delivered ships totalling 1.2 million GT in 2024.", "1.2 million"),
        ("The registry added 640,000 GT this year.", "640,000"),
        ("Tonnage: 2,210 GT", "2,210"),
    ],
)
def test_a_figure_in_gt_alone_measures_gross_tonnage(
    claims_of: Rows, text: str, anchor: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == "gross tonnage"
