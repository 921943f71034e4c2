"""A bar-separated table row that runs one measure over several periods is one claim: the
figure under the latest period of its header (the last figure when the header names no years);
the earlier cells are the series' history. Rows whose cells carry units or signs are read cell
by cell (test_table_row_cells)."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows

PORTS = (
    "Throughput by terminal was as follows (thousand TEU):\n"
    "Terminal | 2021 | 2022 | 2023 | 2024\n"
    "North quay | 612 | 640 | 702 | 755\n"
    "South quay | 388 | 371 | 359 | 402\n"
)

WATER = (
    "Reservoir storage at the end of each season (million cubic metres):\n"
    "Reservoir | 2025/26 | 2024/25 | 2023/24\n"
    "Upper dam | 81.2 | 77.5 | 90.4\n"
    "Lower dam | 44.0 | 39.8 | 41.1\n"
)

SCHOOLS = (
    "The department provided the following enrolment figures:\n"
    "Province | First term | Second term | Third term\n"
    "Eastern region | 12,410 | 12,388 | 12,502\n"
)

CROPS = "Harvest estimates, million tonnes\nMaize | 3.1 | 3.4 | 2.9\nSorghum | 0.8 | 0.7 | 0.9\n"


def _figures(claims_of: Rows, text: str, line: str) -> list[str]:
    start = text.index(line)
    end = start + len(line)
    rows = claims_of(text, "quantity")
    return [
        text[r["span_start"] : r["span_end"]].strip("| \n")
        for r in rows
        if start <= r["span_start"] < end
    ]


@pytest.mark.parametrize(
    ("text", "line", "kept"),
    [
        (PORTS, "North quay | 612 | 640 | 702 | 755", "755"),
        (PORTS, "South quay | 388 | 371 | 359 | 402", "402"),
        (WATER, "Upper dam | 81.2 | 77.5 | 90.4", "81.2"),
        (WATER, "Lower dam | 44.0 | 39.8 | 41.1", "44.0"),
        (SCHOOLS, "Eastern region | 12,410 | 12,388 | 12,502", "12,502"),
        (CROPS, "Maize | 3.1 | 3.4 | 2.9", "2.9"),
        (CROPS, "Sorghum | 0.8 | 0.7 | 0.9", "0.9"),
    ],
)
def test_a_series_row_is_one_claim_on_its_latest_period(
    claims_of: Rows, text: str, line: str, kept: str
) -> None:
    assert _figures(claims_of, text, line) == [kept]


def test_rows_with_units_in_their_cells_keep_every_cell(claims_of: Rows) -> None:
    text = (
        "Operating statistics\n"
        "| | Q3 2025 | Q3 2024 | Change |\n"
        "| Freight | 14,200 tonnes | 12,950 tonnes | +9.7% |\n"
    )
    assert (
        len(_figures(claims_of, text, "| Freight | 14,200 tonnes | 12,950 tonnes | +9.7% |")) == 3
    )
