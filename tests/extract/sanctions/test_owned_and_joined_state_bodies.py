"""A body owned by a state through a chain of possessives ("Ghana's attorney general's office"),
or named after a state whose name joins two words by 'and' ('the Court of Bosnia and
Herzegovina'), acts for that state; so does the place that opens a sentence where a judge orders
or imposes a freeze ('In Lima, a judge ordered a freeze of ...')."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana's attorney general's office has frozen the accounts of four traders.", "Ghana"),
        ("Peru's chief prosecutor's office froze 30 bank accounts on Monday.", "Peru"),
        ("Kenya's central bank governor's office will freeze the assets of two brokers.", "Kenya"),
        ("Chile's interior minister's department blacklisted six smugglers last week.", "Chile"),
    ],
)
def test_a_body_owned_through_possessives_acts_for_the_first_owner(
    claims_of: Rows, text: str, expected: str
) -> None:
    rows = carried(claims_of, text)
    assert rows and rows[0]["sanction_authorities"] == [expected], rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Court of Bosnia and Herzegovina froze the assets of three officials on Tuesday.",
            "Bosnia and Herzegovina",
        ),
        (
            "The High Court of Trinidad and Tobago has frozen nine accounts of the firm.",
            "Trinidad and Tobago",
        ),
        (
            "A court in Bosnia and Herzegovina froze the accounts of six company directors.",
            "Bosnia and Herzegovina",
        ),
        (
            "The Financial Intelligence Unit of Trinidad and Tobago froze the accounts of five "
            "people.",
            "Trinidad and Tobago",
        ),
    ],
)
def test_a_state_named_by_two_joined_words_owns_its_body(
    claims_of: Rows, text: str, expected: str
) -> None:
    rows = carried(claims_of, text)
    assert rows and rows[0]["sanction_authorities"] == [expected], rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Lagos, a judge ordered a freeze of nine accounts held by the two firms.", "Nigeria"),
        ("In Lima, a judge on Friday ordered a freeze on 20 accounts of the miner.", "Peru"),
        ("In Dhaka, the court has ordered a freeze of the assets of four bankers.", "Bangladesh"),
        ("In Karachi, a judge imposed a freeze on six accounts of the charity.", "Pakistan"),
    ],
)
def test_a_fronted_place_seats_a_judge_who_orders_a_freeze(
    claims_of: Rows, text: str, expected: str
) -> None:
    rows = carried(claims_of, text)
    assert rows and rows[0]["sanction_authorities"] == [expected], rows
