"""'Six others were removed': a counted rest of the group just told ('others') taken off, by a
pronoun or in the passive, right after a sentence that told a sanction, lifts the listing of that
many more; removed 'from office' stays no claim."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "The agency added 14 people to its terrorist list on Monday. Nine of them are local"
            " citizens. Six others were removed after serving their sentences.",
            "removed",
        ),
        (
            "Canada listed 20 officials on Monday. Three others were dropped from the list.",
            "dropped",
        ),
        ("Japan sanctioned 12 firms in May. It also removed four others.", "removed"),
        ("Seoul blacklisted 30 traders. Two others were deleted from the register.", "deleted"),
    ],
)
def test_a_counted_rest_taken_off_is_a_lifting(claims_of: Rows, text: str, verb: str) -> None:
    rows = claims_of(text, "sanction")
    last = rows[-1]
    assert text[last["span_start"] : last["span_end"]].startswith(verb)
    assert last["sanction_status"] == "lifted"


def test_others_removed_from_office_are_no_claim(claims_of: Rows) -> None:
    text = "The ministry designated eight traders. Two others were removed from office."
    assert len(claims_of(text, "sanction")) == 1
