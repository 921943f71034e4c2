"""'The board said occupancy at nine coastal hotels fell to 51%': the parser can read the
reported clause's subject as the object of the speech verb and leave the clause with none; the
object between the two verbs is then what the figure measures."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The tourism board said occupancy at nine east- and west-coast hotels fell to 51% "
            "in April.",
            "51%",
            "occupancy",
        ),
        (
            "The farmers' union said output at six north- and south-bank farms dropped to 62% "
            "of normal.",
            "62%",
            "output",
        ),
        (
            "The company said sales at 14 upper- and lower-town shops slipped 5% over the summer.",
            "5%",
            "sales",
        ),
        (
            "The operator said ridership on three north- and south-side lines climbed 12% in May.",
            "12%",
            "ridership",
        ),
    ],
)
def test_the_object_of_a_speech_verb_is_the_subject_of_the_clause_it_reports(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
