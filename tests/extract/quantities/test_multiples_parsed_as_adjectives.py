"""A headline multiple verb the tagger reads as a predicate adjective ('Bike thefts treble in
Oslo': 'treble' the root, tagged ADJ) states a multiple of its subject, as the verb does (3 times,
an increase)."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Bike thefts treble in Oslo", "treble", "bike thefts"),
        ("Ferry bookings treble in August", "treble", "ferry bookings"),
        ("Card frauds treble in a year", "treble", "card frauds"),
        ("Exports treble in two years; imports flat", "treble", "exports"),
    ],
)
def test_a_multiple_read_as_an_adjective_is_a_multiple(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"], row["quantity_item"]) == (
        3.0,
        "times",
        item,
    )
    assert row["quantity_change"] == "increase"
