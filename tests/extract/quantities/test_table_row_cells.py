"""In a bar-separated table row, what a figure measures is written in its own cell before it
('| rain 62 mm |') or, with none there, in the nearest cell before it that names something (the
row's label: '| Cargo | 21,460 tonnes | +13.4% |'); never the words of the next cell, nor the
unit alone, nor a period label ('March 2025 |')."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found

CLIMATE = (
    "Monthly values by station\n"
    "March 2025 | mean temperature 17.4 °C | anomaly +0.6 °C | rainfall 48 mm | 81% of normal\n"
    "April 2025 | mean temperature 14.9 °C | anomaly -0.3 °C | rainfall 102 mm | 133% of normal\n"
)

TRAFFIC = (
    "Operating statistics\n"
    "| | Q3 2025 | Q3 2024 | Change |\n"
    "| Passengers carried | 2,310 thousand | 2,104 thousand | +9.8% |\n"
    "| Freight | 14,200 tonnes | 12,950 tonnes | +9.7% |\n"
    "| Mail | 830 tonnes | 910 tonnes | -8.8% |\n"
)


@pytest.mark.parametrize(
    ("text", "anchor", "head"),
    [
        (CLIMATE, "17.4 °C", "temperature"),
        (CLIMATE, "+0.6 °C", "anomaly"),
        (CLIMATE, "48 mm", "rainfall"),
        (CLIMATE, "81%", "rainfall"),
        (CLIMATE, "14.9 °C", "temperature"),
        (CLIMATE, "102 mm", "rainfall"),
        (TRAFFIC, "2,310 thousand", "carried"),
        (TRAFFIC, "14,200 tonnes", "freight"),
        (TRAFFIC, "12,950 tonnes", "freight"),
        (TRAFFIC, "+9.7%", "freight"),
        (TRAFFIC, "910 tonnes", "mail"),
    ],
)
def test_a_row_cell_names_what_its_figure_measures(
    claims_of: Rows, text: str, anchor: str, head: str
) -> None:
    row = found(claims_of, text, anchor)
    assert str(row["quantity_item"]).split()[-1] == head, row["quantity_item"]
    assert "|" not in text[row["span_start"] : row["span_end"]].strip("| ")
