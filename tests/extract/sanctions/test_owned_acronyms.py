"""An acronym the story earlier gives a state as its owner ("Kenya's FRC", 'the Ghana FIC')
names that state's body wherever the story later uses it bare or spelled out ('The Financial
Reporting Centre (FRC) also froze ...'), even after another authority's claim."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, story

BETWEEN = "\n\nThe US Treasury designated the network's leaders last week.\n\n"


@pytest.mark.parametrize(
    ("first", "later", "state"),
    [
        (
            "Kenya's FRC froze 12 accounts on Monday.",
            "The Financial Reporting Centre (FRC) also froze the assets of five people.",
            "Kenya",
        ),
        (
            "The Ghana FIC has frozen the accounts of three gold traders.",
            "The FIC said it would also freeze the assets of two more traders.",
            "Ghana",
        ),
        (
            "Peru's UIF froze the accounts of six companies on Tuesday.",
            "The UIF later froze the accounts of four more firms.",
            "Peru",
        ),
        (
            "Nigeria's NFIU on Friday froze 40 accounts linked to the group.",
            "The Nigerian Financial Intelligence Unit (NFIU) also froze the assets of 11 people.",
            "Nigeria",
        ),
    ],
)
def test_an_acronym_a_state_owned_before_is_that_states(
    claims_of: Rows, first: str, later: str, state: str
) -> None:
    text = first + BETWEEN + later
    rows = story(claims_of, text)
    last = [r for r in rows if r["span_start"] >= len(first) + len(BETWEEN)]
    assert last and last[-1]["sanction_authorities"] == [state], rows
