"""Table rows whose label a dot leader joins to the figure that ends the row ('Cod ....... 612.4'):
the figure counts what the label names (CLAIMS.md: a label-style line holds a quantity), in the
scale and currency the row's own bracket or the table's heading names; a contents page's entry and
its page number, and the rows of a table of sanctioned parties, are no quantities."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found

ROWS = [
    (
        "Table 2. Prices (y/y, %)\nConsumer prices, Mar 2026p ............ 4.6\n",
        "4.6",
        4.6,
        "consumer prices",
    ),
    (
        "Table 5. Shipping\nContainer calls, 2025 ................. 1,284\n"
        "Cruise calls, 2025 .................... 212\n",
        "1,284",
        1284.0,
        "container calls",
    ),
    (
        "Table 1. Catch by species\nRedfish 1/ ........................ 18,420\n",
        "18,420",
        18420.0,
        "redfish",
    ),
    (
        "Harvest, Q2 2026r (tonnes) ..... 7,310\nYields were higher in the east.\n",
        "7,310",
        7310.0,
        "harvest",
    ),
]


@pytest.mark.parametrize(("text", "anchor", "value", "item"), ROWS)
def test_a_dot_leader_row_counts_what_its_label_names(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"]) == (value, item)


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("Port revenue, 2025 (EUR million) ....... 41.5\n", "41.5", 41_500_000.0, "EUR"),
        ("Table 3. Grants (US$ million)\nHealth ............. 12.5\n", "12.5", 12_500_000.0, "USD"),
        ("Deposits, Jun 2026 (SCR million) ..... 2,050\n", "2,050", 2_050_000_000.0, "SCR"),
        (
            "Table 1. Exports by quarter (mio. kr.)\nQ1 2025 ............. 1 086.2\n",
            "1 086.2",
            1_086_200_000.0,
            "DKK",
        ),
    ],
)
def test_a_dot_leader_row_takes_the_scale_its_bracket_names(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "Contents\n1. Foreword ....................... 3\n2. Outlook ........................ 7\n",
        "Table 4. Sanctioned parties by country, 2025\nPanama ......................... 12\n"
        "Peru ........................... 7\n",
        "Table 2. Entities designated in 2024\nBanks ........................ 5\n",
        "Table of contents\nOverview ....................... 2\nMethods ........................ 9\n",
    ],
)
def test_contents_entries_and_sanctioned_party_rows_are_no_quantities(
    claims_of: Rows, text: str
) -> None:
    assert claims_of(text, "quantity") == []
