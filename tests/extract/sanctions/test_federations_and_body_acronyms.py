"""A sports federation or a cricket council bans players as a disciplinary body does, and so does
its upper-case short name after the page gives the name it stands for, in brackets or by its
capitalised initials."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "The World Cricket Council has barred three umpires from every match until 2031.",
        "The Rowing Federation barred the crew's coach too.",
        "The World Fencing Federation has provisionally suspended two fencers' coaches and a"
        " team doctor.",
        "The Global Luge and Bobsleigh Federation (GLBF) met in May. Since 2022, the GLBF has"
        " suspended seven athletes for doping.",
        "The Pacific Cricket Council fined a club in June. The PCC barred five umpires in 2021.",
    ],
)
def test_a_federation_or_its_acronym_bans_people(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction")


@pytest.mark.parametrize(
    "text",
    [
        "The federation suspended the match for a week.",
        "Under club rules, a ban by one federation is enforced by every member federation.",
        "The Pacific Cricket Council fined a club in June. The PCC barred smoking in its grounds.",
        "The GLBF has suspended seven athletes over doping.",
    ],
)
def test_no_ban_on_people_or_no_named_body(claims_of: Rows, text: str) -> None:
    assert not claims_of(text, "sanction")
