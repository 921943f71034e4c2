"""A data line labelled by a wrapper noun counts the noun of its 'of'
phrase ('Number of depots: 14': the depots), as a wrapper subject does ('the number of arrests
rose to 212': the arrests)."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, on_a_page


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("Number of stops: 31", "stops"),
        ("Number of daily flights: 14", "daily flights"),
        ("Total number of vessels: 9", "vessels"),
        ("Number of Depots: 8", "depots"),
    ],
)
def test_a_number_of_label_counts_its_of_phrase(claims_of: Rows, line: str, item: str) -> None:
    text = on_a_page(line)
    rows = claims_of(text, "quantity")
    assert len(rows) == 1, rows
    assert rows[0]["quantity_item"] == item
