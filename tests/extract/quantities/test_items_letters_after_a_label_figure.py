"""A single letter after a label line's figure that is not read as a unit ('Beam: 16 m') names
nothing that is counted: the label names what the figure measures."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Trawler Blue Gull · Flag: Panama · Length: 38 m · Crew on board: 19", "38", "length"),
        ("Tanker Sea Lark · Draught: 11 m · Crew: 22", "11", "draught"),
        ("Mast height: 27 m | Sails: 4", "27", "mast height"),
        ("Reefer Polar Dawn · Flag: Belize · Beam: 16 m", "16", "beam"),
    ],
)
def test_a_letter_after_a_label_figure_is_no_item(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
