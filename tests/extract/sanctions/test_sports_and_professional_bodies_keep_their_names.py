"""Sports federations and leagues, and professional regulators, in the alias table act under their
own names, also by initials the page uses after spelling the name out; a state word inside such a
name ('Athletics Kenya', 'the Ethiopian Athletics Federation') adds no state
(claims/data/aliases.json; claims.extract.sanctions.authorities.actor_authorities)."""

from __future__ import annotations

import pytest

from claims.extract.sanctions.authorities import authorities_in
from tests.extract.sanctions.helpers import Rows, only


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "Nippon Professional Baseball opened a betting inquiry in April. "
            "The NPB has since banned five outfielders.",
            "Nippon Professional Baseball",
        ),
        (
            "The International Weightlifting Federation on Tuesday banned two referees for life.",
            "International Weightlifting Federation",
        ),
        (
            "The EHF banned three players for a year.",
            "European Handball Federation",
        ),
        (
            "Major League Baseball banned a pitcher for a year on Friday.",
            "Major League Baseball",
        ),
    ],
)
def test_a_sports_body_acts_under_its_own_name(claims_of: Rows, text: str, authority: str) -> None:
    assert only(claims_of, text)["sanction_authorities"] == [authority]


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "The Athletics Federation of India said it would bar two coaches.",
            "Athletics Federation of India",
        ),
        (
            "The Ethiopian Athletics Federation banned two marathoners for four years.",
            "Ethiopian Athletics Federation",
        ),
        (
            "The Athletics Federation of Nigeria has suspended three sprinters.",
            "Athletics Federation of Nigeria",
        ),
        (
            "Athletics Kenya will ban the agent of two runners.",
            "Athletics Kenya",
        ),
    ],
)
def test_a_state_inside_a_federation_name_adds_no_state(
    claims_of: Rows, text: str, authority: str
) -> None:
    assert only(claims_of, text)["sanction_authorities"] == [authority]


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "Four engineers were suspended by Engineers PEI for a year.",
            "Engineers PEI",
        ),
        (
            "Engineers Nova Scotia suspended two engineers in March.",
            "Engineers Nova Scotia",
        ),
        (
            "Professional Engineers Ontario said it would suspend a bridge designer.",
            "Professional Engineers Ontario",
        ),
        (
            "APEGA has suspended the licence of a pipeline engineer for six months.",
            "Association of Professional Engineers and Geoscientists of Alberta",
        ),
    ],
)
def test_an_engineering_regulator_is_an_authority_of_its_own(text: str, authority: str) -> None:
    assert authorities_in(text) == [authority]
