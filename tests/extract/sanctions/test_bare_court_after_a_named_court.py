"""A bare 'the court' that names no state, after a named court's action and another state's
action in between, is that named court again: it takes the named court's authority, not the
nearest claim's nor the story's main state."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, story


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Tuesday the Copenhagen City Court froze DKK 4 million in the company's accounts. "
            "Sweden's Economic Crime Authority froze two accounts in Malmo. "
            "The court also froze a summer house owned by the director.",
            ["Denmark"],
        ),
        (
            "The High Court in Podgorica has frozen the assets of 12 people and six companies. "
            "Croatia's Anti-Money Laundering Office blocked three accounts in Split. "
            "In a separate decision on Monday, the court extended by six months the freeze on "
            "seven members of another ring.",
            ["Montenegro"],
        ),
        (
            "The Valletta court froze the assets of nine people on Friday. "
            "Cyprus's anti-money laundering unit froze two accounts in Limassol. "
            "In a related case, the court extended by a year the freeze on four men.",
            ["Malta"],
        ),
        (
            "The Oslo District Court froze the assets of three brokers on Monday. "
            "Finland's police froze a flat in Helsinki. "
            "The court later lifted the freeze on one of the brokers.",
            ["Norway"],
        ),
    ],
)
def test_bare_court_is_the_named_court_before(
    claims_of: Rows, text: str, expected: list[str]
) -> None:
    rows = story(claims_of, text)
    assert rows, text
    assert rows[-1]["sanction_authorities"] == expected, [
        (r["sanction_authorities"], r.get("subject")) for r in rows
    ]
