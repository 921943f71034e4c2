"""A headline's sanction verb right after a state's name, which the tagger reads as a modifier
of the target noun that follows ('Canada, Japan blacklist steel traders'), states the action."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, only


@pytest.mark.parametrize(
    ("text", "authorities", "kind"),
    [
        (
            "Canberra, Wellington blacklist Myanmar junta generals",
            ["Australia", "New Zealand"],
            "person",
        ),
        (
            "Britain, Canada blacklist Iranian drone makers",
            ["United Kingdom", "Canada"],
            "organization",
        ),
        ("Japan designate Chinese chip suppliers", ["Japan"], "organization"),
        ("US, UK blacklist Houthi arms smugglers", ["United States", "United Kingdom"], "person"),
        ("Australia blacklist cyber gangs", ["Australia"], "organization"),
    ],
)
def test_a_verb_read_as_modifier_is_the_action(
    claims_of: Rows, text: str, authorities: list[str], kind: str
) -> None:
    row = only(claims_of, text)
    assert row["sanction_authorities"] == authorities
    assert row["sanction_status"] == "imposed"
    assert [t["kind"] for t in row["sanction_targets"]] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "The EU blacklist entries grew by a fifth.",
        "A designated shipping group moved its office.",
        "The US sanction programmes were reviewed by auditors.",
    ],
)
def test_a_modifier_without_a_state_before_it_is_none(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
