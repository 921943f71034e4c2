"""A speed written with its unit glued on ('185km/h') after a noun and a bound word ('wind gusts
up to 185km/h') measures that noun, like a spaced unit does; the unit is no item."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The storm brought wind gusts up to 185km/h to the islands.", "185", "wind gusts"),
        ("The new trains will run at speeds up to 320km/h on the line.", "320", "speeds"),
        ("Forecasters warned of gusts around 110kmh along the coast.", "110", "gusts"),
        ("Gusts reached 140km/h overnight at the airport.", "140", "gusts"),
    ],
)
def test_a_glued_speed_measures_the_noun_before_it(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


def test_a_speed_on_a_verb_of_motion_stays_a_speed(claims_of: Rows) -> None:
    row = found(claims_of, "The cyclone is moving south-west at 15km/h.", "15")
    assert row["quantity_item"] == "speed"
