"""Leagues, confederations and professional bodies (bar associations, medical councils, a
regulator's discipline panel) that suspend, ban or bar their players or members state a sanction
as a sports federation does (sanctions.json `disciplinary_bans` `bodies` and `people`), in any
voice and tense; a ban on things by such a body stays none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "The national basketball association suspended two players and a coach for a season.",
        "The regional football confederation has banned four club officials for life.",
        "A discipline committee of the medical council suspended three doctors for a year.",
        "The bar association will bar a lawyer from practice for nine months, its registrar said.",
        "The discipline panel has suspended two engineers and a surveyor for a year.",
        "An outfielder and two pitchers were suspended by the baseball organization in May.",
    ],
)
def test_a_league_or_professional_body_bans_its_members(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] in ("imposed", "planned"), rows


@pytest.mark.parametrize(
    "text",
    [
        "The medical council banned smoking on hospital grounds from next year.",
        "The law society suspended its annual dinner because of the strike.",
        "Two doctors were suspended from the rota after a scheduling mix-up.",
    ],
)
def test_things_or_no_body_is_none(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
