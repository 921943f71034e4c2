"""A clause joined by 'as' or 'while' whose own subject is a bare court or body noun ('..., as
court freezes their pay') is that body's action, apart from the first clause's: two claims, the
second with its own targets."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "Malta bars 30 foreign hooligans before final as court freezes three brokers' assets",
        "Cyprus barred 12 smugglers on Monday as judge froze the smugglers' bank accounts",
        "Estonia has banned nine traders, while court freezes the brokers' accounts",
        "Latvia barred six executives as the court froze the firm's deposits",
    ],
)
def test_a_bare_court_clause_is_an_action_of_its_own(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_targets"], rows
