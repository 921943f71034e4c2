"""A heading's agentless passive whose counted targets come first, in title
case ('Three Generals Added To EU List') or in a standfirst that a clause break continues ('Two
tankers and five firms listed; minister says ...'): the words before the participle are its
targets, and in title case the list after it names the authority."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "authority", "status", "expected"),
    [
        (
            "Two Rebel Commanders and a Coltan Smuggler Added to UN Blacklist",
            ["UN Security Council"],
            "imposed",
            {"person": 3},
        ),
        (
            "Three Iranian Generals Added To EU Sanctions List",
            ["European Union"],
            "imposed",
            {"person": 3},
        ),
        (
            "Four Shadow Fleet Tankers Removed From UK List",
            ["United Kingdom"],
            "lifted",
            {"vessel": 4},
        ),
        (
            "Six Junta Officers Named In New Canadian Sanctions",
            ["Canada"],
            "imposed",
            {"person": 6},
        ),
    ],
)
def test_title_case_agentless_participle_takes_the_words_before(
    claims_of: Rows, text: str, authority: list[str], status: str, expected: dict[str, int | None]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_authorities"] == authority
    assert rows[0]["sanction_status"] == status
    assert counts(rows[0]) == expected


def test_an_agent_or_an_authority_first_keeps_its_own_reading(claims_of: Rows) -> None:
    rows = claims_of("Treasury Adds Two Generals To Sanctions List", "sanction")
    assert len(rows) == 1 and counts(rows[0]) == {"person": 2}
    rows = claims_of("Two Banks Hit By New EU Sanctions", "sanction")
    assert len(rows) == 1 and rows[0]["sanction_authorities"] == ["European Union"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two tankers and five firms listed; minister says measures aim to curb strikes",
            {"vessel": 2, "organization": 5},
        ),
        ("Nine officials blacklisted; opposition calls the move overdue", {"person": 9}),
        (
            "Four generals and two arms makers designated; embassy declines comment",
            {"person": 4, "organization": 2},
        ),
        (
            "Three banks and a shipping agent sanctioned; Moscow vows to retaliate",
            {"organization": 4},
        ),
    ],
)
def test_standfirst_passive_before_a_clause_break(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == "imposed"
    assert counts(rows[0]) == expected
    assert claims_of(text, "quantity") == []  # the counts belong to the sanction
