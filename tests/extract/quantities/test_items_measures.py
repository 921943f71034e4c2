"""A measure word is not the item (CLAIMS.md keeps `item` and `unit` apart; guidelines: "the item
names the thing, never the unit"): a bare measure word or time unit after a number measures the
subject of the level or change its clause states, the noun a duration verb or participle is
about, or the 'of' phrase after it. With none of these named, the unit word stays."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Cocoa exports slipped to 1.4 million bags in July.", "1.4 million", "cocoa exports"),
        (
            "Van registrations have climbed to 18,200 units this year.",
            "18,200",
            "van registrations",
        ),
        ("Certified stocks dropped by 60,000 bags over the week.", "60,000", "certified stocks"),
        ("Sales of heat pumps reached 9,300 units in the quarter.", "9,300", "sales"),
    ],
)
def test_a_measure_word_that_is_a_level_or_change_measures_the_subject(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "World output is forecast at 118 million bales this season.",
            "118 million",
            "world output",
        ),
        (
            "Mill use was seen at 115.9 million bales, the ministry said.",
            "115.9 million",
            "mill use",
        ),
        ("Ghana's main crop is projected at a record 900,000 bags.", "900,000", "main crop"),
        (
            "Colombia's coffee harvest has been estimated at 13 million 60-kg bags.",
            "13 million",
            "coffee harvest",
        ),
    ],
)
def test_a_measure_word_at_which_a_passive_verb_puts_its_subject_measures_it(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Daytime temperatures climbed above 42 degrees on Friday.", "42", "daytime temperatures"),
        ("Night temperatures will fall by 7 degrees after the storm.", "7", "night temperatures"),
        ("The water temperature had risen to 29 degrees by noon.", "29", "water temperature"),
        ("Readings in the valley stayed at 38 degrees all afternoon.", "38", "readings"),
    ],
)
def test_degrees_measure_the_temperature_the_clause_names(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Average waiting time rose to 7.5 days in March.", "7.5", "average waiting time"),
        ("The border queue has grown to 36 hours, drivers said.", "36", "border queue"),
        ("The delay for visas fell from 40 days to 25 days.", "25", "delay"),
        (
            "The transit time will climb by two weeks on the longer route.",
            "two weeks",
            "transit time",
        ),
    ],
)
def test_a_time_unit_that_is_a_level_or_change_measures_the_subject(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Mediators sat through 18 hours of talks on Sunday.", "18 hours", "talks"),
        ("The region has endured three years of drought.", "three years", "drought"),
        ("Pupils will get five hours of tuition a week.", "five hours", "tuition"),
        ("The city saw six days of protests in June.", "six days", "protests"),
        ("Reserves cover about nine months of imports.", "nine months", "imports"),
        ("Two decades of conflict had emptied the valley.", "Two decades", "conflict"),
        ("The airline lost 11 weeks of flights to the strike.", "11 weeks", "flights"),
    ],
)
def test_a_time_unit_with_an_of_phrase_counts_the_of_phrase(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The outage lasted nearly nine hours.", "nine hours", "outage"),
        ("The hearing, lasting almost three hours, was adjourned.", "three hours", "hearing"),
        ("The siege of the town had lasted four months.", "four months", "siege"),
        ("A strike lasting 12 days halted the line.", "12 days", "strike"),
    ],
)
def test_a_duration_of_an_event_counts_the_event(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "unit"),
    [
        ("Prices rose for six months in a row.", "six months", "months"),
        ("Police found the boat within 24 hours.", "24 hours", "hours"),
        ("Output grew steadily in two years.", "two years", "years"),
        ("The ministry shipped 40,000 bags last week.", "40,000", "bags"),
        ("Rents have climbed over the past 18 months.", "18 months", "months"),
        ("The plant built 4,000 housing units last year.", "4,000", "housing units"),
        ("The council approved construction of 900 housing units.", "900", "housing units"),
    ],
)
def test_a_stretch_the_clause_holds_over_and_a_bare_measure_keep_their_unit(
    claims_of: Rows, text: str, anchor: str, unit: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == unit


@pytest.mark.parametrize(
    ("text", "anchor", "noun"),
    [
        ("The curbs, imposed for ten years, also cover two banks.", "ten years", "years"),
        ("The licences, granted for five years, can be renewed.", "five years", "years"),
        ("Troops stationed for six months will rotate home.", "six months", "months"),
    ],
)
def test_a_term_a_participle_holds_for_counts_its_time_unit(
    claims_of: Rows, text: str, anchor: str, noun: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == noun


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Offenders face imprisonment for up to two years.", "two years", "years"),
        ("The judge sent him to jail for 18 months.", "18 months", "months"),
        ("Smugglers risk detention for up to five years.", "five years", "years"),
        ("The court ordered custody for six months.", "six months", "prison term"),
    ],
)
def test_a_term_for_which_a_penalty_is_imposed_counts_its_time_unit(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Offenders face imprisonment for one year.", "one year", "year"),
        ("The region has suffered one year of drought.", "one year", "drought"),
        ("The ferry crossing, lasting one hour, was cancelled.", "one hour", "ferry crossing"),
        ("Rules allow fines and jail for up to one year.", "one year", "year"),
    ],
)
def test_a_single_time_unit_is_read_as_a_plural_one_would_be(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Relief is due, with temperatures falling by 6-8 degrees.", "6-8", "temperatures"),
        ("Crews reported stocks climbing to 90,000 bags by Friday.", "90,000", "stocks"),
        ("The port saw waiting times rising to nine days.", "nine days", "waiting times"),
        ("Traders noted sales dropping by 1,200 units in May.", "1,200", "sales"),
    ],
)
def test_a_measure_a_participle_on_a_noun_reaches_measures_that_noun(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "ATHENS, Aug 19 (Wire) - Temperatures climbed above 41 degrees in the south.",
            "41",
            "temperatures",
        ),
        ("LIMA, May 3 (Wire) - Shipments fell to 2.1 million bags in April.", "2.1", "shipments"),
        ("NAIROBI (Wire) - Arrivals rose to 8,400 units in the quarter.", "8,400", "arrivals"),
        ("Madrid, 4 July - Queues grew to 14 hours at the border.", "14", "queues"),
    ],
)
def test_a_capitalised_subject_after_a_dateline_is_a_common_noun(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Grocers have limited shoppers to two or three cartons per visit.", "three", "cartons"),
        ("The camp restricts families to four sacks of flour a month.", "four", "sacks"),
        ("Officials capped each farmer at 20 bales.", "20", "bales"),
        ("The shop allowed buyers up to six bags each.", "six", "bags"),
    ],
)
def test_who_a_measure_word_is_limited_for_is_not_what_it_counts(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
