"""A unit is not the item: when a figure carries a unit, the item is what the unit measures
(CLAIMS.md keeps `item` and `unit` apart): the good a measure word is 'of', the noun a measure
belongs to, the subject of the level or change a measure states, the noun a compound modifies."""

from __future__ import annotations

import pytest

from claims.evaluate.fields import head_noun
from tests.extract.quantities.helpers import Rows, found, on_a_page


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Police seized 300 pounds of cocaine at the port on Monday.", "300", "cocaine"),
        ("Customs officers found 40 kilos of heroin in a lorry.", "40", "heroin"),
        ("Hedge funds bought 5,000 lots of coffee futures last week.", "5,000", "coffee futures"),
        ("The convoy has delivered 500 pounds of flour to the camp.", "500", "flour"),
    ],
)
def test_a_measure_word_measures_its_of_phrase(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Speculators raised their net short position to 4,500 lots.",
            "4,500",
            "net short position",
        ),
        ("Funds trimmed their long position by 800 lots on Tuesday.", "800", "long position"),
        (
            "Managers cut the net long position to 12,300 lots last week.",
            "12,300",
            "net long position",
        ),
        ("Traders have lifted their short position to 2,000 lots.", "2,000", "short position"),
    ],
)
def test_a_measure_word_with_no_good_measures_the_object_it_sets(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The new berth adds capacity of 2 million TEU a year.", "2 million", "capacity"),
        ("Analysts expect volumes of 12-13 million TEU this year.", "12-13", "volumes"),
        ("Deliveries of new ships will reach 2.4 million TEU this year.", "2.4", "deliveries"),
        ("The operator plans to raise capacity to 3 million TEUs a year.", "3 million", "capacity"),
        ("Throughput at the hub fell by 40,000 TEU in March.", "40,000", "throughput"),
    ],
)
def test_a_container_measure_names_what_it_measures(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


def test_a_container_measure_with_nothing_else_counts_containers(claims_of: Rows) -> None:
    text = "The port handled 1.2 million TEU in May."
    assert found(claims_of, text, "1.2")["quantity_item"] == "containers"


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The army fired three short-range ballistic missiles.",
            "three",
            "short-range ballistic missiles",
        ),
        (
            "The navy sent two long-range maritime patrol aircraft.",
            "two",
            "long-range maritime patrol aircraft",
        ),
        (
            "Rebels launched four medium-range cruise missiles overnight.",
            "four",
            "medium-range cruise missiles",
        ),
        (
            "The coast guard bought six high-speed interceptor boats.",
            "six",
            "high-speed interceptor boats",
        ),
    ],
)
def test_a_hyphenated_modifier_is_not_the_counted_noun(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Cyber incidents reported to the agency rose 18% last year.", "18%", "cyber incidents"),
        ("Insurance claims filed with the regulator jumped 12% in May.", "12%", "insurance claims"),
        ("Complaints sent to the ombudsman fell 7% in March.", "7%", "complaints"),
        (
            "Asylum applications lodged in Germany dropped 20% this year.",
            "20%",
            "asylum applications",
        ),
    ],
)
def test_a_change_after_a_reduced_relative_measures_its_subject(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


def test_a_clause_with_its_own_auxiliary_is_no_reduced_relative(claims_of: Rows) -> None:
    text = "The quota, which scientists have advised should be cut by a further 21%, is set in May."
    assert found(claims_of, text, "21%")["quantity_item"] == "quota"


@pytest.mark.parametrize(
    ("line", "anchor", "item"),
    [
        ("Green Party – seats: 12 – change: +5", "12", "seats"),
        ("Green Party – seats: 12 – change: +5", "+5", "seats"),
        ("Scottish Labour — votes: 41,200 — share: 31%", "41,200", "votes"),
        ("Independents – seats: 3 – change: -1", "3", "seats"),
    ],
)
def test_a_label_after_a_dash_names_the_item_not_the_party_before_it(
    claims_of: Rows, line: str, anchor: str, item: str
) -> None:
    text = on_a_page(line)
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("line", "anchor"),
    [
        ("Valencia 1.41m TEU, up 3.1% m/m, down 0.4% y/y", "1.41m"),
        ("Piraeus 2.5 million TEU, down 2.2% m/m", "2.5 million"),
        ("Oslo 12.5 tonnes | y/y +2%", "12.5"),
        ("Gdansk 980.5 kt, up 4% y/y", "980.5"),
    ],
)
def test_a_place_before_a_measured_figure_does_not_make_it_a_name(
    claims_of: Rows, line: str, anchor: str
) -> None:
    text = on_a_page(line)
    row = found(claims_of, text, anchor)
    assert row["quantity_unit"] is not None


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The court ordered the council to pay his legal costs, estimated at about €150,000.",
            "€150,000",
            "legal costs",
        ),
        (
            "Regulators froze 30 bank accounts holding about 12 million pesos.",
            "12 million",
            "funds",
        ),
        (
            "Police intercepted a shipment weighing 40 tonnes at the border.",
            "40 tonnes",
            "shipment",
        ),
        (
            "The ministry signed a contract valued at $2 billion with the yard.",
            "$2 billion",
            "contract",
        ),
    ],
)
def test_a_measure_in_a_participle_clause_measures_the_noun_it_describes(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


def test_a_second_figure_joined_to_a_participle_is_not_the_noun_before_it(claims_of: Rows) -> None:
    text = (
        "The statistics office put second-quarter growth at 3.1%, slowing from 4.1% in the first"
        " quarter and 5.4% a year earlier."
    )
    assert found(claims_of, text, "5.4%")["quantity_item"] != "statistics office"


def test_a_sum_held_in_frozen_accounts_stays_a_quantity(claims_of: Rows) -> None:
    text = "The Treasury sanctioned five firms and froze 12 accounts holding $4 million."
    assert found(claims_of, text, "$4 million")["quantity_item"] == "funds"


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The agency appealed for $25 million to cover the next three months.",
            "$25 million",
            "appeal",
        ),
        ("Aid groups are appealing for EUR 8 million for shelter.", "EUR 8 million", "appeal"),
        ("The Red Cross is appealing for CHF 40 million this year.", "CHF 40 million", "appeal"),
        ("In March the UN had appealed for $1.2 billion.", "$1.2 billion", "appeal"),
    ],
)
def test_a_sum_appealed_for_measures_the_appeal(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Ivory Coast raised its farmgate price to 1,800 CFA francs per kilogram.", "1,800"),
        ("Senegal set the groundnut price at 305 CFA francs per kilogram.", "305"),
        ("Mali paid farmers 290 CFA francs per kilogram of cotton.", "290"),
        ("The levy rose by 25 CFA francs.", "25"),
    ],
)
def test_cfa_francs_are_their_own_currency(claims_of: Rows, text: str, anchor: str) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_unit"] == "XOF" and row["quantity_item"] != "francs"


@pytest.mark.parametrize(
    ("line", "anchor", "item"),
    [
        ("C1 cash cost: $1.84/lb", "$1.84", "c1 cash cost"),
        ("B2 tier loans: $3 billion", "$3 billion", "b2 tier loans"),
        ("M2 money supply: +4.1%", "4.1%", "m2 money supply"),
        ("A4 paper imports: 12,000 tonnes", "12,000", "a4 paper imports"),
    ],
)
def test_a_label_may_open_with_a_code_of_letters_and_digits(
    claims_of: Rows, line: str, anchor: str, item: str
) -> None:
    text = on_a_page(line)
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("A 12% drop in exports was reported in May.", "12%", "exports"),
        ("Officials announced a 3% cut in fuel subsidies.", "3%", "fuel subsidies"),
        ("The 6.5% increase in the Minimum Wage takes effect in April.", "6.5%", "minimum wage"),
        ("Tenants faced a 4% rise in rents last year.", "4%", "rents"),
    ],
)
def test_a_figure_on_a_change_noun_measures_what_changed(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The 6.5% increase in the Minimum Wage, to GBP 11.90 an hour, starts in April.",
            "GBP 11.90",
            "minimum wage",
        ),
        (
            "A further 8% jump in food prices, to an average of $4.10 a kilo, hit households.",
            "$4.10",
            "food prices",
        ),
        ("The 4% rise in rents took the average to EUR 950 a month.", "EUR 950", "rents"),
        ("A 10% cut in fares, to $2.50 a ride, starts on Monday.", "$2.50", "fares"),
    ],
)
def test_the_level_a_change_noun_reaches_measures_what_changed(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


def test_a_change_in_a_place_keeps_the_change_noun(claims_of: Rows) -> None:
    assert (
        found(claims_of, "The 5% increase in Germany surprised economists.", "5%")["quantity_item"]
        == "increase"
    )


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        (
            "Two-thirds are women and children, the agency said.",
            "Two-thirds",
            66.67,
            "women and children",
        ),
        ("About two-thirds were children under five.", "two-thirds", 66.67, "children"),
        ("Three-quarters were farmers driven out by the floods.", "Three-quarters", 75, "farmers"),
        ("Of those arrested, two-fifths were students.", "two-fifths", 40, "students"),
    ],
)
def test_a_fraction_as_subject_is_a_share_of_what_it_is_said_to_be(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"], row["quantity_item"]) == (
        pytest.approx(value),
        "%",
        item,
    )


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("ELECTION 2026: GREENS TAKE EASTFIELD AS TORIES LOSE 11 SEATS", "11", "seats"),
        ("LABOUR GAINS 7 SEATS AS TURNOUT FALLS", "7", "seats"),
        ("Tories Lose 12 Councillors After Recount", "12", "councillors"),
        ("FARMERS CUT 300 JOBS AS PRICES SLUMP", "300", "jobs"),
    ],
)
def test_a_count_after_a_headline_verb_is_no_name(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Four of the seven board members voted for the hike.", 7, "board members"),
        ("Two of the nine judges dissented on Friday.", 9, "judges"),
        ("Three of the five ships were seized in port.", 5, "ships"),
        ("Only one of the twelve reactors is running.", 12, "reactors"),
    ],
)
def test_the_whole_of_a_partitive_is_a_count_of_its_own(
    claims_of: Rows, text: str, anchor: int, item: str
) -> None:
    rows = claims_of(text, "quantity")
    assert (anchor, item) in [(r["quantity_value"], r["quantity_item"]) for r in rows], rows


def test_a_whole_named_by_the_alone_is_still_anaphoric(claims_of: Rows) -> None:
    assert claims_of("The two countries signed the deal.", "quantity") == []


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Zinc output rose to 312.5kt in the third quarter.", "312.5kt", 312_500),
        ("The smelter shipped 1.2mt of alumina last year.", "1.2mt", 1_200_000),
        ("Output was 46kt, down from 52kt.", "46kt", 46_000),
        ("Copper output: 187.4kt | y/y change: +11%", "187.4kt", 187_400),
    ],
)
def test_a_scaled_unit_written_onto_the_number_carries_its_scale(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    row = found(claims_of, on_a_page(text), anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (pytest.approx(value), "tonnes")


@pytest.mark.parametrize(
    ("line", "grade", "value"),
    [
        ("Thai 5% broken: $486/t, down $22 on the month", "5%", "$486/t"),
        ("India 5% parboiled: $438-445/t", "5%", "$438-445/t"),
        ("FOB Black Sea 12.5% wheat: $238-242/t", "12.5%", "$238-242/t"),
        ("Brazil 60% iron ore: $104/t", "60%", "$104/t"),
    ],
)
def test_a_percentage_in_a_label_is_the_grade_of_what_is_priced(
    claims_of: Rows, line: str, grade: str, value: str
) -> None:
    text = on_a_page(line)
    spans = [text[r["span_start"] : r["span_end"]] for r in claims_of(text, "quantity")]
    assert grade not in spans and any(value in s for s in spans), spans


def test_a_percentage_value_after_a_label_stays_a_quantity(claims_of: Rows) -> None:
    text = on_a_page("Core inflation: 5%")
    assert found(claims_of, text, "5%")["quantity_value"] == 5


@pytest.mark.parametrize(
    ("line", "anchor", "item"),
    [
        (
            "Ghana port arrivals, 1 Apr-3 May: 210,000 t, up 4% y/y",
            "210,000",
            "ghana port arrivals",
        ),
        ("Cocoa grindings, Jan-Mar: 1.2 mt", "1.2", "cocoa grindings"),
        ("Wheat exports, 1 Jul-30 Sep: 4.1 mt", "4.1", "wheat exports"),
        ("Coal imports, Oct-Dec: 310 kt, down 2% y/y", "310", "coal imports"),
    ],
)
def test_a_label_dated_by_a_span_of_days_or_months_names_the_item(
    claims_of: Rows, line: str, anchor: str, item: str
) -> None:
    assert found(claims_of, on_a_page(line), anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("line", "anchor", "item"),
    [
        ("EU gas imports in January-June: 120 bcm, 3% lower y/y.", "120", "eu gas imports"),
        ("LNG imports, Jan-Mar: 30 bcm, 5% higher than a year ago", "30", "lng imports"),
        ("Steel output in the first half: 41 mt, 2% lower y/y", "41", "steel output"),
        ("Car sales in May: 120,500, 4% higher y/y", "120,500", "car sales"),
    ],
)
def test_a_change_after_a_comma_ends_a_label_lines_value(
    claims_of: Rows, line: str, anchor: str, item: str
) -> None:
    assert found(claims_of, on_a_page(line), anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("line", "anchor"),
    [
        ("North America 318 kt | y/y -0.9%", "318"),
        ("South Africa 95 kt | y/y +2.0%", "95"),
        ("New Zealand 40 tonnes | m/m -3%", "40"),
        ("Saudi Arabia 12 bcm | y/y +6%", "12"),
    ],
)
def test_a_plain_figure_in_a_unit_ending_a_row_cell_is_no_name_number(
    claims_of: Rows, line: str, anchor: str
) -> None:
    row = found(claims_of, on_a_page(line), anchor)
    assert row["quantity_unit"] is not None


def test_a_name_number_in_prose_stays_a_name(claims_of: Rows) -> None:
    assert claims_of("The Apollo 11 crew returned home on Friday.", "quantity") == []


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Exporters may not sell below the $490-a-tonne minimum export price.",
            "$490",
            "export price",
        ),
        ("The city charges a $5-a-day entry fee.", "$5", "entry fee"),
        ("Ministers agreed a $20-per-barrel price cap.", "$20", "price cap"),
        ("Tenants pay a EUR 30-a-month service charge.", "30", "service charge"),
    ],
)
def test_a_sum_in_a_hyphenated_modifier_measures_the_noun_it_modifies(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        (
            "The port approved a $4.5-million upgrade of the truck route.",
            "$4.5",
            4_500_000,
            "upgrade",
        ),
        ("The firm won a EUR 2-billion contract.", "EUR 2", 2_000_000_000, "contract"),
        ("Donors backed a $300-million fund for schools.", "$300", 300_000_000, "fund"),
        ("The city signed a GBP 1.2-billion deal for trams.", "GBP 1.2", 1_200_000_000, "deal"),
    ],
)
def test_a_scale_written_on_with_a_hyphen_belongs_to_the_sum(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"]) == (pytest.approx(value), item)


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The offence is punishable by up to 10 years in prison.", "10 years", "prison term"),
        ("Individuals face jail of up to 10 years.", "10 years", "prison term"),
        ("He was sentenced to seven years in jail on Monday.", "seven years", "prison term"),
        ("The court handed down a sentence of 12 years.", "12 years", "prison term"),
    ],
)
def test_a_term_of_time_counts_a_prison_term(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_item"], row["quantity_unit"]) == (item, "years")


def test_a_term_of_time_that_is_no_penalty_counts_what_lasts(claims_of: Rows) -> None:
    text = "The blackouts of up to six hours hit the east."
    assert found(claims_of, text, "six hours")["quantity_item"] == "blackouts"


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Box volumes at the port stood at 512,000 TEUs in June.", "512,000", "box volumes"),
        (
            "Its handling capacity will rise to 4.5 million TEU by 2028.",
            "4.5 million",
            "handling capacity",
        ),
        (
            "Transshipment traffic slipped to 870,000 TEU last year.",
            "870,000",
            "transshipment traffic",
        ),
        ("The terminal handled 1.3 million TEU in the first half.", "1.3 million", "containers"),
        ("Lines moved 640,000 TEU through the canal in May.", "640,000", "containers"),
    ],
)
def test_teu_measures_the_noun_the_text_names_else_containers(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The agency awarded 2.4 gigawatts (GW) of solar capacity on Friday.",
            "2.4",
            "solar capacity",
        ),
        ("Regulators approved 800 megawatts (MW) of battery storage.", "800", "battery storage"),
        ("Crews laid 120 kilometres (km) of new track last year.", "120", "new track"),
        (
            "The mine shipped 3 million tonnes (mt) of copper ore in 2024.",
            "3 million",
            "copper ore",
        ),
    ],
)
def test_a_unit_measures_its_of_phrase_past_a_bracketed_abbreviation(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert head_noun(found(claims_of, text, anchor)["quantity_item"]) == head_noun(item)


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Only 0.7 GW remains idle in the north.", "0.7 GW"),
        ("The two consortia won a combined 2.5 GW.", "2.5 GW"),
        ("A further 400 MW is planned for the coast.", "400 MW"),
        ("Ministers expect to auction another 6 GW by 2027.", "6 GW"),
    ],
)
def test_a_power_rating_with_no_named_thing_measures_capacity(
    claims_of: Rows, text: str, anchor: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == "capacity"


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The undersea link can carry 700 megawatts between the two grids.", "700"),
        ("The converter station, which transmits up to 1.4 GW, was shut for repairs.", "1.4"),
        ("Once finished, the offshore farm will generate 850 MW.", "850"),
        ("Its second unit has 600 MW and came online in 2019.", "600"),
    ],
)
def test_a_rating_its_holder_carries_measures_capacity(
    claims_of: Rows, text: str, anchor: str
) -> None:
    """'the cable can carry 700 MW': the rating counts the capacity, not the cable."""
    assert found(claims_of, text, anchor)["quantity_item"] == "capacity"


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("A 100 MW solar park near the capital opened in May.", "100 MW", "park"),
        ("Engineers are building a 50 MW hydroelectric dam on the river.", "50 MW", "dam"),
        ("The firm will build a 2 GW offshore wind farm.", "2 GW", "farm"),
        ("They opened a 20 km coastal road last year.", "20 km", "road"),
    ],
)
def test_a_unit_on_an_adjective_measures_the_noun_it_modifies(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert head_noun(found(claims_of, text, anchor)["quantity_item"]) == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "French wine production will total 37.4 million hectolitres this year.",
            "37.4",
            "production",
        ),
        (
            "The state will fund distillation of 1.5 million hectolitres of unsold wine.",
            "1.5",
            "wine",
        ),
        ("Italy's output rose to 47 million hl last year.", "47", "output"),
        ("Reservoir stocks fell to 87 hm3 in May.", "87", "stock"),
    ],
)
def test_a_volume_word_that_is_no_unit_measures_its_of_phrase_or_level(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert head_noun(found(claims_of, text, anchor)["quantity_item"]) == item


@pytest.mark.parametrize(
    ("line", "anchor", "item"),
    [
        ("Red wine: 12.1 mhl", "12.1", "red wine"),
        ("Cognac stocks: 3.3 million hl", "3.3", "cognac stocks"),
        ("Irrigation reserve: 41 hm3", "41", "irrigation reserve"),
        ("Bulk stocks: 800,000 hectolitres", "800,000", "bulk stocks"),
    ],
)
def test_a_label_names_what_a_volume_word_on_its_line_measures(
    claims_of: Rows, line: str, anchor: str, item: str
) -> None:
    text = on_a_page(line)
    assert found(claims_of, text, anchor)["quantity_item"] == item
