"""A bare crowd word ('65 million') that is the level a clause's subject moves to or from counts
that subject ('the herd grew to 65 million': the herd), not people; a crowd with no such subject
('left 14 million without power', 'officials want to reach 1.5 million') still counts people."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The city's population rose to 4.1 million last year.", "4.1 million", "population"),
        ("Annual ridership fell to 2.3 million after the fare rise.", "2.3 million", "ridership"),
        ("The flock shrank from 3.2 million to 2.9 million in a year.", "3.2 million", "flock"),
        ("The catch limit was lowered to 1.8 million.", "1.8 million", "catch limit"),
    ],
)
def test_a_crowd_word_a_subject_reaches_counts_the_subject(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The blackout left 14 million without power.", "14 million"),
        ("Officials want to reach 1.5 million by June.", "1.5 million"),
    ],
)
def test_a_crowd_with_no_such_subject_counts_people(
    claims_of: Rows, text: str, anchor: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == "people"
