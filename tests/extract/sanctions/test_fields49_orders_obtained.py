"""A participle on an order that a verb takes as its object ('obtained a court order freezing 30
accounts') acts through the subject of that verb: a state's prosecutor, agency or court named
by its state's possessive is that state, as when it freezes the accounts itself."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.sanctions.helpers import only

Rows = Callable[..., list[dict[str, Any]]]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Peru's Attorney General obtained a court order freezing 30 bank accounts.", "Peru"),
        ("Kenya's asset recovery agency secured an order freezing two bank accounts.", "Kenya"),
        (
            "Chile's prosecutors have obtained a ruling freezing six accounts of the ring.",
            "Chile",
        ),
        ("Ghana's police obtained an order restraining four bank accounts.", "Ghana"),
    ],
)
def test_the_holder_of_an_order_acts_through_it(claims_of: Rows, text: str, state: str) -> None:
    assert only(claims_of, text)["sanction_authorities"] == [state]
