"""A body named '<Body> of <State>' ('the Central Bank of Egypt') acts for that state; an
unnamed 'the federal government' of a story whose claims name two states equally is the story's
home state, the one its opening names most."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, story


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The Reserve Bank of Malawi has ordered lenders to freeze 310 accounts.", "Malawi"),
        ("The Central Bank of Nigeria froze the accounts of six firms on Friday.", "Nigeria"),
        ("The Republic of Kenya has frozen the assets of four men.", "Kenya"),
        ("The Financial Intelligence Centre of South Africa froze 12 accounts.", "South Africa"),
    ],
)
def test_a_body_of_a_state_acts_for_it(claims_of: Rows, text: str, state: str) -> None:
    rows = story(claims_of, text)
    assert [r["sanction_authorities"] for r in rows] == [[state]], rows


OPENING = (
    "ISLAMABAD, Oct 15: Officials in Islamabad and Lahore said on Tuesday that a crackdown on "
    "the outlawed groups had begun across Pakistan, with more listings to come this month.\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "The federal government outlawed three militant groups on Tuesday.",
        "The government banned three outfits and listed 50 of their leaders.",
        "The federal cabinet has proscribed three more groups.",
        "The government added 40 people to its terrorism watch list.",
    ],
)
def test_an_unnamed_government_is_the_home_states_among_equals(claims_of: Rows, text: str) -> None:
    rest = (
        "\n\nThe Central Bank of Pakistan froze 600 accounts of the groups."
        "\n\nThe United States designated one of the groups in 2022."
    )
    rows = story(claims_of, OPENING + text + rest)
    assert rows[0]["sanction_authorities"] == ["Pakistan"], rows
