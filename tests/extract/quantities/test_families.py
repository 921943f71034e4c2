"""Construction families of quantity items, values and bounds, four sentences of our own each
(other words, tenses and voices), so a fix holds for the family and not one sentence."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("The death toll in the city has climbed to 28, officials said.", "28", 28),
        ("Rescuers said the toll from the collapse had reached 112 by Sunday.", "112", 112),
        ("The flood's death toll was raised to 64 after divers searched the river.", "64", 64),
        ("The number of dead has risen to 47, the governor said.", "47", 47),
    ],
)
def test_a_toll_or_a_number_of_dead_counts_people(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"]) == (value, "people")


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        ("Pipeline gas exports: 2.6 bcm", "2.6", 2.6e9, "pipeline gas exports"),
        ("Norway piped 117 bcm of gas to Europe last year.", "117", 117e9, "gas"),
        ("Flows fell to about 40 mcm a day in March.", "40", 40e6, "flows"),
        ("The field is thought to hold 1.3 tcm of gas.", "1.3", 1.3e12, "gas"),
    ],
)
def test_gas_volumes_in_bcm_carry_their_scale(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"], row["quantity_item"]) == (
        pytest.approx(value),
        "m3",
        item,
    )


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


def test_a_name_before_a_plain_number_is_still_a_name(claims_of: Rows) -> None:
    assert claims_of("Under Resolution 2270 the council banned the sales.", "quantity") == []


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
        ("LNG export revenue: EUR 0.9 bn", "0.9", "lng export revenue"),
        ("Tax receipts: RUB 2.1 trillion, up 9% year on year", "2.1", "tax receipts"),
        ("Oil and gas revenue: $8.9bn, down from $10.2bn", "8.9", "oil and gas revenue"),
        ("Aid pledged by donors: £2.3bn", "2.3", "aid"),
    ],
)
def test_money_on_a_label_line_measures_the_label(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item", "change"),
    [
        ("Crude exports: 3.3 mb/d (+2% m/m)", "+2%", "crude exports", "increase"),
        ("Budget revenue: RUB 2.9 trillion, -4.1% y/y", "-4.1%", "budget revenue", "decrease"),
        ("Urals average: $61.40/bbl, -2.5% m/m", "-2.5%", "urals price", "decrease"),
        ("Total sales: EUR 17.8 bn, down 4% m/m", "4%", "total sales", "decrease"),
    ],
)
def test_a_change_after_a_labelled_figure_is_the_change_of_that_figure(
    claims_of: Rows, text: str, anchor: str, item: str, change: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_item"], row["quantity_change"]) == (item, change)


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Urals averaged $56.30 a barrel in May, down from $61.20 in April.",
            "56.30",
            "urals price",
        ),
        (
            "Urals averaged $56.30 a barrel in May, down from $61.20 in April.",
            "61.20",
            "urals price",
        ),
        ("Wheat was quoted at about $240 a tonne, a low for the year.", "240", "wheat"),
        ("The Kazakh blend traded at $71 a barrel last week.", "71", "blend price"),
        ("Brent crude settled at $82.60 a barrel on Friday.", "82.60", "brent crude"),
        ("The G7 lowered the price cap to $45 a barrel.", "45", "price cap"),
    ],
)
def test_money_per_barrel_or_tonne_measures_a_price(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Anyone who breaks the ban faces a fine of up to KRW 30 million.", "30", "fine"),
        ("Offenders face a penalty of more than $50,000.", "50,000", "penalty"),
        ("The agency set a budget of at least EUR 2 billion for the programme.", "2", "budget"),
        ("The captains carried cargoes worth a combined USD 3.1 billion.", "3.1", "cargoes"),
    ],
)
def test_money_after_a_noun_and_a_bound_measures_that_noun(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


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
            "Brokers said premiums for these voyages could rise to as much as 1% of a ship's value.",
            "1%",
            "premiums",
        ),
        ("Cover for a tanker now costs about 0.8% of its hull value.", "0.8%", "cover"),
        ("Defence spending stood at 2.1% of GDP last year.", "2.1%", "defence spending"),
        ("The deficit widened to RUB 3.3 trillion, or 1.7% of GDP, by June.", "1.7%", "deficit"),
    ],
)
def test_a_percentage_of_a_base_measures_the_subject_that_reaches_it(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


def test_a_percentage_of_a_base_that_no_subject_reaches_keeps_the_base(claims_of: Rows) -> None:
    text = "The canal normally earns Egypt about 2% of its GDP."
    assert found(claims_of, text, "2%")["quantity_item"] == "gdp"


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Grain accounted for roughly two thirds of the volume.", "two thirds", 66.67),
        ("Two thirds of the shells were duds.", "Two thirds", 66.67),
        ("Nearly a sixth of the budget went to debt.", "a sixth", 16.67),
        ("Imports fell by a third last year.", "a third", 33.33),
    ],
)
def test_fractions_are_rounded_percentages(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    assert found(claims_of, text, anchor)["quantity_value"] == value


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        ("Together the two buyers took almost nine in ten barrels.", "nine in ten", 90, "barrels"),
        ("Almost one in five recruits left within a year.", "one in five", 20, "recruits"),
        ("Two out of three drones were jammed.", "Two out of three", 66.67, "drones"),
        ("About 4 in 10 of the vessels are older than 20 years.", "4 in 10", 40, "vessels"),
    ],
)
def test_a_ratio_is_a_share_of_the_whole(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"], row["quantity_item"]) == (
        value,
        "%",
        item,
    )


def test_a_number_in_a_year_is_no_ratio(claims_of: Rows) -> None:
    rows = claims_of("Three in 2024 were larger than the rest.", "quantity")
    assert all(r["quantity_unit"] != "%" for r in rows)


@pytest.mark.parametrize(
    ("text", "anchor", "bound", "unit"),
    [
        (
            "The ship was escorted to an anchorage about 40 km from the capital.",
            "40",
            "approx",
            "km",
        ),
        (
            "Inspectors may board any vessel within 12 nautical miles of the coast.",
            "12",
            "lte",
            "nautical miles",
        ),
        ("The drone came down 3 miles away from the plant.", "3", "eq", "miles"),
        (
            "The tanker has anchored some 20 nautical miles off the island.",
            "20",
            "approx",
            "nautical miles",
        ),
    ],
)
def test_a_length_from_or_within_reach_of_a_place_is_a_distance(
    claims_of: Rows, text: str, anchor: str, bound: str, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_item"], row["quantity_bound"], row["quantity_unit"]) == (
        "distance",
        bound,
        unit,
    )


def test_a_stretch_of_time_within_is_no_distance(claims_of: Rows) -> None:
    row = found(claims_of, "Police found them within 24 hours.", "24")
    assert (row["quantity_item"], row["quantity_bound"]) == ("hours", "eq")


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        (
            "Japan designated 20 tankers. A manager that operated at least 12 of the tankers "
            "was also designated.",
            "12",
            12,
            "tankers",
        ),
        (
            "The UK sanctioned 30 tankers on Monday. A Dubai firm that owned nine of the tankers "
            "was also listed.",
            "nine",
            9,
            "tankers",
        ),
        (
            "Canada listed 14 vessels. Also sanctioned was a company that manages five of the "
            "vessels.",
            "five",
            5,
            "vessels",
        ),
        (
            "The EU blacklisted 40 ships. The owner, which controls 11 of the ships, was added too.",
            "11",
            11,
            "ships",
        ),
    ],
)
def test_a_count_a_listed_firm_holds_is_a_quantity_in_a_sanction_sentence(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"]) == (value, item)


def test_a_partitive_of_the_listed_targets_stays_the_sanctions(claims_of: Rows) -> None:
    text = "The UK sanctioned 30 tankers on Monday. Britain also designated 12 of the tankers."
    assert all(r["quantity_value"] != 12 for r in claims_of(text, "quantity"))


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
        ("GDP, third quarter: +3.1% y/y", "3.1", "gdp"),
        ("Retail sales, past month: -2.2%", "2.2", "retail sales"),
        ("Industrial output, September: +0.4% m/m", "0.4", "industrial output"),
        ("Budget deficit, first half: RUB 3.7 trillion", "3.7", "budget deficit"),
    ],
)
def test_a_label_line_whose_last_part_is_a_period_measures_the_part_before(
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
            "Diesel shipments climbed 9% on the month, reaching some 880,000 barrels a day.",
            "880,000",
            "diesel shipments",
        ),
        (
            "Grain exports rose 12%, hitting 4.2 million tonnes in May.",
            "4.2 million",
            "grain exports",
        ),
        (
            "Coal imports have dropped by half, falling to 2 million tonnes.",
            "2 million",
            "coal imports",
        ),
        ("Tanker traffic jumped 30%, reaching 41 ships a day.", "41", "ships"),
    ],
)
def test_the_level_a_change_reaches_in_a_participle_measures_its_subject(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


def test_a_restating_percentage_of_gdp_keeps_its_base(claims_of: Rows) -> None:
    text = "Russia plans to spend 13.5 trillion rubles on arms in 2025, or about 6.3% of GDP."
    assert found(claims_of, text, "6.3%")["quantity_item"] == "gdp"


@pytest.mark.parametrize(
    ("text", "anchor", "bound"),
    [
        ("Some petrol stations are limiting sales to 20 litres per car.", "20", "lte"),
        ("Purchases were restricted to 5 kg per customer.", "5", "lte"),
        ("Fuel is rationed to 10 litres a day in the region.", "10", "lte"),
        ("Exports topped 8 million tonnes in May.", "8 million", "gt"),
        ("The drive's funding now tops EUR 1.6 bn.", "1.6", "gt"),
        ("Output rose to 9 million tonnes.", "9 million", "eq"),
    ],
)
def test_limits_and_tops_bound_a_figure(
    claims_of: Rows, text: str, anchor: str, bound: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_bound"] == bound


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The package brings Denmark's civilian support since 2022 to more than DKK 9 billion.",
            "9 billion",
            "civilian support",
        ),
        ("The decision raised the budget to at least EUR 5 billion.", "5 billion", "budget"),
        ("The delay pushed the bill to nearly $2 million.", "2 million", "bill"),
        ("The new pledge took the fund to about $800 million.", "800", "fund"),
    ],
)
def test_money_a_verb_brings_something_to_through_a_bound_measures_that_thing(
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
            "Insurance now covers less than a third of the cargoes, down from 52% a year earlier.",
            "52%",
            "cargoes",
        ),
        (
            "Strikes have halted a fifth of the grid's output, or some 4 gigawatts, engineers say.",
            "4 gigawatts",
            "output",
        ),
        ("About half of the shells were faulty, up from 30% last year.", "30%", "shells"),
        ("Nearly a quarter of the crews quit, compared with 12% in 2023.", "12%", "crews"),
    ],
)
def test_a_figure_compared_with_a_share_before_it_measures_the_shares_whole(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Black Sea Ports Ship Record 6.5 Million Tonnes In August", "6.5", 6.5e6),
        ("Russia's Oil Exports Hit Record 4.1 Million Barrels A Day", "4.1", 4.1e6),
        ("Norway Pledges Another 2 Billion Kroner For Air Defence", "2 Billion", 2e9),
        ("Drought Cuts Grain Harvest By Nearly 20 Percent This Year", "20", 20),
    ],
)
def test_a_measure_in_a_title_case_headline_is_no_name_number(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    assert found(claims_of, text, anchor)["quantity_value"] == pytest.approx(value)


def test_a_name_number_in_a_title_case_headline_stays_a_name(claims_of: Rows) -> None:
    rows = claims_of("Tanker Sea Breeze 2 Anchors Off Gotland With 24 Crew", "quantity")
    assert [r["quantity_value"] for r in rows] == [24]


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Russia launched 6,384 drones at Ukraine in July. That is up 12% from June.",
            "12%",
            "drones",
        ),
        (
            "Exports reached 3.1 million barrels a day in May. It was 8% more than in April.",
            "8%",
            "exports",
        ),
        (
            "The port handled 41 ships last week. This was 20% fewer than a month earlier.",
            "20%",
            "ships",
        ),
        (
            "Kyiv logged 950 air-raid alerts in March; that is nearly 30% above February.",
            "30%",
            "air-raid alerts",
        ),
    ],
)
def test_a_change_whose_subject_is_that_or_it_is_the_change_of_the_figure_before(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


def test_a_pronoun_subject_does_not_lend_its_antecedent_to_a_duration(claims_of: Rows) -> None:
    text = "The cap fell to $47.60. It will be reviewed every six months."
    assert found(claims_of, text, "six months")["quantity_item"] == "months"


@pytest.mark.parametrize(
    ("text", "anchor", "change", "item"),
    [
        ("Coal shipments: 4.1 million tonnes, year on year +6%", "+6%", "increase", "shipments"),
        ("Grain exports: 3.8 million tonnes, month on month -12%", "-12%", "decrease", "exports"),
        ("Diesel exports: 0.9 mb/d, week on week +1.5%", "+1.5%", "increase", "exports"),
        (
            "Steel output: 6.4 million tonnes, quarter on quarter -2.1%",
            "-2.1%",
            "decrease",
            "output",
        ),
    ],
)
def test_a_label_names_its_figure_and_the_period_change_after_it(
    claims_of: Rows, text: str, anchor: str, change: str, item: str
) -> None:
    level = found(claims_of, text, text.split(": ")[1].split(",")[0])
    row = found(claims_of, text, anchor)
    assert level["quantity_item"].split()[-1] == item
    assert (row["quantity_unit"], row["quantity_item"].split()[-1]) == ("%", item)
    assert row["quantity_change"] == change


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The cartel wants to keep output under 9 million barrels a day.", "9 million", "output"),
        (
            "Officials hope to hold imports below 2 million tonnes this year.",
            "2 million",
            "imports",
        ),
        (
            "The new rules pushed emissions above 40 million tonnes last year.",
            "40 million",
            "emissions",
        ),
        (
            "Traders expect the cuts to drive shipments below 500,000 barrels a day.",
            "500,000",
            "shipments",
        ),
    ],
)
def test_a_verb_that_moves_its_object_past_a_threshold_measures_the_object(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_item"].split()[-1] == item


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
    ("text", "anchor"),
    [("Killed in the strike: 12", "12"), ("Total killed: 7", "7"), ("Civilian deaths: 40", "40")],
)
def test_a_casualty_label_that_names_nobody_counts_people(
    claims_of: Rows, text: str, anchor: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == "people"


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Bread price increase this year: 12%", "12%", "bread price"),
        ("Wheat export fall in March: 8%", "8%", "wheat export"),
        ("Diesel price rise since May: 21%", "21%", "diesel price"),
        ("Coal output drop since April: 15%", "15%", "coal output"),
    ],
)
def test_a_label_that_names_a_change_measures_what_changes(
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
