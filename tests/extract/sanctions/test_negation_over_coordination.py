"""A negation carries over 'or' and 'nor' to a sanction verb coordinated after the negated verb
with no subject of its own; over 'and' the second verb states an action of its own."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    "text",
    [
        "The regional bloc suspended the country's membership but did not shut its borders or"
        " freeze state accounts, the fact-check found.",
        "The bloc did not impose a travel ban or freeze the assets of the generals.",
        "Japan has not designated the brokers nor frozen their accounts.",
        "Seoul did not blacklist the traders or freeze their funds.",
    ],
)
def test_negation_carries_over_or(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


def test_and_starts_an_action_of_its_own(claims_of: Rows) -> None:
    text = "The ministry did not close its embassy and froze the accounts of five officials."
    assert counts(only(claims_of, text)) == {"person": 5}
