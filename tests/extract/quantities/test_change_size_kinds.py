"""A change noun's 'of' phrase that holds its size: only a relative size (a percentage, points, a
multiple) leaves the 'in' phrase as what changed ('a jump of 12 per cent in haulage costs'); a
physical size ('a surge of 3 feet in the harbour town') measures the change noun's own thing, and
the place in the 'in' phrase is never the item."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Forecasters warned of a storm surge of up to 4 metres in the bay.",
            "4 metres",
            "storm surge",
        ),
        ("The tide brought a surge of 3 feet in the harbour town.", "3 feet", "surge"),
        ("Swells of up to 5 metres in the strait halted ferries.", "5 metres", "swells"),
    ],
)
def test_a_physical_size_keeps_the_place_out_of_the_item(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """Metres or feet are the size of the surge itself: the 'in' phrase says where."""
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Analysts logged a fall of 40 basis points in bond yields.",
            "40 basis points",
            "bond yields",
        ),
        ("Shippers saw a jump of 12 per cent in haulage costs.", "12 per cent", "haulage costs"),
        (
            "Pollsters found a drop of 13.5 percentage points in support for the mayor.",
            "13.5 percentage points",
            "support",
        ),
    ],
)
def test_a_relative_size_leaves_the_in_phrase_as_the_item(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """A percentage or points are relative to a level: the 'in' phrase names what changed."""
    assert found(claims_of, text, anchor)["quantity_item"] == item
