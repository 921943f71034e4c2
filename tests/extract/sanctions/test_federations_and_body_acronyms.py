"""A sports federation or a cricket council bans players as a disciplinary body does, and so does
its upper-case short name once the page has given the name it stands for, in brackets or by its
capitalised initials."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "The International Cricket Council on Monday banned three umpires from all cricket"
        " for four years.",
        "The Rowing Federation also bars the crew's coach.",
        "The World Fencing Federation has provisionally suspended two fencers' coaches and a"
        " team doctor.",
        "The Global Luge and Bobsleigh Federation (GLBF) met in May. Since 2022, the GLBF has"
        " suspended seven athletes and officials over doping.",
        "The Island Cricket Council fined a club in June. The ICC has banned five umpires"
        " since 2021.",
    ],
)
def test_a_federation_or_its_acronym_bans_people(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction")


@pytest.mark.parametrize(
    "text",
    [
        "The federation suspended the match for a week.",
        "Under club rules, a ban by one federation is enforced by every member federation.",
        "The Island Cricket Council fined a club in June. The ICC has banned smoking in"
        " its grounds.",
        "The GLBF has suspended seven athletes over doping.",
    ],
)
def test_no_ban_on_people_or_no_named_body(claims_of: Rows, text: str) -> None:
    assert not claims_of(text, "sanction")
