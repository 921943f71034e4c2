"""Round 27 item families, from the blind-written set's misses (sentences in our own words)."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found, on_a_page


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Engineers finished a 45km single-track line in June.", "45km", "line"),
        ("The village was given a 50kW community solar array.", "50kW", "array"),
        ("A 12km cross-border pipeline is being laid.", "12km", "pipeline"),
        ("The council has ordered an 8MW backup diesel generator.", "8MW", "generator"),
        ("The 300km high-speed link would cut travel times.", "300km", "link"),
    ],
)
def test_a_measure_before_a_modified_noun_sizes_that_noun(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """'a 45km single-track line': the measure sizes the line, past a hyphened or noun modifier
    (and 'high-speed' is no 'high' dimension)."""
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Spot rates averaged $5,850 in the week, up from $4,100 in early May and roughly"
            " 2.4 times the level of mid-2023.",
            "2.4 times",
            "rates",
        ),
        (
            "Freight rates reached $3,100, about three times the level of early-2024.",
            "three times",
            "rates",
        ),
        ("Bus fares rose to $4, nearly double the 2019 fare.", "double", "fare"),
        (
            "Workers earn 90,000 pesos a month, about twice the national minimum wage.",
            "twice",
            "wage",
        ),
        (
            "Ozone readings hit 240 units, more than five times the EU hourly limit.",
            "five times",
            "limit",
        ),
    ],
)
def test_a_multiple_counts_the_noun_it_is_of_past_its_modifiers(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """'twice the national minimum wage', 'double the 2019 fare': the multiple is of the head
    noun past a year or noun modifiers; 'the level of mid-2023' names a time, so the figure
    before's item stands."""
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The ministry estimates that 2.5m tonnes of last year's crop is unsold.", "2.5m", "crop"),
        ("Traders shipped 400,000 tonnes of this season's harvest in May.", "400,000", "harvest"),
        ("Some 30,000 bales of last season's cotton remain unsold.", "30,000", "cotton"),
        ("About 1.2 million barrels of the region's output were lost.", "1.2 million", "output"),
    ],
)
def test_a_period_that_owns_the_of_noun_is_not_what_is_measured(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """'tonnes of last year's crop': the crop, not the year that owns it."""
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The government cancelled 9 of the 73 logging licences and suspended exports"
            " from 2 ports.",
            "2 ports",
            "ports",
        ),
        (
            "The agency resettled 400 families and took in refugees from 12 countries.",
            "12 countries",
            "countries",
        ),
        (
            "Officials counted 30 trucks at the border and imports from 5 provinces.",
            "5 provinces",
            "provinces",
        ),
        ("The navy lost 12 ships, a fall from 15 ships last year.", "15 ships", "ships"),
    ],
)
def test_a_from_phrase_of_a_noun_names_its_own_count(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """'exports from 2 ports': a noun's 'from' phrase with its own counted noun is no level
    compared with the figure before; the figure counts its own noun."""
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("line", "anchor", "item"),
    [
        ("Retail sales, constant prices: +5.8% y/y; +1.3% m/m", "+5.8%", "retail sales"),
        ("Retail sales, constant prices: +5.8% y/y; +1.3% m/m", "+1.3%", "retail sales"),
        ("Industrial output, current prices: +4.1% y/y", "+4.1%", "industrial output"),
        ("Average wage, public sector: PLN 8,900", "PLN 8,900", "average wage"),
        ("Household spending, real terms: -0.4% q/q", "-0.4%", "household spending"),
        ("Employment, enterprise sector: 6.41m, down 0.8% y/y", "6.41m", "employment"),
        ("Jobs, private sector: 2.1m, up 1.2% y/y", "1.2%", "jobs"),
    ],
)
def test_a_label_basis_after_a_comma_qualifies_the_first_part(
    claims_of: Rows, line: str, anchor: str, item: str
) -> None:
    """'Jobs, private sector: 2.1m': a comma part headed by a basis noun (prices, terms,
    sector) says on what basis the figure is given; the first part names the thing, also for a
    change after the figure."""
    text = on_a_page(line)
    assert found(claims_of, text, anchor)["quantity_item"] == item


def test_a_change_after_a_figure_in_a_sentence_keeps_its_subject(claims_of: Rows) -> None:
    text = "The fleet hit 640 ships, up 4%."
    assert found(claims_of, text, "4%")["quantity_item"] == "fleet"


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The mine supplies about 8% of the nation's copper.", "8%", "copper"),
        ("Exporters sold 2 million tonnes of the world's cocoa last year.", "2 million", "cocoa"),
    ],
)
def test_a_whole_that_owns_the_of_noun_is_not_what_is_measured(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """'8% of the nation's copper': the copper; the nation only owns it."""
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Voters approve $68.5M Wayne Valley schools bond on third try", "$68.5M", "bond"),
        ("The council backed a $9M Mill Creek sewer plan on Monday.", "$9M", "plan"),
        ("State approves $40M Green River flood project", "$40M", "project"),
        ("The firm won a $3bn Red Sea port contract.", "$3bn", "contract"),
    ],
)
def test_a_sum_before_a_named_compound_is_the_noun_it_modifies(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """'a $9M Mill Creek sewer plan': the sum sizes the plan, past the name the parser hangs it
    on, not whoever backs it."""
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Air quality in Patras, a city of about 215,000, worsened sharply.", "215,000", "people"),
        ("The storm hit Hilo, a town of some 45,000, on Monday.", "45,000", "people"),
        ("Tuvalu, a nation of 11,000, asked for help.", "11,000", "people"),
        ("The village of 800 was cut off by the floods.", "800", "people"),
        ("The city has a population of 280,000.", "280,000", "population"),
    ],
)
def test_a_bare_count_of_a_settlement_is_its_people(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """'a town of some 45,000': a bare count in a settlement's 'of' phrase counts its people
    (a population keeps its own noun)."""
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The minimum wage was raised to €12 last year.", "€12", "wage"),
        (
            "Sales rose, helped by the heat pump grant, which was raised to £7,500 in May.",
            "£7,500",
            "grant",
        ),
        ("* Farmgate price raised to 3,625 cedis per 64-kg bag", "3,625", "price"),
        ("The toll for lorries will be raised to EUR 40 from March.", "EUR 40", "toll"),
        ("The charity raised £6,300 for the appeal.", "£6,300", "funds"),
    ],
)
def test_a_sum_a_thing_is_raised_to_is_its_level_not_funds_raised(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """'the grant was raised to GBP 7,500': the grant's new level; only a sum that is the money
    verb's object ('raised GBP 6,300') is funds raised."""
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The storm forced the evacuation of nearly 900,000 people, and the state has brought"
            " cyclone deaths down from almost 10,000 in 1999 to fewer than 50 since 2013.",
            "almost 10,000",
            "deaths",
        ),
        (
            "The storm forced the evacuation of nearly 900,000 people, and the state has brought"
            " cyclone deaths down from almost 10,000 in 1999 to fewer than 50 since 2013.",
            "fewer than 50",
            "deaths",
        ),
        ("The army sent 2,000 troops and the navy cut patrols from 40 to 25.", "40", "patrols"),
        ("The army sent 2,000 troops and the navy cut patrols from 40 to 25.", "25", "patrols"),
        (
            "Police made 300 arrests after the town cut burglaries to 12 a month.",
            "12",
            "burglaries",
        ),
    ],
)
def test_a_bare_level_of_a_verb_counts_the_object_it_moves(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """'cut patrols from 40 to 25': a bare count in the verb's 'from' or 'to' phrase is a level of
    the verb's object, not of a figure counted before in another clause."""
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The minister said 86% of coastal villages were now covered by the siren network,"
            " against 41% in 2019.",
            "41%",
            "villages",
        ),
        (
            "The operator will add 1,500 hopper cars by December, bringing its fleet to about"
            " 12,000.",
            "12,000",
            "cars",
        ),
    ],
)
def test_a_compared_or_brought_level_keeps_the_figure_befores_noun(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """The figure before's own noun opens no new clause ('86% of villages were covered, against
    41%'), and a singular whole brought to a bare level ('its fleet') is counted in the cars."""
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Assets worth about CHF 3.2 million are frozen, a spokesperson said, up from"
            " CHF 1.9 million at the end of 2024.",
            "CHF 1.9 million",
            "assets",
        ),
        (
            "About 5K trucks a week still cross into Poland carrying grain, down from 8,000 in"
            " the spring.",
            "8,000",
            "trucks",
        ),
        (
            "The auditors put the cost of the system at about €1.2 billion, almost three times"
            " the 2016 estimate of €480 million.",
            "three times",
            "cost",
        ),
        (
            "The agency raised the number of confirmed deaths to seven, up from five at 6 p.m.",
            "seven",
            "deaths",
        ),
    ],
)
def test_a_change_set_off_after_a_clause_still_compares_with_the_figure_before(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """', up from' after a reporting clause or a participle still compares with the figure
    before; 'the 2016 estimate' names a figure, not a whole; a 'number of' object counts its X."""
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == item
