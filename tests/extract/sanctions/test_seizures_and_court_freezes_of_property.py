"""Sanction recall families of courts and prosecutors acting on a suspect's property: seizing or
arresting holdings (verb and noun), a judge named by title freezing property, property as the
subject of a freeze participle, a release coordinated after another action, a fronted freeze
with a target as its subject, and an entry bar whose 'from' phrase hangs on the object's
apposition (invented examples)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows

FREEZE_LEAD = "A court in Lima froze the accounts of a smuggling ring on Monday.\n\n"


def statuses(claims_of: Rows, text: str) -> list[str]:
    return [r["sanction_status"] for r in claims_of(text, "sanction")]


@pytest.mark.parametrize(
    "text",
    [
        "A Lagos court has seized the assets of nine customs officers.",
        "Judges in Tirana arrested the bank accounts of two construction firms on Friday.",
        "Prosecutors said the accounts of four shipping agents were seized last week.",
        "The anti-mafia unit has now seized assets from 40 people since 2021.",
    ],
)
def test_seizing_holdings_freezes_them(claims_of: Rows, text: str) -> None:
    assert statuses(claims_of, text) == ["imposed"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The district court ordered the arrest of property belonging to six traders.", "imposed"),
        (
            "A judge extended by six months the seizure of a villa owned by the former mayor.",
            "extended",
        ),
        ("Prosecutors obtained the seizure of 12 flats and a farm near Bari.", "imposed"),
        (
            "The appeals court lifted the arrest of the accounts of a Tbilisi trading firm.",
            "lifted",
        ),
    ],
)
def test_a_seizure_of_property_is_a_freeze(claims_of: Rows, text: str, status: str) -> None:
    assert statuses(claims_of, text) == [status]


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested three men and seized 40 kg of heroin.",
        "The army seized the town's airport.",
        "The court ordered the arrest of the alleged ringleader.",
        "Customs announced the seizure of 40 kg of heroin.",
    ],
)
def test_arrests_of_people_and_seized_goods_are_no_sanction(claims_of: Rows, text: str) -> None:
    assert statuses(claims_of, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Justice Mary Okafor froze two houses and a car owned by the director.",
        "Judge Tomas Lind restrained a farm and three apartments in Uppsala.",
        "Magistrate Ivo Kerr seized a villa at Kotor belonging to the smuggler.",
        "Acting Justice Sara Dube has frozen four trucks and a warehouse of the company.",
    ],
)
def test_a_judge_named_by_title_freezes_property(claims_of: Rows, text: str) -> None:
    assert statuses(claims_of, text) == ["imposed"]


def test_a_minister_of_justice_is_no_judge(claims_of: Rows) -> None:
    assert statuses(claims_of, "Justice Minister Ana Ruiz froze hiring at the ministry.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Two houses in Lisbon and a farm were also restrained.",
        "A farm and two houses near Durres have been frozen.",
        "Four trucks belonging to the firm were restrained too.",
        "The house, a barn and the car have been restrained, the prosecutor said.",
    ],
)
def test_property_frozen_after_a_freeze(claims_of: Rows, text: str) -> None:
    assert statuses(claims_of, FREEZE_LEAD + text)[1:] == ["imposed"]


def test_ice_is_no_freeze(claims_of: Rows) -> None:
    text = "Temperatures fell for a week.\n\nThe lake and two ponds were frozen until March."
    assert statuses(claims_of, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The court extended the freeze on two accounts and released a fishing boat owned by "
        "his cousin.",
        "Prosecutors renewed the freeze and later released a car belonging to his wife.",
        "The tribunal kept the freeze on his flat but released a boat he had sold in 2020.",
        "The judge kept the order on the villa but released two trucks of the company.",
    ],
)
def test_a_release_after_another_action_lifts_a_freeze(claims_of: Rows, text: str) -> None:
    assert statuses(claims_of, FREEZE_LEAD + text)[-1] == "lifted"


def test_people_released_on_bail_are_no_target(claims_of: Rows) -> None:
    assert statuses(claims_of, "The men were detained and released on bail.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Also restrained was a Durban freight company, Coastline Haulage.",
        "Also seized was a Walvis Bay fishing company, Namib Trawling.",
        "Also restrained were two of his brothers and a cousin.",
        "Also seized were two flats in Sliema owned by his brother.",
    ],
)
def test_a_fronted_freeze_names_more_targets(claims_of: Rows, text: str) -> None:
    assert statuses(claims_of, FREEZE_LEAD + text)[1:] == ["imposed"]


@pytest.mark.parametrize(
    "text",
    [
        "The Border Guard Service has barred five buyers — two Russian and three Belarusian "
        "citizens — from entering Kazakhstan.",
        "The immigration office has barred six caviar buyers — four Kazakh and two Russian "
        "nationals — from entering the country for a decade.",
        "The migration police on Monday barred three Chinese buyers — all of them timber "
        "dealers — from entering Gabon for two years.",
        "The State Security Service has banned five bloggers — three Russian and two Belarusian "
        "nationals — from entering Georgia.",
    ],
)
def test_an_entry_bar_read_through_an_apposition(claims_of: Rows, text: str) -> None:
    assert statuses(claims_of, text) == ["imposed"]
