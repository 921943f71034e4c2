"""Two modifiers joined before a frozen holding ('bank and pension accounts') count the holdings,
whichever of the two the parser hangs the number on: the first modifier is no target of its own
(round 42)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan prosecutors froze 140 bank and crypto accounts last week.", {"other": 140}),
        (
            "Thailand's anti-money laundering office froze 406 bank and securities accounts.",
            {"other": 406},
        ),
        (
            "The court in Lagos had frozen 31 bank and brokerage accounts on Friday.",
            {"other": 31},
        ),
    ],
)
def test_joined_modifiers_of_counted_holdings(claims_of: Rows, text: str, expected: dict) -> None:
    assert counts(only(claims_of, text)) == expected


def test_a_counted_bank_beside_counted_accounts_stays_a_bank(claims_of: Rows) -> None:
    rows = claims_of("Japan froze the assets of one bank and 12 accounts.", "sanction")
    assert counts(rows[0]) == {"organization": 1, "other": 12}
