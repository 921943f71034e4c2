"""An item that is only a unit names no thing (annotation/guidelines.md: the item names the thing,
never the unit): the figure measures what the unit's 'of' phrase, a pronoun subject's figure before,
an earlier figure in the same unit or the good named before names (claims.extract.quantities.things);
a change noun that opens a figure is the change of the figure before in that unit."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract.quantities.helpers import Rows, one
from tests.extract.stories import story_rows

_story = partial(story_rows, claim_type="quantity")


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Forecasters expect a further 4-8 inches of snow tonight.", "snow"),
        ("Up to 6 inches of rain could fall on the coast by Friday.", "rain"),
        ("The storm dumped 14 inches of hail and sleet on the valley.", "hail and sleet"),
        ("Crews cleared about 30 inches of snow from the runway.", "snow"),
    ],
)
def test_a_count_unit_measures_its_of_phrase(claims_of: Rows, text: str, item: str) -> None:
    assert one(claims_of, text)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("About 120 tonnes of coltan a month have crossed into Rwanda.", "coltan"),
        ("Some 40 tonnes of coltan were seized at the border.", "coltan"),
        ("The rebels sold 75 tonnes of coltan to traders in Goma.", "coltan"),
        ("Buyers paid for 12 tonnes of khat each week.", "khat"),
    ],
)
def test_a_good_tagged_as_a_modifier_is_still_what_the_unit_measures(
    claims_of: Rows, text: str, item: str
) -> None:
    assert one(claims_of, text)["quantity_item"] == item


def test_the_base_of_a_share_is_not_read_as_a_good(claims_of: Rows) -> None:
    row = one(claims_of, "Rainfall across the country was 61% of normal.")
    assert row["quantity_item"] == "rainfall"


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "Copper stocks rose to 210,000 tonnes in March. They dropped 4% in April.",
            "copper stocks",
        ),
        (
            "Wheat exports reached 3.1 million tonnes last year. They fell 6% in the first quarter.",
            "wheat exports",
        ),
        (
            "Coffee shipments climbed to 2.4 million bags in May. They slipped 2% in June.",
            "coffee shipments",
        ),
        ("Nickel inventories fell to 150,000 tonnes. They rose 3% in May.", "nickel inventories"),
    ],
)
def test_a_pronoun_s_change_is_of_the_thing_measured_before(
    claims_of: Rows, text: str, item: str
) -> None:
    assert claims_of(text, "quantity")[-1]["quantity_item"] == item


@pytest.mark.parametrize(
    ("paragraphs", "item"),
    [
        (
            [
                "Ski resorts reported 20 inches of snow by Monday.",
                "Aspen recorded 31 inches in two days.",
            ],
            "snow",
        ),
        (
            [
                "Forecasters said 3 inches of rain fell on Tuesday.",
                "The airport logged 5 inches by Thursday.",
            ],
            "rain",
        ),
        (
            ["The uranium market was quiet.", "Mines in Canada produced 18.3 Mlb in 2025."],
            "uranium",
        ),
        (
            ["Uranium prices eased in May.", "Kazakh mines will produce 26,000 tU next year."],
            "uranium",
        ),
    ],
)
def test_a_unit_measures_what_the_story_measured_in_it(
    nlp: Language, paragraphs: list[str], item: str
) -> None:
    assert _story(nlp, paragraphs)[0]["quantity_item"] == item


def test_a_figure_that_is_its_clause_s_subject_keeps_its_unit(claims_of: Rows) -> None:
    assert one(claims_of, "About 41,000 tonnes have now arrived.")["quantity_item"] == "tonnes"


def test_another_article_s_thing_is_not_recalled(nlp: Language) -> None:
    paragraphs = ["Ski resorts reported 20 inches of snow by Monday.", "Aspen recorded 31 inches."]
    assert _story(nlp, paragraphs, joined=False)[0]["quantity_item"] == "inches"


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("India took 1.4 mb/d of crude in May, a drop of 200,000 b/d from April.", "crude"),
        (
            "Refiners processed 9.1 million tonnes of ore, a fall of 400,000 tonnes on the year.",
            "ore",
        ),
        (
            "Farmers harvested 2.2 million hectares of wheat, an increase of 150,000 hectares.",
            "wheat",
        ),
        ("Pipelines carried 5,400 GWh of gas in June, a rise of 300 GWh from May.", "gas"),
    ],
)
def test_a_change_noun_opening_a_figure_changes_the_figure_before(
    claims_of: Rows, text: str, item: str
) -> None:
    assert claims_of(text, "quantity")[-1]["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Butter climbed to a record $7,650/t at the auction.", "butter"),
        ("Cheddar cheese fetched $5,100 a tonne on Tuesday.", "cheddar cheese"),
        ("Fresh milk fetched 52 cents a litre at the farm gate.", "fresh milk"),
        ("Iron ore slipped to $98 a tonne in Singapore.", "iron ore"),
    ],
)
def test_a_dairy_or_ore_good_s_price_is_the_good(claims_of: Rows, text: str, item: str) -> None:
    assert claims_of(text, "quantity")[-1]["quantity_item"] == item


@pytest.mark.parametrize(
    ("paragraphs", "item"),
    [
        (
            [
                "The statutory minimum wage rises to EUR 14.60 an hour in January.",
                "The rate stood at EUR 12.82 in 2025.",
            ],
            "statutory minimum wage",
        ),
        (
            ["The city charges a tourist levy of EUR 4 a night. The rate was EUR 2.50 in 2023."],
            "tourist levy",
        ),
        (
            [
                "Landlords must pay a vacancy tax of $5,000 a year on empty flats.",
                "Its rate was $3,000 when the tax began.",
            ],
            "vacancy tax",
        ),
        (
            [
                "The national living wage went up to GBP 12.21 in April.",
                "The rate had been GBP 11.44 a year earlier.",
            ],
            "national living wage",
        ),
    ],
)
def test_a_bare_rate_stands_for_what_the_story_priced_in_its_currency(
    nlp: Language, paragraphs: list[str], item: str
) -> None:
    assert _story(nlp, paragraphs)[-1]["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("14:05 Flames reached about 30 metres above the roofs.", "flames"),
        ("09:40 Petrol at the pumps rose 0.05 lei this morning.", "petrol"),
        ("18:30 Floodwater climbed another 2 metres overnight.", "floodwater"),
        ("21:50 Lava advanced another 300 metres toward the village.", "lava"),
    ],
)
def test_a_live_page_s_time_stamp_opens_its_line(claims_of: Rows, text: str, item: str) -> None:
    assert claims_of(text, "quantity")[-1]["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Their output climbed to 3,100 gigawatt-hours last year.", "output"),
        ("Farm demand fell 4% to 860 gigawatt-hours in 2024.", "farm demand"),
        ("Hydro generation reached 1,200 gigawatt-hours in March.", "hydro generation"),
        ("Exports totalled 15 million tonnes in the season.", "exports"),
        ("Floor space in the city grew to 12 million sqm last year.", "floor space"),
        ("Tile output climbed to 410 million m2 in the year to June.", "tile output"),
        ("Retail floor space totalled 6 million sqm at the end of 2024.", "floor space"),
        ("Office stock rose to 9.5 million m2 at the end of March.", "office stock"),
    ],
)
def test_a_level_in_a_unit_measures_its_subject(claims_of: Rows, text: str, item: str) -> None:
    assert claims_of(text, "quantity")[-1]["quantity_item"] == item


@pytest.mark.parametrize(
    ("paragraphs", "item"),
    [
        (
            [
                "French wine production will total 37.4 million hectolitres this year.",
                "The figure is up 3% on last year.",
            ],
            "wine production",
        ),
        (
            ["Coffee exports reached 2.4 million bags in May.", "They fell 3% in June."],
            "coffee exports",
        ),
        (
            [
                "Rice stocks stood at 1.1 million tonnes in March.",
                "The figure was 8% below a year earlier.",
            ],
            "rice stocks",
        ),
        (
            [
                "Steel output hit 9.5 million tonnes last quarter.",
                "It rose 2% from the quarter before.",
            ],
            "steel output",
        ),
    ],
)
def test_a_pronoun_opening_a_paragraph_stands_for_the_last_figure_s_thing(
    nlp: Language, paragraphs: list[str], item: str
) -> None:
    assert _story(nlp, paragraphs)[-1]["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "The trader had paid the militias about 2 billion CFA francs (roughly $3.3 million)"
            " in protection money since 2023.",
            "protection money",
        ),
        ("The firm spent 4 billion CFA francs in fuel subsidies last year.", "fuel subsidies"),
        ("The utility lost 900 million kwacha in unpaid bills in 2024.", "bills"),
        ("The council raised XOF 300 million in market fees.", "market fees"),
    ],
)
def test_cfa_francs_and_kwacha_are_money(claims_of: Rows, text: str, item: str) -> None:
    assert claims_of(text, "quantity")[0]["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "Hackers stole about $1.6 billion in crypto assets last year."
            " Roughly 60% of that was laundered through brokers.",
            "assets",
        ),
        ("Farmers sold 2 million tonnes of wheat in May. About 40% of it went to Egypt.", "wheat"),
        (
            "The fund raised EUR 90 million in grants. Nearly 25% of that came from Germany.",
            "grants",
        ),
        ("Miners dug 3 million tonnes of coal in June. Some 15% of it was exported.", "coal"),
    ],
)
def test_a_share_of_a_pronoun_is_of_the_thing_measured_before(
    claims_of: Rows, text: str, item: str
) -> None:
    assert claims_of(text, "quantity")[-1]["quantity_item"] == item


def test_a_currency_the_text_names_after_a_sum_is_kept(nlp: Language) -> None:
    paragraphs = [
        "Banks hold USD 40 billion in gold reserves.",
        "The ministry will sell the equivalent of USD five billion in yuan by December.",
    ]
    assert _story(nlp, paragraphs)[0]["quantity_item"] == "yuan"
