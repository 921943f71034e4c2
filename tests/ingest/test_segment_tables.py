"""Table rows under a table heading are body; menus are no table rows."""

from __future__ import annotations

import pytest

from claims.ingest.segment import is_table_row
from tests.ingest.helpers import ABOVE, HEAD, TODAY, kind_of


@pytest.mark.parametrize(
    "rows",
    [
        ["Poland 41 kt | y/y +3.2%", "Czechia 18 kt | y/y -1.1%"],
        ["Brent | $74.10 | +2.3%", "WTI | $70.85 | +1.9%"],
        ["Q1 2025\t1,240 jobs\t+4%", "Q2 2025\t1,310 jobs\t+6%"],
        ["Kyiv region | 14 strikes", "Odesa region | 9 strikes", "Kharkiv region | 22 strikes"],
    ],
)
def test_table_rows_under_a_table_heading_are_body(rows: list[str]) -> None:
    table = "Table 3: Output by region, March 2025 | volume and change\n" + "\n".join(rows)
    page = f"{HEAD}{ABOVE}{table}\n\nFigures for April are due next month.\n"
    assert all(is_table_row(row) for row in rows)
    assert all(kind_of(page, row, TODAY) == "body" for row in rows)


@pytest.mark.parametrize(
    "line", ["Home | News | World", "Markets | Energy | Metals", "Trending: Ports | Grain"]
)
def test_menus_are_no_table_rows(line: str) -> None:
    assert not is_table_row(line)
