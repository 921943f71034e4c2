"""A verb of declaring that gives a group the standing of one kept out of a state: 'Chile
declared the pilot inadmissible' (a small clause), 'declared six sailors inadmissible to the
island' (the standing read as the group's modifier), 'was declared ineligible to enter the
country' (an infinitive of coming in), 'declared the trader an undesirable person'."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("Peru declared the retired colonel inadmissible on Thursday.", "Peru"),
        (
            "Kenya's interior minister declared nine customs officers inadmissible to Kenya.",
            "Kenya",
        ),
        ("Ghana has declared the two businessmen prohibited immigrants.", "Ghana"),
        ("Belize declared the shipping agent an undesirable person last week.", "Belize"),
        ("Chile will declare the four traders undesirable, its interior ministry said.", "Chile"),
    ],
)
def test_a_declared_standing_is_an_entry_ban(claims_of: Rows, text: str, authority: str) -> None:
    rows = claims_of(text, "sanction")
    assert rows
    assert rows[0]["sanction_authorities"] == [authority]


@pytest.mark.parametrize(
    "text",
    [
        "The judge declared the recording inadmissible on Thursday.",
        "Peru's minister declared the merger undesirable for the market.",
        "The court found the appeal inadmissible.",
        "Most of the students were declared ineligible to enter the contest.",
    ],
)
def test_a_declared_standing_of_no_group_is_no_claim(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
