"""A state pronoun subject that no clause reports ('On the 3rd it blocked ...') stands for the
state that opens the sentence just before as its subject ('Canada took its turn in June.'), not
for the authority of an older claim."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, story

LEAD = "The US Treasury designated six traffickers on Monday. "


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Britain took its turn in June. On the 3rd it froze the funds of two dealers.",
            "United Kingdom",
        ),
        ("Kenya was next in line. It froze 19 bank accounts held by the ring.", "Kenya"),
        ("Japan followed suit on Friday. It has frozen the assets of four of the men.", "Japan"),
        ("Peru was quicker still. It froze the accounts of six companies the same day.", "Peru"),
    ],
)
def test_a_pronoun_stands_for_the_state_opening_the_sentence_before(
    claims_of: Rows, text: str, state: str
) -> None:
    rows = story(claims_of, LEAD + text)
    assert rows[-1]["sanction_authorities"] == [state], rows
