"""'any accounts of the family': holdings with a general determiner are a freeze of one group when
an 'of' phrase names their owners definitely; 'any funds of (the) listed persons' is still what a
listing does to whoever is listed, no action."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "The financial intelligence unit said it would freeze any local accounts of the family.",
        "The unit froze any accounts of the two brothers on Friday.",
        "The regulator said it would freeze any assets of the Okafor family in the country.",
        "Prosecutors have frozen any property of the former minister held in Lisbon.",
    ],
)
def test_any_holdings_of_a_named_owner_are_frozen(claims_of: Rows, text: str) -> None:
    assert len(claims_of(text, "sanction")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Banks must freeze any funds of the listed persons.",
        "Banks must freeze any funds of designated persons without delay.",
    ],
)
def test_any_holdings_of_those_listed_are_an_effect(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
