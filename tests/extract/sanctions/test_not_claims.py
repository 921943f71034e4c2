"""Sentences about sanctions that state no action: rules, powers, risks, threats, effects and
mentions of measures already taken."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried


@pytest.mark.parametrize(
    "text",
    [  # membership without a sanction before it, or denied, is no claim
        "Three trading houses in Dubai are on the list of the region's largest firms.",
        "Sberbank is not on the list.",
        "Two new routes were added for the summer season.",
        "Twenty villages were cut off from the power network.",
    ],
)
def test_membership_without_a_sanction_is_no_claim(claims_of: Rows, text: str) -> None:
    assert carried(claims_of, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The measures have to be renewed every six months.",
        "Sanctions are meant to be reviewed each year.",
    ],
)
def test_a_rule_about_sanctions_is_no_claim(claims_of: Rows, text: str) -> None:
    assert carried(claims_of, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sanctions have affected Russia's economy badly.",
        "The restrictions affected oil exports more than expected.",
    ],
)
def test_an_effect_of_sanctions_is_no_claim(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


def test_listing_a_place_is_no_claim(claims_of: Rows) -> None:
    assert claims_of("Canada listed Moldova as a partner.", "sanction") == []


@pytest.mark.parametrize(
    "text",
    [  # a sanction only risked or feared is no action
        "Fewer owners are willing to take the risk of a designation.",
        "Banks fear the risk of sanctions on their Russian clients.",
        "Shippers face a growing risk of designation by the Treasury.",
        "The fear of an asset freeze has driven investors away.",
    ],
)
def test_a_risked_sanction_is_no_claim(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    "text",
    [
        "Banks that help Moscow could face sanctions, the minister warned.",
        "Russian oligarchs face new pressure from Western governments.",
        "Traders who breach the rules face penalties of up to ten years.",
        "Exporters face tougher export controls from next year.",
    ],
)
def test_a_threat_or_a_rule_that_one_faces_is_no_claim(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    "text",
    [
        "The ships on the blacklist are barred from EU ports and insurance.",
        "Under the rules the tankers are banned from calling at British ports.",
        "These vessels are barred from docking in Japanese harbours.",
        "Firms on the list are barred from bidding for public contracts.",
    ],
)
def test_what_listed_targets_may_not_do_is_an_effect_not_a_claim(
    claims_of: Rows, text: str
) -> None:
    rows = claims_of("Britain sanctioned 40 tankers and 8 firms on Monday. " + text, "sanction")
    assert len(rows) == 1, rows


@pytest.mark.parametrize(
    "text",
    [
        "The act allows Canada to impose sanctions when human rights are abused.",
        "A new law empowers the president to freeze the assets of foreign officials.",
        "The regulation enables ministers to designate ships linked to the shadow fleet.",
        "The treaty permits member states to ban imports of Russian steel.",
    ],
)
def test_a_power_to_sanction_is_no_sanction(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ordinary sanctions bar a country's own citizens and companies from dealing with a target.",
        "Such designations prohibit American firms from doing business with the listed banks.",
        "US sanctions ban Americans from trading with the two firms.",
        "Secondary sanctions bar foreign banks from handling payments for the listed firms.",
    ],
)
def test_what_sanctions_bar_people_from_doing_is_their_effect(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    "text",
    [
        "The restrictions, which include asset freezes and a ban on trade, run for ten years.",
        "The sanctions, which comprise an arms embargo and a port ban, took effect on Monday.",
        "These measures, which contain a ban on software exports, expire in July.",
        "The measures, which include a visa ban, remain in force.",
    ],
)
def test_measures_stating_what_they_include_state_no_action(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    "text",
    [
        "It was the second refinery to be sanctioned this month.",
        "Ministers face a decision to sanction nobody at all.",
    ],
)
def test_an_infinitive_that_describes_or_names_no_group_is_no_claim(
    claims_of: Rows, text: str
) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    "text",
    [
        "The listed carriers are banned from Canadian ports.",
        "The sanctioned tankers will be barred from Norwegian waters.",
        "The listed companies are banned from public tenders.",
    ],
)
def test_an_effect_on_earlier_targets_is_no_new_action(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    "text",
    [
        "It is the second refinery to be sanctioned this month.",
        "The measures follow a joint statement by G7 ministers.",
        "The new sanctions mirror a statement the ministers made in May.",
        "Penalties for sanctions offences include up to ten years in prison.",
        "Fines for sanctions violations rose sharply last year.",
        "The tanker, which switched off its transponder, is under investigation.",
        "The sanctions list is under review.",
    ],
)
def test_mentions_that_state_no_new_action(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
