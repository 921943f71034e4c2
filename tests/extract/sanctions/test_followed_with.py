"""A state that 'follows with' sanctions of its own takes its own action (round 18)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "Germany imposed entry bans on three officials last year and Austria followed with "
            "its own bans weeks later.",
            "Austria",
        ),
        (
            "The US blacklisted two banks in March, and Kenya followed with its own bans in April.",
            "Kenya",
        ),
        (
            "Canada listed six firms in May. Australia followed with asset freezes on the same firms.",
            "Australia",
        ),
        ("Britain banned four officials. Norway will follow with travel bans next week.", "Norway"),
    ],
)
def test_following_with_sanctions_is_an_action(claims_of: Rows, text: str, authority: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == [authority]
