"""Figures whose noun is left out or named only by their unit: partitives, counts of 'them', bare
counts after 'including', 'another' or 'more', gapped clauses, compared, restated and coordinated
figures take what the figure before them measures."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


def values_items(claims_of: Rows, text: str) -> list[tuple[float, str]]:
    return [(r["quantity_value"], r["quantity_item"]) for r in claims_of(text, "quantity")]


def test_partitive_counts_both_numbers(claims_of: Rows) -> None:
    text = "Rescuers reached 12 of the 40 miners trapped below ground."
    assert values_items(claims_of, text) == [(12, "miners"), (40, "miners")]


def test_bare_count_goes_on_counting_an_earlier_noun(claims_of: Rows) -> None:
    text = "About 60 farmers filed claims against the mill. So far only nine have been paid."
    assert (9, "farmers") in values_items(claims_of, text)


def test_bare_object_takes_the_clause_subject(claims_of: Rows) -> None:
    text = "Reported measles infections have passed 4,000 this spring."
    assert values_items(claims_of, text) == [(4000, "measles infections")]


def test_a_bare_crowd_as_subject_counts_people(claims_of: Rows) -> None:
    assert values_items(claims_of, "Nearly 2 million have fled the region.") == [(2e6, "people")]


def test_a_compared_bare_figure_counts_what_it_is_compared_with(claims_of: Rows) -> None:
    text = "The plant now builds 90 buses a week, up from about 40 a week in 2023."
    assert values_items(claims_of, text) == [(90, "buses"), (40, "buses")]


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("A record 120 vessels waited at anchor on Monday, up from 95 the day before.", "vessels"),
        (
            "About 2,400 containers left the port in May, against roughly 600 in April.",
            "containers",
        ),
        ("Air defences downed 337 drones, 91 of them over the capital.", "drones"),
        ("The plant shipped 4,000 shells in June, compared with 2,500 a year earlier.", "shells"),
    ],
)
def test_a_compared_bare_figure_counts_what_the_one_before_counts(
    claims_of: Rows, text: str, item: str
) -> None:
    rows = claims_of(text, "quantity")
    assert len(rows) == 2, rows
    assert rows[1]["quantity_item"] == item


def test_a_compared_bare_figure_keeps_the_unit_and_rate(claims_of: Rows) -> None:
    text = "Exports fell to 3.1 million barrels per day, down from 3.4 million a year earlier."
    rows = claims_of(text, "quantity")
    assert [(r["quantity_value"], r["quantity_unit"], r["quantity_per"]) for r in rows] == [
        (3.1e6, "barrels", "day"),
        (3.4e6, "barrels", "day"),
    ]


def test_a_compared_figure_measures_the_same_thing(claims_of: Rows) -> None:
    text = "Wheat exports reached 4 million tonnes in May, up from 3 million tonnes a year before."
    assert [r["quantity_item"] for r in claims_of(text, "quantity")] == ["wheat exports"] * 2


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Plants will make 1.5 million shells a year by 2024 and 2 million in 2025.", [1.5e6, 2e6]),
        ("The army received 300 tanks in May and 450 in June.", [300, 450]),
        ("Exports hit 4 million tonnes in March and 3.5 million in April.", [4e6, 3.5e6]),
        ("Rescuers found 12 survivors on Monday and 7 on Tuesday.", [12, 7]),
    ],
)
def test_a_coordinated_bare_figure_counts_what_the_first_counts(
    claims_of: Rows, text: str, values: list[float]
) -> None:
    rows = claims_of(text, "quantity")
    assert [r["quantity_value"] for r in rows] == values
    assert rows[0]["quantity_item"] == rows[1]["quantity_item"]


@pytest.mark.parametrize(
    "text",
    [
        "Air defences downed 198 drones and eight of the missiles.",
        "The navy lost 12 boats and three of its frigates.",
        "Inspectors seized 40 rifles and 900 rounds.",
        "The convoy carried 30 tanks and about 60 trucks.",
    ],
)
def test_a_coordinated_figure_with_its_own_noun_keeps_it(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "quantity")
    assert rows[0]["quantity_item"] != rows[1]["quantity_item"], rows


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Russia has fired more than 4,000 drones since New Year, an average of 110 a day.",
            "110",
            "drones",
        ),
        (
            "The agency registered 61,000 new cars in March. The total for the quarter reached 170,000.",
            "170,000",
            "cars",
        ),
        (
            "The ministry bought 1.2 million shells last year and will get half of that amount now.",
            "half",
            "shells",
        ),
        (
            "Canal traffic fell to 30 ships a day, a third of its level before the attacks began.",
            "a third",
            "ships",
        ),
    ],
)
def test_a_bare_total_or_level_refers_back_to_the_figure_before(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


def test_a_total_with_its_own_adjective_names_itself(claims_of: Rows) -> None:
    text = "The fund holds $2 billion in bonds. About 60% of the global total is in Asia."
    assert found(claims_of, text, "60%")["quantity_item"].endswith("total")


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Ukraine intercepts about 87% of the drones launched at its cities. In July alone, "
            "Russia fired 6,297 of them, a record.",
            "6,297",
            "drones",
        ),
        (
            "North Korea has sent about 11,000 soldiers to the region since October, and at least "
            "1,100 of them have been killed or wounded, officials said.",
            "1,100",
            "soldiers",
        ),
        (
            "Power was cut to around 12,000 households this morning. Engineers have since "
            "restored supply to all but 1,800 of them.",
            "1,800",
            "households",
        ),
        (
            "The port took in 240 containers last week. Customs opened 35 of those on Monday.",
            "35",
            "containers",
        ),
    ],
)
def test_a_count_of_them_counts_what_the_figure_before_counted(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


def test_a_count_of_them_with_its_own_noun_counts_that_noun(claims_of: Rows) -> None:
    text = "A missile attack killed 20 civilians, nine of them children."
    assert found(claims_of, text, "nine")["quantity_item"] == "children"


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Of the aircraft, 32 crossed the median line.", "32", "aircraft"),
        ("Of the missiles, 14 were shot down over the sea.", "14", "missiles"),
        ("Of the trawlers, six have already left port.", "six", "trawlers"),
        ("Of the new recruits, 900 will train abroad.", "900", "new recruits"),
    ],
)
def test_a_bare_count_after_a_fronted_of_phrase_counts_its_noun(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Pyongyang has fired more than 70 ballistic missiles this year, including eight in "
            "the past two weeks.",
            "eight",
            "missiles",
        ),
        ("The army lost 120 tanks in the battle, including 30 on the first day.", "30", "tanks"),
        ("Police detained 200 protesters, of whom 45 were later charged.", "45", "protesters"),
        ("Officials counted 64 ships, among them 12 under a Panama flag.", "12", "ships"),
    ],
)
def test_a_bare_count_after_including_counts_part_of_the_figure_before(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        ("Poland has confirmed nine deaths, with three more in Austria.", "three", 3, "deaths"),
        ("The fund paid 40 claims in May and expects 25 more by June.", "25", 25, "claims"),
        (
            "The Commission offered aid to the four countries and said one or two more could "
            "apply.",
            "one or two",
            1.5,
            "countries",
        ),
        ("Customs seized 14 trucks on Monday and six others on Tuesday.", "six", 6, "trucks"),
    ],
)
def test_a_bare_count_with_more_counts_more_of_the_figure_before(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"]) == (value, item)


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Air defences shot down 41 of the drones, while another eight were lost to jamming.",
            "eight",
            "drones",
        ),
        (
            "Police detained 30 protesters on Monday and a further 12 on Tuesday.",
            "12",
            "protesters",
        ),
        ("The ministry approved 14 permits in May and another six in June.", "six", "permits"),
        ("The yard delivered 9 barges, and an additional 4 will follow.", "4", "barges"),
    ],
)
def test_a_bare_count_after_another_counts_more_of_the_figure_before(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Factories now build more than 1,000 interceptor drones a day. Officials want to "
            "reach 1,500 a day by the autumn.",
            "1,500",
            "interceptor drones",
        ),
        (
            "The yard launched 12 patrol boats in 2024. Managers hope to deliver 20 by December.",
            "deliver 20",
            "patrol boats",
        ),
        (
            "Crews laid 4,000 road mines in May. Engineers plan to lay 6,000 in June.",
            "6,000",
            "road mines",
        ),
        (
            "Kyiv received 300 combat drones last week. Commanders expect to receive 500 by June.",
            "500",
            "combat drones",
        ),
    ],
)
def test_a_bare_count_whose_clause_has_people_as_subject_counts_the_thing_before(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The army received 120 tanks in spring and a further batch of 40 in autumn.",
            "40",
            "tanks",
        ),
        (
            "The ministry paid out 2,000 grants in May, followed by a second instalment of 1,500.",
            "1,500",
            "grants",
        ),
        (
            "The agency bought 8,000 tonnes of grain, with a second tranche of 5,000 tonnes due.",
            "5,000",
            "grain",
        ),
        (
            "Allies have sent 60 launchers so far, and a new consignment of 12 is on its way.",
            "12",
            "launchers",
        ),
    ],
)
def test_a_part_of_a_delivery_with_no_noun_counts_what_the_figure_before_counts(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


def test_a_tranche_of_money_is_its_own_item(claims_of: Rows) -> None:
    text = "The fund paid out €3 billion in March and a new tranche of €1.4 billion in May."
    assert found(claims_of, text, "€1.4 billion")["quantity_item"].endswith("tranche")


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Poland has confirmed nine deaths, the Czech Republic five and Romania seven.",
            "five",
            "deaths",
        ),
        ("Latvia expelled six diplomats, Estonia four and Lithuania two.", "four", "diplomats"),
        (
            "Germany sent twelve howitzers, Norway eight and the Netherlands three.",
            "three",
            "howitzers",
        ),
        ("Italy reported eleven cases, Spain nine and Portugal two.", "nine", "cases"),
    ],
)
def test_a_gapped_clause_counts_what_the_first_clause_counted(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Germany took 21% of the vaccine doses, France 17% and Italy 12%.",
            "17%",
            "vaccine doses",
        ),
        (
            "Coal made up 40% of the power mix in Poland, Czechia 35% and Slovakia 15%.",
            "15%",
            "power mix",
        ),
        ("Exports to the United States fell 8%, to Canada 5% and Mexico 2%.", "5%", "exports"),
        ("Shell holds 30% of the licence, Equinor 25% and Eni 20%.", "20%", "licence"),
    ],
)
def test_a_gapped_share_after_a_name_repeats_the_figure_before(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_unit"], row["quantity_item"]) == ("%", item)


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Germany gave EUR 250 million in grants, and Canada CAD 40 million.", "40", "grants"),
        (
            "Norway pledged NOK 2 billion in loans, Sweden SEK 1.5 billion and Denmark DKK 900 million.",
            "900",
            "loans",
        ),
        ("Japan has lent $4 billion in loans so far, Korea KRW 900 billion.", "900", "loans"),
        ("The UK will spend £2bn on shells, and France EUR 1.5bn.", "1.5bn", "shells spending"),
    ],
)
def test_a_gapped_sum_in_another_currency_repeats_the_figure_before(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Drones took out about 17% of the country's refining capacity, or roughly 1.1 million "
            "barrels a day, analysts said.",
            "1.1 million",
            "refining capacity",
        ),
        (
            "Strikes have halted 20% of the grid's output, or some 4 gigawatts, engineers say.",
            "4 gigawatts",
            "output",
        ),
        (
            "The country pays about $2,000 a month to each soldier, or more than $20 million a "
            "month for the whole force.",
            "$20 million",
            "pay",
        ),
        (
            "Officials cleared about 30% of the farmland, or nearly 9,000 hectares, last year.",
            "9,000",
            "farmland",
        ),
    ],
)
def test_a_figure_after_a_comma_and_or_restates_the_one_before(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The minister announced a new package of DKK 2.1 billion (about EUR 280 million).",
            "280",
            "new package",
        ),
        ("The government will release UAH 1.5 billion in aid, roughly $36 million.", "36", "aid"),
        ("Norway will spend NOK 1.2bn ($110m) on air defence.", "110m", "air defence spending"),
        ("Tokyo lent JPY 500 billion in loans (some $3.3 billion) last year.", "3.3", "loans"),
    ],
)
def test_a_sum_converted_into_another_currency_measures_the_same_thing(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Reservoir levels in the north reached 64% last week. Germany stood at 58%.",
            "58%",
            "reservoir levels",
        ),
        (
            "Copper output at the mine rose to 41,000 tonnes in May. In June it fell to "
            "38,500 tonnes.",
            "38,500 tonnes",
            "copper output",
        ),
        (
            "The ministry has paid $40 million in flood relief since March. The total could "
            "reach $55 million.",
            "$55 million",
            "flood relief",
        ),
        (
            "Grain stocks covered 35% of demand in March; by April the figure will drop below 30%.",
            "30%",
            "demand",
        ),
    ],
)
def test_a_figure_naming_only_its_unit_measures_what_the_figure_before_measured(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Crude export earnings fell to EUR 0.62 bn a day. A year earlier they averaged "
            "EUR 0.76 bn a day.",
            "0.76",
            "export earnings",
        ),
        (
            "Grain exports reached 4 mn t in May. In June they slipped to 3.6 mn tonnes.",
            "3.6",
            "grain exports",
        ),
        (
            "Defence budgets hit $90bn in 2023. This year they will top $110bn.",
            "$110bn",
            "defence budgets",
        ),
        (
            "Freight rates stood at $24 a tonne. Last winter they were $41 a tonne.",
            "$41",
            "freight rates",
        ),
    ],
)
def test_a_plural_pronoun_subject_takes_the_item_of_the_figure_before_in_its_unit(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Mining royalties rose to EUR 12 billion last year. Analysts expect "
            "EUR 14 billion in 2025.",
            "EUR 14 billion",
            "mining royalties",
        ),
        (
            "Wheat stocks covered 35% of demand in March, and officials expect 28% by May.",
            "28%",
            "demand",
        ),
        (
            "Sugar imports reached 2.4 million tonnes in 2023; the ministry expects "
            "2.9 million tonnes this year.",
            "2.9 million tonnes",
            "sugar imports",
        ),
        (
            "Cocoa arrivals rose 12% in October. Traders had forecast 9%.",
            "9%",
            "cocoa arrivals",
        ),
    ],
)
def test_who_expects_or_targets_a_figure_is_not_what_it_measures(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The plant burned 2.3 million tonnes of coal last year, far above its quota of "
            "1.5 million tonnes.",
            "1.5 million",
            "coal",
        ),
        (
            "Exporters shipped 900,000 barrels of diesel in May, well over the monthly limit of "
            "600,000 barrels.",
            "600,000",
            "diesel",
        ),
        (
            "The country bought 40,000 tonnes of fertiliser, below the ceiling of 50,000 tonnes "
            "agreed in March.",
            "50,000",
            "fertiliser",
        ),
        (
            "Fishermen landed 12,000 tonnes of cod, beyond the annual cap of 9,000 tonnes.",
            "9,000",
            "cod",
        ),
    ],
)
def test_a_limit_set_against_the_figure_before_measures_the_same_thing(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


def test_a_price_cap_set_against_a_price_keeps_its_own_item(claims_of: Rows) -> None:
    text = "Urals crude sold at $58 a barrel in June, below the price cap of $60 a barrel."
    assert found(claims_of, text, "$60")["quantity_item"] == "price cap"


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        (
            "A volunteer firefighter died in hospital overnight, bringing the death toll to three.",
            "three",
            3,
        ),
        (
            "Portugal asked for two more water-bombing aircraft, taking the number it has"
            " requested this week to six.",
            "six",
            6,
        ),
        (
            "Police detained 40 more protesters on Monday, bringing the number held to 310.",
            "310",
            310,
        ),
        ("The latest landslide has pushed the death toll in the province to 48.", "48", 48),
    ],
)
def test_a_verb_carrying_a_tally_to_a_bare_figure_states_its_level(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_bound"]) == (value, "eq")


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        (
            "Hospitality shed about 25K jobs in the quarter and retail 18,000.",
            "18,000",
            18000,
            "jobs",
        ),
        (
            "Germans were the largest group at 410,000, followed by Dutch visitors at 230,000,"
            " roughly twice their number a year ago, and Belgians at 95,000.",
            "95,000",
            95000,
            "visitors",
        ),
        (
            "Manufacturing added 12,000 jobs in May, construction 8,500 and mining 1,200.",
            "8,500",
            8500,
            "jobs",
        ),
        (
            "The city approved 2,150 permits for housing last year and commercial 640.",
            "640",
            640,
            "permits",
        ),
    ],
)
def test_a_gapped_clause_with_a_bare_figure_counts_what_the_first_counts(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"]) == (value, item)


def test_a_bare_age_after_a_coordinator_is_no_gapped_count(claims_of: Rows) -> None:
    text = "The two dead were night-shift workers, aged 34 and 51."
    assert claims_of(text, "quantity") == []


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        (
            "Operating profit came to 1.86 billion euros, below the 2.05 billion expected by"
            " analysts.",
            "2.05 billion",
            2.05e9,
            "profit",
        ),
        (
            "The fleet has 212 aircraft in service, short of the 260 promised by the maker.",
            "260",
            260,
            "aircraft",
        ),
        (
            "Arrivals reached 48,000 in May, above the 41,000 the ministry had forecast.",
            "41,000",
            41000,
            "arrivals",
        ),
        (
            "The mine shipped 3.2 million tonnes of ore, ahead of the 2.9 million it had planned.",
            "2.9 million",
            2.9e6,
            "ore",
        ),
    ],
)
def test_a_bare_figure_set_against_the_one_before_measures_the_same_thing(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"]) == (pytest.approx(value), item)


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        (
            "Power restored to most of Chile after blackout left 14 million without electricity",
            "14 million",
            14e6,
        ),
        ("The storm left about 1.2 million without power on Sunday.", "1.2 million", 1.2e6),
        ("The rail strike stranded 3 million at stations across the country.", "3 million", 3e6),
        ("The heatwave sent 1.5 million to emergency shelters last week.", "1.5 million", 1.5e6),
    ],
)
def test_a_crowd_as_object_with_nothing_counted_before_counts_people(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"]) == (pytest.approx(value), "people")


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "About 300 fighters are still abroad, including 60 teenagers, while 140 have come home.",
            "140",
            "fighters",
        ),
        (
            "Some 2,000 migrants remain in the camp, including 300 children, and 450 have been moved.",
            "450",
            "migrants",
        ),
        (
            "Around 500 workers were laid off, among them 80 engineers, and 120 have since been rehired.",
            "120",
            "workers",
        ),
        (
            "Roughly 70 volunteers stayed on, including 15 doctors, while 30 went home in May.",
            "30",
            "volunteers",
        ),
    ],
)
def test_a_bare_count_of_its_own_clause_counts_the_whole_not_the_part_set_off(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
