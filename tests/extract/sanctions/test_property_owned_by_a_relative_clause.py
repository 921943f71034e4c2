"""Property frozen or released whole whose owner a relative clause of owning names ('a flat that
belongs to his aunt', 'a cottage which is held by her son') is the owner's loss: the owner
is the target, not the property, as with a participle of owning ('a flat owned by X')."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, last_counts

LEAD = "A court in Tallinn froze the assets of four people on Monday. "


@pytest.mark.parametrize(
    "text",
    [
        "It lifted the freeze on a house in Tartu that belongs to Kask's aunt.",
        "The court lifted the freeze on a cottage that is held by his sister.",
        "A freeze on a farmhouse which belonged to the mayor's nephew was lifted on Friday.",
        "The judge also froze a villa near Narva that is owned by a local businessman.",
    ],
)
def test_the_owner_a_relative_clause_names_is_the_target(claims_of: Rows, text: str) -> None:
    assert last_counts(claims_of, LEAD + text) == {"person": 1}
