"""An action whose sentence opens on a place ('In Austria, two deposits were frozen ...', 'In
Lima, the unit reported that it had frozen ...') and names no actor of its own is that of the
state the place is or seats, not of the state named before it nor of one that only asked for it
('after a request from Madrid'); a state the measures are about is no such place."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, story

LEAD = "France froze the assets of 14 people and six companies on Monday. "


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "In Belgium, two bank accounts held by the traders were frozen last week at the "
            "request of Madrid.",
            ["Belgium"],
        ),
        (
            "In Kinshasa, the anti-money laundering cell announced that it had frozen 17 "
            "accounts tied to the traders.",
            ["DR Congo"],
        ),
        ("In Spain, the bank accounts of two of the men were frozen last week.", ["Spain"]),
        (
            "In Nairobi, the assets of two of the companies will be frozen at the request of "
            "the French authorities.",
            ["Kenya"],
        ),
    ],
)
def test_an_action_in_a_named_state_is_that_states(
    claims_of: Rows, text: str, authority: list[str]
) -> None:
    rows = story(claims_of, LEAD + text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == authority, rows


def test_a_place_the_measures_are_about_is_no_actor(claims_of: Rows) -> None:
    rows = story(claims_of, LEAD + "In Russia, three more banks were added to the list.")
    assert rows[-1]["sanction_authorities"] == ["France"], rows


@pytest.mark.parametrize(
    "text",
    [
        "In Nicaragua, four senior police officials have been designated for abuses.",
        "In Tajikistan, three security officers were sanctioned over the abductions.",
    ],
)
def test_a_listing_in_a_place_is_where_its_targets_are(claims_of: Rows, text: str) -> None:
    rows = story(claims_of, LEAD + text)
    assert rows[-1]["sanction_authorities"] == ["France"], rows
