"""In a bar-separated table row, a cell whose words only say when its figure holds ('current:',
'was') names nothing: the row's name does; and words in brackets in a row's name only qualify
it."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found, on_a_page

HEADER = "| Service | Fee | Old fee |\n|---|---|---|\n"


@pytest.mark.parametrize(
    ("row", "anchor", "item"),
    [
        ("| Card replacement | NZ$45.00 per card | was NZ$40.00 |", "NZ$40.00", "card replacement"),
        ("| Harbour dues | 3,100 tonnes | previous: 2,800 tonnes |", "2,800", "harbour dues"),
        ("| Cheque clearing | €3.50 per cheque | current: €2.90 |", "€2.90", "cheque clearing"),
        ("| Locker rental | $12 a week | now $15 a week |", "$15", "locker rental"),
    ],
)
def test_a_cell_that_only_says_when_takes_the_row_name(
    claims_of: Rows, row: str, anchor: str, item: str
) -> None:
    assert found(claims_of, on_a_page(HEADER + row), anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("row", "anchor", "item"),
    [
        (
            "| Card replacement (express) | NZ$45.00 per card | NZ$40.00 |",
            "NZ$45.00",
            "card replacement",
        ),
        ("| Wire transfer (outgoing) | €25 per wire | €20 |", "€25", "wire transfer"),
        ("| Parking permit (annual) | £180 | £150 |", "£180", "parking permit"),
        ("| Safe deposit box (small) | $90 a year | $80 |", "$90", "safe deposit box"),
    ],
)
def test_bracketed_words_only_qualify_a_row_name(
    claims_of: Rows, row: str, anchor: str, item: str
) -> None:
    assert found(claims_of, on_a_page(HEADER + row), anchor)["quantity_item"] == item
