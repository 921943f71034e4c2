"""A freeze on property, or its release, whose owner a participle of owning names is the owner's
loss, also when the parser hangs the participle on the place the property lies in ('a house in
<town>, owned by X') and when the owner is named by a word of kin ('his mother', 'the
broker's father-in-law'): one person, not the property nor a firm."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    "text",
    [
        "And she lifted the freeze on a house in Carrasco, owned by the fisherman's former wife.",
        "The court lifted the freeze on a house in Sintra owned by his wife.",
        "The judge lifted a freeze on a house near Nafplio owned by the trader's widow.",
        "The court lifted the preservation order on a guesthouse owned by the mayor's "
        "mother-in-law, ruling that she bought it long before the contracts.",
    ],
)
def test_the_owner_is_the_one_target(claims_of: Rows, text: str) -> None:
    row = only(claims_of, text)
    assert counts(row) == {"person": 1}


@pytest.mark.parametrize(
    "text",
    [
        "The judge lifted a freeze on a house owned by his uncle.",
        "The court extended the freeze on a house owned by the mayor's father.",
    ],
)
def test_words_of_kin_name_a_person(claims_of: Rows, text: str) -> None:
    assert counts(only(claims_of, text)) == {"person": 1}
