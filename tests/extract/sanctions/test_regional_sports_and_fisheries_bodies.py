"""Regional sports confederations, world sports bodies and regional fisheries agencies act under
their own names: a ban by one of them is its own, not the state of the clubs or ships it bans,
and a bare mention later in the story carries it."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, only, story


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "The Oceania Football Confederation banned a Fijian club treasurer for ten years.",
            "Oceania Football Confederation",
        ),
        (
            "The disciplinary committee of the Asian Football Confederation suspended two"
            " referees for life.",
            "Asian Football Confederation",
        ),
        (
            "World Rugby's disciplinary panel has suspended three Tongan players for six months.",
            "World Rugby",
        ),
        (
            "The disciplinary board of the Confederation of African Football banned two club"
            " presidents for five years.",
            "Confederation of African Football",
        ),
        (
            "The Pacific Islands Forum Fisheries Agency blacklisted two purse seiners in June.",
            "Pacific Islands Forum Fisheries Agency",
        ),
    ],
)
def test_a_regional_body_bans_under_its_own_name(
    claims_of: Rows, text: str, authority: str
) -> None:
    assert only(claims_of, text)["sanction_authorities"] == [authority]


@pytest.mark.parametrize(
    "text",
    [
        "PORT VILA, May 3 - Vanuatu's fisheries officers met on Monday about illegal catches"
        " in the north, where crews were seen inside the zone for weeks this spring.\n"
        "Fiji fined three trawlers on Friday.\n"
        "The Fisheries Department says it has blacklisted three foreign tuna boats.",
        "PORT VILA, May 3 - Vanuatu's customs officers met on Monday about smuggling along"
        " the coast, where boats were seen unloading at night for weeks this spring.\n"
        "Australia froze the accounts of a shipping agent last week.\n"
        "The Customs Service said it had frozen the accounts of four importers.",
        "PORT VILA, May 3 - Vanuatu's police met on Monday about the fraud at the lottery"
        " office, where money went missing for weeks this spring.\n"
        "World Rugby's disciplinary panel banned two Fijian players on Friday.\n"
        "The Financial Crimes Unit reports it has frozen 12 bank accounts.",
    ],
)
def test_a_pronoun_reported_by_a_bare_home_body_acts_for_the_home_state(
    claims_of: Rows, text: str
) -> None:
    rows = story(claims_of, text)
    assert rows, text
    assert rows[-1]["sanction_authorities"] == ["Vanuatu"], rows
