"""'N dead' is read as a tally line is (annotation/guidelines.md: 'Deaths: 3 | Injured: 58' has
items deaths and injured people): the count after a place label or at the end of a headline counts
dead people, not a place."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found, on_a_page


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        (on_a_page("Malatya: 212 dead"), "212 dead"),
        ("Ferry capsizes off Sumatra coast, 14 dead and dozens missing", "14 dead"),
        ("Landslide buries village in Nepal; at least 9 dead", "9 dead"),
        ("Storm update: power restored in the north, 3 dead in the south.", "3 dead"),
    ],
)
def test_a_count_of_dead_counts_the_dead(claims_of: Rows, text: str, anchor: str) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == "dead people"


def test_other_casualty_words_after_a_count_still_count_people(claims_of: Rows) -> None:
    text = "Shelling killed two civilians and left 17 injured in the town."
    assert found(claims_of, text, "17 injured")["quantity_item"] == "people"
