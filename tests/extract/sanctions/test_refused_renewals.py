"""A measure whose renewal is refused or not done lapses: 'refused to extend the freeze',
'declined to renew the bans', 'failed to renew the sanctions' state a lifting. A refused lifting
or a refused widening to new targets states no action."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "On 3 June the High Court refused to extend the freeze on the accounts of two men.",
        "Judges have refused to prolong the asset freeze on a businessman and his two sons.",
        "The council failed to renew the sanctions on six officials before they expired.",
        "The tribunal declined to extend the travel bans on four former ministers.",
    ],
)
def test_a_refused_extension_is_a_lifting(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == "lifted"


@pytest.mark.parametrize(
    "text",
    [
        "The government refused to extend the ban to two more companies.",
        "The bloc refused to lift the sanctions on the oligarch.",
        "The ministry declined to lift the freeze on the three firms.",
        "Canada failed to agree on a listing of the four officials.",
    ],
)
def test_a_refused_lifting_or_widening_is_no_action(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
