"""'banned three brokers from trading for a year', 'were barred from trading on the exchange': a
'from' phrase that is only the gerund of market dealing (sanctions.json `market_bans`
`activities`) keeps the group itself out of the market, a ban on it; 'banned from trading with
the firm' is others' dealings with a target, no ban of its own."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows

BANS = [
    ("Pakistan's securities regulator has banned three brokers from trading for a year.", 3),
    ("Kenya's markets authority said two dealers were barred from trading on the exchange.", 2),
    ("Nigeria's regulator will ban five more traders from trading until March.", 5),
    ("Egypt's financial regulator on Monday banned four traders from trading for six months.", 4),
]

NO_BANS = [
    "Under the rules, US firms are banned from trading with the company.",
    "The shop was barred from trading in counterfeit goods last year.",
]


@pytest.mark.parametrize(("text", "count"), BANS)
def test_a_ban_from_trading_is_a_sanction(claims_of: Rows, text: str, count: int) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert [t["count"] for t in rows[0]["sanction_targets"]] == [count]


@pytest.mark.parametrize("text", NO_BANS)
def test_a_ban_on_dealings_with_others_is_none(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
