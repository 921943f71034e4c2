"""An item that would only be a unit word names what such a figure measures (CLAIMS.md: the item
is never the unit): degrees are a temperature, millimetres of fall are rain, and a data size's
'of' phrase names the data ('3 terabytes of files': files)."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Overnight it dropped to minus 7 degrees in the valley.", "7", "temperature"),
        ("The town recorded 44 degrees Celsius last summer.", "44", "temperature"),
        ("By noon it will have climbed to 31 degrees.", "31", "temperature"),
        ("It was a chilly 12 degrees Fahrenheit at dawn.", "12", "temperature"),
        ("Only 9 mm came down in the whole of April.", "9", "rain"),
        ("Another 60 mm is expected to fall before Friday.", "60", "rain"),
        ("Up to 140 mm could fall on the hills by Sunday.", "140", "rain"),
        ("Intruders copied 2 terabytes of invoices from the server.", "2", "invoices"),
        ("The leak exposed some 80 gigabytes of patient records.", "80", "records"),
        ("Nearly 5 petabytes of footage are stored at the archive.", "5", "footage"),
    ],
)
def test_a_unit_only_item_names_what_it_measures(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
