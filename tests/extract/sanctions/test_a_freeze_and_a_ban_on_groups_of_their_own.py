"""Two measure verbs of a headline, one a freeze and the other a listing or a ban, each with a
group of its own (its subject, or the noun its participle describes), are two actions: a headline
that tells a freeze and then a ban after a semicolon or a comma gives two claims. A body sentence
(one that ends on a full stop) that tells both with no semicolon between them tells one action,
as does a later clause whose group a possessive pronoun ties to the first group ('their
assets')."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "Court freezes assets of cement dealer; two pilots barred from entering Chile",
        "Anti-fraud office freezes the pastor's accounts; three deacons blacklisted",
        "Regulator blacklists five lenders in Lima; 18 accounts frozen",
        "Ferry gang members banned from Fiji; central bank freezes 12 accounts",
        "Judge freezes a timber firm's accounts; six foreign loggers barred from entering Peru",
    ],
)
def test_a_freeze_and_a_ban_each_on_its_own_group_are_two_actions(
    claims_of: Rows, text: str
) -> None:
    assert len(claims_of(text, "sanction")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The European Union listed 12 men and their assets were frozen.",
        "Canada listed nine firms on Monday, freezing their accounts.",
        "Uganda's court froze 12 accounts of a builder on Monday, and four of his drivers were"
        " barred from entering the country.",
        "The agency froze the funds of six men, and two barges they used were barred from"
        " docking at Kenyan ports, it said.",
    ],
)
def test_a_freeze_of_the_same_groups_holdings_is_one_action(claims_of: Rows, text: str) -> None:
    assert len(claims_of(text, "sanction")) == 1
