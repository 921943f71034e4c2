"""A casualty word between a count and a noun describes the noun ('40 dead grey seals', '12 dead
migrants'): the count is of that noun, not of 'dead people'; a casualty word with no noun after it
('14 dead', 'Lowland district: 87 dead') still counts people."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Rangers found 40 dead grey seals on the beach.", "40 dead", "seals"),
        ("Divers found 12 dead migrants.", "12 dead", "migrants"),
        ("Volunteers counted some 300 dead Arctic terns after the storm.", "300 dead", "terns"),
        ("Inspectors reported 65 dead cattle at the farm on Monday.", "65 dead", "cattle"),
    ],
)
def test_a_casualty_word_before_a_noun_describes_it(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The storm left 14 dead and 30 injured.", "14 dead"),
        ("The blast left 2 dead, officials said.", "2 dead"),
    ],
)
def test_a_casualty_word_alone_counts_people(claims_of: Rows, text: str, anchor: str) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == "dead people"
