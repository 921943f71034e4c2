"""Sanction recall families: a financial intelligence unit's freezing directions (issued,
extended, revoked, told again bare), and a title-case headline whose second clause names
another state that acts on its own (invented examples)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


def statuses(claims_of: Rows, text: str) -> list[str]:
    return [r["sanction_status"] for r in claims_of(text, "sanction")]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "The unit issued freezing directions against five traders and two firms on Monday.",
            "imposed",
        ),
        (
            "Freezing directions were issued against three money changers in Kuala Belait.",
            "imposed",
        ),
        (
            "The regulator has extended by six months the freezing directions on two remittance "
            "agents.",
            "extended",
        ),
        ("A freezing direction against a former bank clerk was revoked last week.", "lifted"),
    ],
)
def test_freezing_directions_are_asset_freezes(claims_of: Rows, text: str, status: str) -> None:
    assert statuses(claims_of, text) == [status]


def test_a_bare_direction_after_a_freezing_one_is_the_same_freeze(claims_of: Rows) -> None:
    text = (
        "The unit issued freezing directions against four lenders on Monday.\n\n"
        "The directions cover 30 bank accounts and two cars."
    )
    assert statuses(claims_of, text) == ["imposed", "imposed"]


def test_directions_of_no_freeze_are_no_sanction(claims_of: Rows) -> None:
    assert statuses(claims_of, "The traffic police issued directions to drivers on Monday.") == []


@pytest.mark.parametrize(
    ("title", "second"),
    [
        ("Lima Court Freezes Mayor's Assets, Bolivia Bars His Sons", "Bolivia"),
        ("Nairobi Judge Freezes Tycoon's Accounts, Uganda Bans Two Aides", "Uganda"),
        ("Tirana Court Freezes Villas, Kosovo Blocks Two Accounts", "Kosovo"),
        ("Astana Court Freezes Ring's Assets, Kyrgyzstan Blocks Buyers' Accounts", "Kyrgyzstan"),
    ],
)
def test_a_headline_clause_of_another_state_is_its_own_claim(
    claims_of: Rows, title: str, second: str
) -> None:
    rows = claims_of(title + "\n\nThe story goes on here.", "sanction")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == [second]
