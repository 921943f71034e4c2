"""A story that defines its own body's acronym with no owner ('the Financial Intelligence Unit
(FIU)') and later names another state's body of the same acronym ("Uganda's FIU froze ...") keeps
the bare acronym for its own body: a later 'the FIU' is the story's home state's, not the state
that owned the namesake."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, story


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "NAIROBI, Kenya - A judge in Nairobi granted the Financial Intelligence Unit (FIU) an"
            " order over 14 accounts of a charcoal trader.\n\nUganda's FIU froze two accounts in"
            " Kampala on Monday, the unit said.\n\nThe FIU will ask the court next week to add"
            " three lorries to the order.",
            "Kenya",
        ),
        (
            "ACCRA, Ghana - The Economic Crimes Office (ECO) has frozen the bank accounts of nine"
            " gold buyers.\n\nTogo's ECO blocked one account in Lome, officials said.\n\nThe ECO"
            " froze the accounts of four more buyers on Thursday.",
            "Ghana",
        ),
        (
            "LIMA, Peru - The Asset Recovery Agency (ARA) seized 6 trucks used by illegal miners."
            "\n\nEcuador's ARA had earlier seized a boat in Guayaquil.\n\nSince 2021 the ARA has"
            " frozen the accounts of 31 people.",
            "Peru",
        ),
        (
            "MANILA, Philippines - The Anti-Fraud Council (AFC) froze the accounts of 12 call"
            " centres.\n\nMalaysia's AFC, which works with it, froze three accounts in Kuala"
            " Lumpur.\n\nThe AFC is set to freeze the accounts of five more firms, its head said.",
            "Philippines",
        ),
    ],
)
def test_a_bare_acronym_stays_the_storys_own_body(claims_of: Rows, text: str, state: str) -> None:
    rows = story(claims_of, text)
    last = [r for r in rows if r["span_start"] > text.rindex("\n\n")]
    assert last and last[-1]["sanction_authorities"] == [state], rows
