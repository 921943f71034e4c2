"""Counts of the dead, wounded and missing: a toll counts deaths, a number of dead or a casualty
verb with no noun counts people; a tally line's casualty noun names what it counts ('Deaths: 3'),
an adjective or participle counts people ('Injured: 40': injured people), unless the label names
who."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found, one


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("The death toll in the city has climbed to 28, officials said.", "28", 28),
        ("Rescuers said the toll from the collapse had reached 112 by Sunday.", "112", 112),
        ("The flood's death toll was raised to 64 after divers searched the river.", "64", 64),
        ("Storm Toll Climbs To 31 As Rivers Crest", "31", 31),
        ("Officials now put the toll from the landslide at 19.", "19", 19),
        ("The quake's death toll stood at 340 on Friday morning.", "340", 340),
        ("Officials raised the death toll to 212 on Sunday evening.", "212", 212),
    ],
)
def test_a_toll_counts_deaths(claims_of: Rows, text: str, anchor: str, value: float) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"]) == (value, "deaths")


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("The number of dead has risen to 47, the governor said.", "47", 47),
        ("The gunmen killed nine and wounded 14 in the market.", "nine", 9),
    ],
)
def test_a_number_of_dead_counts_people(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"]) == (value, "people")


def test_a_fee_called_a_toll_is_no_death_toll(claims_of: Rows) -> None:
    text = "Motorway tolls will rise 8% in March."
    assert found(claims_of, text, "8%")["quantity_item"] != "deaths"


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("The governor says the number of dead has risen to 47.", "people"),
        ("Officials said the total of wounded soldiers stood at 310.", "soldiers"),
        ("The tally of destroyed tanks climbed to 95 on Friday.", "tanks"),
        ("The count of displaced families has reached 1,200.", "families"),
    ],
)
def test_a_level_counts_what_its_subject_numbers(claims_of: Rows, text: str, item: str) -> None:
    assert one(claims_of, text)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The missile hit a market, killing four and wounding 31.", [4, 31]),
        ("Shelling killed two and injured nine in the suburbs.", [2, 9]),
        ("Six were killed and 78 injured in the attack.", [6, 78]),
        ("The blast will have hurt 12, officials fear.", [12]),
    ],
)
def test_casualty_counts_without_a_noun_count_people(
    claims_of: Rows, text: str, values: list[float]
) -> None:
    rows = claims_of(text, "quantity")
    assert [(r["quantity_value"], r["quantity_item"]) for r in rows] == [
        (v, "people") for v in values
    ]


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Drone attack on Odesa region kills six people and injures 31", "31", 31),
        ("Shelling of Kharkiv kills two civilians and wounds 14", "14", 14),
        ("Missile hits Dnipro, kills three people, injures 20", "20", 20),
        ("A glide bomb killed one man and hurt 9 in Zaporizhzhia on Monday.", "9", 9),
    ],
)
def test_a_casualty_verb_before_a_bare_count_counts_people(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"]) == (value, "people")


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Nine of the wounded were dock workers.", "wounded people"),
        ("Two of the dead were children.", "dead people"),
        ("Officials put the number of casualties at more than 3,000.", "casualties"),
        ("Kyiv put the total of destroyed tanks at 400.", "tanks"),
    ],
)
def test_partitives_and_numbers_of_things(claims_of: Rows, text: str, item: str) -> None:
    assert claims_of(text, "quantity")[0]["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Civilians killed: 9", "9", "civilians"),
        ("Soldiers wounded: 31 | Vehicles lost: 4", "31", "soldiers"),
        ("Children missing: 6", "6", "children"),
        ("Miners rescued: 14", "14", "miners"),
    ],
)
def test_a_casualty_label_that_names_who_counts_them(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Paintings reported missing: about 1,200", "1,200", "paintings"),
        ("Cyclists aged under 18 killed: 14", "14", "cyclists"),
        ("Aid workers detained and injured: 5", "5", "aid workers"),
        ("Tourists reported missing: 8 | Rescued: 40", "8", "tourists"),
    ],
)
def test_a_casualty_label_opened_by_who_it_counts_and_words_on_them(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Killed in the strike: 12", "12", "killed people"),
        ("Total killed: 7", "7", "killed people"),
        ("Civilian deaths: 40", "40", "deaths"),
        ("Deaths: 3 | Injured: 58 | Evacuated: 4,100 |", "58", "injured people"),
        ("Deaths: 3 | Injured: 58 | Evacuated: 4,100 |", "4,100", "evacuated people"),
        ("Missing after the landslide: 15", "15", "missing people"),
        ("Wounded so far: 230", "230", "wounded people"),
        ("Rescued overnight: 64", "64", "rescued people"),
        ("Hurt in the crash: 17", "17", "hurt people"),
        ("Casualties: 120", "120", "casualties"),
        ("Fatalities: 6 | Detained: 30", "6", "fatalities"),
        ("Fatalities: 6 | Detained: 30", "30", "detained people"),
    ],
)
def test_a_casualty_label_that_names_nobody_counts_people_unless_it_is_a_noun(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Tower fire: 5 dead", "5"),
        ("Ferry Capsizes Off Coast, 12 Dead", "12"),
        ("Bus plunges into river, 9 dead", "9"),
        ("In the eastern district, 4 dead", "4"),
    ],
)
def test_a_count_written_before_dead_counts_dead_people(
    claims_of: Rows, text: str, anchor: str
) -> None:
    """'7 Dead' in a headline or a tally row: 'dead' is no noun phrase; the dead are people."""
    assert found(claims_of, text, anchor)["quantity_item"] == "dead people"


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The blast killed 12 and injured 40 near the market.", "40"),
        ("Shelling of the town killed four and wounded 31 on Monday.", "31"),
        ("The attack killed six and wounded 14, officials said.", "14"),
        ("Rockets killed three people and injured 22 overnight.", "22"),
    ],
)
def test_a_casualty_count_in_prose_with_no_noun_still_counts_people(
    claims_of: Rows, text: str, anchor: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == "people"


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Four soldiers were killed and 30 wounded in the shelling.", "30", "soldiers"),
        ("The attack left 12 nurses dead and 40 injured, officials said.", "40", "nurses"),
        (
            "Three firefighters were hurt and two missing after the roof fell in.",
            "two",
            "firefighters",
        ),
        ("At least 15 pilgrims died in the crush, with 60 injured.", "60", "people"),
    ],
)
def test_a_bare_casualty_count_after_a_named_one_counts_the_same_noun(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """'Four soldiers were killed and 30 wounded': the 30 are soldiers too; with no 'and' or
    'or' joining them the bare count still counts people."""
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "value", "bound"),
    [
        (
            "The fighting has killed 900 people and displaced about 40,000.",
            "40,000",
            40000,
            "approx",
        ),
        ("The river burst its banks, with 1,800 evacuated by nightfall.", "1,800", 1800, "eq"),
        ("Soldiers evacuated 650 from the burning district overnight.", "650", 650, "eq"),
        ("Coastguard crews rescued nearly 70 after the ferry capsized.", "70", 70, "approx"),
        ("The blast wounded more than 30 and killed at least four.", "30", 30, "gt"),
    ],
)
def test_a_bare_count_a_verb_of_harm_or_flight_takes_counts_people(
    claims_of: Rows, text: str, anchor: str, value: float, bound: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_bound"], row["quantity_item"]) == (
        value,
        bound,
        "people",
    )


def test_a_displaced_noun_still_counts_itself(claims_of: Rows) -> None:
    assert found(claims_of, "The storm displaced 12,000 homes.", "12,000")["quantity_item"] == (
        "homes"
    )


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Some 12 of the 40 crew were rescued.", "12", "crew"),
        ("Four of the 30 passengers were killed in the crash.", "Four", "passengers"),
        ("Troops evacuated 200 of the 900 residents.", "200", "residents"),
        ("The gunmen killed nine of them.", "nine", "people"),
    ],
)
def test_a_partitive_casualty_count_counts_its_whole(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
