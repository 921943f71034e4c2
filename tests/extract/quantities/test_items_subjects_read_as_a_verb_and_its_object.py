"""A subject whose first noun the tagger reads as a verb, with the plural after it as that verb's
object ('Aid deliveries fell 38%'), is still the compound noun the change is of."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Aid deliveries through the crossing fell by 38% between June and August.",
            "38%",
            "aid deliveries",
        ),
        ("Aid shipments to the region fell 15% last year.", "15%", "aid shipments"),
        (
            "Aid convoys into the city dropped 40% in October, the agency said.",
            "40%",
            "aid convoys",
        ),
        ("Aid flights have risen by 12% since the airport reopened.", "12%", "aid flights"),
    ],
)
def test_a_compound_subject_misread_as_a_verb_is_what_changed(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
