"""A grouping of states that acts together and whose members the story lists: its joint action
is that of all the members, also where a heading names only some of them ('Washington and its
partners jointly list ...'); an action of one member alone stays that member's."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, story

MEMBERS = ["Saudi Arabia", "United States", "Bahrain", "Kuwait", "Oman", "Qatar"]


@pytest.mark.parametrize(
    "text",
    [
        "The member states of the counter-terrorism centre jointly designated six men on Monday. "
        "Its membership: the group's members are Saudi Arabia, the United States, Bahrain, "
        "Kuwait, Oman and Qatar.",
        "Washington and its regional partners jointly sanctioned four financiers. Its members "
        "include Saudi Arabia, the United States, Bahrain, Kuwait, Oman and Qatar.",
        "The centre's members are Saudi Arabia, the United States, Bahrain, Kuwait, Oman and "
        "Qatar. The US and its Gulf partners have jointly listed nine companies.",
        "The forum's member governments will jointly designate three exchange houses next week. "
        "Its members comprise Saudi Arabia, the United States, Bahrain, Kuwait, Oman and Qatar.",
    ],
)
def test_a_joint_action_is_that_of_every_listed_member(claims_of: Rows, text: str) -> None:
    rows = story(claims_of, text)
    acting = [r for r in rows if "jointly" in text[r["sentence_start"] : r["sentence_end"]]]
    assert acting, rows
    assert set(acting[0]["sanction_authorities"]) == set(MEMBERS), acting


def test_one_members_own_action_stays_its_own(claims_of: Rows) -> None:
    text = (
        "The pact's members include Saudi Arabia, the United States, Bahrain, Kuwait, Oman and "
        "Qatar. Separately, Bahrain's central bank froze the assets of two exchange houses."
    )
    rows = story(claims_of, text)
    own = [r for r in rows if text[r["span_start"] :].startswith("froze")]
    assert [r["sanction_authorities"] for r in own] == [["Bahrain"]], rows
