"""A table's header row names the periods of its columns ("| | Aug 2025 | Aug 2024 | Change |"):
column heads, not claims; a label row that holds its figures beside its periods stays dated."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

PUBLISHED = dt.date(2025, 9, 10)


@pytest.mark.parametrize(
    "row",
    [
        "| | Aug 2025 | Aug 2024 | Change |",
        "| | H1 F2025 (cents) | H1 F2026 expected (cents) | Expected change |",
        "| Region | 2024 | 2025 | Share |",
        "| Item | Q2 2025 | Q2 2024 | y/y |",
    ],
)
def test_a_header_row_of_periods_dates_nothing(row: str) -> None:
    table = f"{row}\n| Passengers | 1,742 | 1,551 | +12.3% |\n"
    assert [s for s, _, _ in surface_spans(table, PUBLISHED) if s in row] == []


@pytest.mark.parametrize(
    "row",
    [
        "2023: 2,780 strikes | 2024: 3,100 strikes | 2025 so far: 1,200",
        "January: 14 | February: 19 | March: 11",
        "| Aug 2025 | 1,742 thousand passengers | up 12.3% |",
    ],
)
def test_a_label_row_keeps_its_periods(row: str) -> None:
    assert surface_spans(row, PUBLISHED)
