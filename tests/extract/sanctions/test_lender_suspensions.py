"""In a story of debarments, a lender or procurement body that suspends a firm (with no 'from'
phrase) imposes a temporary exclusion, and a suspension of a firm is one that can be imposed or
lifted; a suspension with no debarment told, or someone suspended from a team, is none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows

LEAD = "The lender debarred a road builder from Accra for six years on Monday. "


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The lender had temporarily suspended the builder in January.", "imposed"),
        ("Two further contractors were suspended during the inquiry.", "imposed"),
        ("Last year the development bank suspended Kofi Works Ltd for nine months.", "imposed"),
        ("In August the suspension of a third contractor was lifted ahead of time.", "lifted"),
    ],
)
def test_a_suspension_in_a_debarment_story_is_an_exclusion(
    claims_of: Rows, text: str, status: str
) -> None:
    rows = claims_of(LEAD + text, "sanction")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == status


@pytest.mark.parametrize(
    "text",
    [
        "The club suspended two players after the brawl.",
        "The airline suspended flights to the island for a week.",
        "The regulator announced a suspension of trading in the shares.",
    ],
)
def test_a_suspension_in_a_story_of_no_debarment_is_none(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


def test_suspended_from_a_team_in_a_debarment_story_is_none(claims_of: Rows) -> None:
    rows = claims_of(LEAD + "The coach suspended two players from the squad.", "sanction")
    assert len(rows) == 1, rows
