"""A count taken out of a whole named by a casualty adjective or participle ('nine of the
hurt', 'Of the 50 injured, six ...') counts people, as a tally line's 'Injured: 58' does
(guidelines.md: an adjective or participle is no noun and counts people)."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Eleven of the dead were volunteers from the valley.", "Eleven", "dead people"),
        ("Of the 45 hurt, seven are still in intensive care.", "seven", "hurt people"),
        (
            "A quarter of the evacuated have since gone back to their farms.",
            "A quarter",
            "evacuated people",
        ),
        ("Six of the missing had been working on the dam.", "Six", "missing people"),
        ("Of the 18 wounded, two were flown to the capital.", "two", "wounded people"),
    ],
)
def test_a_count_of_a_casualty_whole_counts_people(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
