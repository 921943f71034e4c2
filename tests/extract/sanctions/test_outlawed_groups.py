"""Outlawing a group under a law is a sanction: declaring it an unlawful association or a
terrorist organisation, extending the ban on it (the bare 'the ban' of the next sentence is that
ban again), and attaching or freezing the property of its members; a declaration of anything
else ('declared the strike unlawful') is none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, only


@pytest.mark.parametrize(
    "text",
    [
        "The Indian home ministry declared the Hill Peoples Liberation Front an unlawful"
        " association for five years.",
        "Manila has declared two rebel factions terrorist organisations.",
        "The Northern Liberation Front was declared a terrorist organisation by Pakistan in 2023.",
        "Manila will declare the two breakaway groups terrorist organisations next week.",
    ],
)
def test_declaring_a_group_outlawed(claims_of: Rows, text: str) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] in ("imposed", "planned")
    assert row["sanction_targets"], row


@pytest.mark.parametrize(
    "text",
    [
        "The court declared the strike unlawful.",
        "The minister declared the two firms bankrupt.",
        "The mayor declared the fair open on Sunday.",
        "Police declared the march an unlawful assembly.",
    ],
)
def test_other_declarations_are_no_sanction(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Britain proscribed three militant groups in 2021. The ban was renewed last month.",
            "extended",
        ),
        ("Japan barred two trading firms in March. Tokyo lifted that ban in May.", "lifted"),
        ("Japan banned four diaspora groups in 2014. The ban was lifted in 2015.", "lifted"),
        ("The World Bank debarred a builder in 2019. It extended the ban this week.", "extended"),
    ],
)
def test_the_ban_told_before(claims_of: Rows, text: str, status: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == status


@pytest.mark.parametrize(
    "text",
    [
        "The ban on smoking in bars was lifted last year.",
        "Pakistan banned three militant groups in 2021. The weather was mild that year.",
    ],
)
def test_a_ban_with_no_sanction_before_is_none(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert all(r["sanction_status"] != "lifted" for r in rows), rows
    assert len(rows) <= 1, rows


@pytest.mark.parametrize(
    "text",
    [
        "The National Investigation Agency on Friday attached two flats and a plot of land"
        " belonging to a rebel commander.",
        "The National Investigation Agency attaches properties of the banned group's treasurer",
        "The agency has attached property worth Rs 2 crore linked to the outfit.",
        "Properties of the group's leader will be attached by India's enforcement agency.",
    ],
)
def test_attaching_property_is_a_freeze(claims_of: Rows, text: str) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] in ("imposed", "planned")


@pytest.mark.parametrize(
    "text",
    [
        "She attached a copy of the letter to her email.",
        "The board attached great importance to the audit.",
    ],
)
def test_other_attachments_are_none(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
