"""A securities regulator barring people from corporate boards is a sanction on them, as a ban from
the market is ('barred three former directors from corporate boards', 'were banned from holding a
directorship'), in any voice and tense, and in a headline with the authority told below
(sanctions.json `market_bans` `places`: board, directorship). A board a person is kept off by
anyone with no regulator's bar ('barred from boarding the flight') is none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import Rows, counts, page_sanctions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile's securities regulator on Friday barred three former directors of a pension"
            " fund from corporate boards for five years.",
            {"person": 3},
        ),
        (
            "Two former managers of the bank were banned from holding a directorship,"
            " Britain's Financial Conduct Authority said.",
            {"person": 2},
        ),
        (
            "The U.S. Securities and Exchange Commission will bar four former executives from the"
            " boards of listed firms.",
            {"person": 4},
        ),
    ],
)
def test_barring_people_from_boards_is_a_sanction(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert counts(rows[0]) == expected


def test_a_board_ban_headline_takes_the_regulator_below(tmp_path: Path) -> None:
    text = (
        "Regulator bars ex-Lumbra bosses from corporate boards\n\n"
        "Peru's securities regulator SMV on Monday barred five former executives of Lumbra"
        " S.A. from corporate boards for eight years.\n"
    )
    rows = page_sanctions(tmp_path, text)
    assert any(r["span_text"].startswith("bars") for r in rows), rows
    assert all(list(r["sanction_authorities"]) == ["Peru"] for r in rows), rows


def test_boarding_a_flight_is_no_board_ban(claims_of: Rows) -> None:
    text = "The airline barred two drunk passengers from boarding the flight to Lima."
    assert claims_of(text, "sanction") == []
