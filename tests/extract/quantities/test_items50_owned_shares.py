"""A share that a passive 'owned' governs, with no 'of' phrase of its own, is one owner's part of
the owned thing: its ownership, not the thing the clause is about ('the mill, owned 60% by a
state fund'). An active owner with an 'of' phrase keeps the owned thing."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The mine, owned 60% by a state fund, reopened in May.", "60%"),
        ("Companies owned 25 percent or more by a listed person are covered too.", "25 percent"),
        ("The port operator is owned 51% by the city and 49% by a Danish group.", "51%"),
        ("A bank that is 40% owned by the government lent the money.", "40%"),
    ],
)
def test_a_share_owned_by_someone_is_ownership(claims_of: Rows, text: str, anchor: str) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == "ownership"


def test_an_owner_of_a_share_of_a_thing_keeps_the_thing(claims_of: Rows) -> None:
    text = "The pension fund owns 30% of the airline."
    assert found(claims_of, text, "30%")["quantity_item"] == "airline"
