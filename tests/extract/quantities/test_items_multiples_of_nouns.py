"""A multiple in the 'of' phrase of a noun ('fines of up to three times
the value of the deal') states that noun's size: the noun is what is N times, not the base the
multiple is set against. A change noun or a figure noun before 'of' keeps the old reading."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Offenders face fines of up to three times the value of the shipment.",
            "three times",
            "fines",
        ),
        (
            "The court imposed a penalty of four times the amount of the unpaid duty.",
            "four times",
            "penalty",
        ),
        ("Late payers will be charged a surcharge of twice the usual fee.", "twice", "surcharge"),
        (
            "Smugglers were liable to a fine of up to five times the worth of the cargo.",
            "five times",
            "fine",
        ),
    ],
)
def test_a_multiple_held_by_a_noun_counts_that_noun(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Exports rose to four times the number of cars sold in 2020.", "four times", "cars"),
        ("Drone launches reached six times the number of missiles fired.", "six times", "missiles"),
    ],
)
def test_a_multiple_of_a_wrapper_with_no_holder_counts_its_of_phrase(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
