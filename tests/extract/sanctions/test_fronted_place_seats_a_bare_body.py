"""A sentence that opens on a place set off by a comma and whose subject is a state's own body
named bare ('In Ruritania, the finance ministry ...') acts for the state that place is or seats,
whatever the action (a listing or a ban as much as a freeze), not for the story's other actor."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, story

LEAD = "Brazil's Finance Ministry froze the accounts of six players on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEAD + "In Oman, the Public Prosecution placed a travel ban on three suspects.",
            ["Oman"],
        ),
        (
            LEAD + "In Ecuador, the interior ministry imposed entry bans on five coaches.",
            ["Ecuador"],
        ),
        (LEAD + "In Ghana, the court barred two agents from leaving the country.", ["Ghana"]),
        (LEAD + "In Nairobi, the customs service has blacklisted six importers.", ["Kenya"]),
    ],
)
def test_fronted_place_seats_the_bare_body(claims_of: Rows, text: str, expected: list[str]) -> None:
    rows = story(claims_of, text)
    assert rows and rows[-1]["sanction_authorities"] == expected, [
        (r["sanction_authorities"], r.get("subject")) for r in rows
    ]
