"""A freeze (a noun: 'extended a freeze on three accounts', or a verb) on holdings that a
participle of owning says a described name holds ('held by a haulage operator, X') falls on
that holder, the claim's one target; a 'who' clause on the name makes it a person's, though
the word that describes it is a firm's by default ('operator')."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    "text",
    [
        "The same judge extended until 30 June a separate freeze on three accounts held by a "
        "transport operator, Sipho Dlamini, who is accused of acting as the paymaster.",
        "The court extended by six months the freeze on two accounts held by a fuel trader, "
        "Omar Haddad, who ran the depot.",
        "The court lifted a freeze on two accounts held by a grain trader, Ali Demir, who had "
        "cooperated with prosecutors.",
        "The court on Monday froze three accounts held by a freight operator, Jonas Berg, who "
        "the police say moved the cash.",
    ],
)
def test_the_described_holder_is_the_target(claims_of: Rows, text: str) -> None:
    row = only(claims_of, text)
    assert counts(row) == {"person": 1}


def test_holdings_of_no_named_holder_stay_counted(claims_of: Rows) -> None:
    row = only(claims_of, "The court extended the freeze on three accounts held at a local bank.")
    assert counts(row) == {"other": 3}
