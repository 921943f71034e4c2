"""A subject that is only a state's officials ('Prosecutors', 'the police') or a plural of its
bodies ('courts have frozen ...'), named by no state, acts for the story's home state, not for
a foreign authority named in the sentence before (a plan of another state, another state's
listing); officials that an earlier claim names with their state are that state's."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, story

OPENING = (
    "Police in Montevideo and Salto have spent a year tracing the money of the smuggling "
    "network, and Uruguay has now moved against its leaders, officials said on Wednesday.\n\n"
)
FOREIGN = "Argentina's financial intelligence unit has been asked to freeze three accounts.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors will ask the court next week to add two more boats to the freeze.",
        "Investigators plan to ask the judge to add three more trucks to the order.",
        "With today's order, courts have frozen the assets of 52 people since 2023.",
        "Police froze the accounts of three more couriers on Friday.",
    ],
)
def test_bare_officials_act_for_the_home_state(claims_of: Rows, text: str) -> None:
    rows = story(claims_of, OPENING + FOREIGN + text)
    own = [r for r in rows if r["span_start"] >= len(OPENING + FOREIGN)]
    assert own, rows
    assert all(r["sanction_authorities"] == ["Uruguay"] for r in own), own


def test_officials_named_with_their_state_before_are_that_states(claims_of: Rows) -> None:
    text = (
        OPENING + "Brazil's Federal Police froze seven accounts in Santos on Friday. "
        "Police also froze the accounts of two more couriers."
    )
    rows = story(claims_of, text)
    last = [r for r in rows if r["span_start"] >= text.index("Police also")]
    assert last, rows
    assert last[0]["sanction_authorities"] == ["Brazil"]
