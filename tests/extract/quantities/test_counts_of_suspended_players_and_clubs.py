"""A sport's people and clubs that a league or federation suspends, bans, bars or excludes are the
disciplinary sanction's targets, counted by it, not quantities; the same words counted outside
any such action (signed, sold, fielded) stay quantities."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _spans(claims_of: Rows, text: str) -> list[str]:
    return [text[r["span_start"] : r["span_end"]] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "text",
    [
        "Last week the league suspended two strikers and a goalkeeper without a time limit.",
        "The cricket board has now banned 11 players for corruption since 2018.",
        "The confederation excluded three clubs from the continental cup over unpaid debts.",
        "Two referees were suspended until next season by the federation.",
        "The union still bars four teams from its competitions over unpaid fees.",
    ],
)
def test_counts_a_sport_body_acts_on_are_no_quantities(claims_of: Rows, text: str) -> None:
    assert _spans(claims_of, text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "The club signed three new players in January and sold two strikers.",
            "three new players",
        ),
        ("Some 40 clubs entered the regional cup this season.", "40 clubs"),
    ],
)
def test_sport_counts_outside_a_ban_stay(claims_of: Rows, text: str, kept: str) -> None:
    assert any(kept in s for s in _spans(claims_of, text))
