"""Round-4 families of what a quantity counts, four sentences of our own each (other words,
tenses, notations): table rows under a heading line, title-case headlines, verbless change lines,
a capitalized common-noun subject and plurals the tagger reads as verbs."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        (
            "Live blog\n\nMissile strikes on the port, by week\n2022: 6 | 2023: 9\n"
            "July: 14 | August: 21",
            "August: 21",
            21,
            "missile strikes",
        ),
        (
            "Monthly Shahed-type launches\n2023 average: 1,300 | May 2024: 4,210",
            "2023 average: 1,300",
            1300,
            "monthly shahed-type launches",
        ),
        (
            "Tankers detained in the Baltic, per year\n2022: 3\n2023: 11\n2024: 26",
            "2024: 26",
            26,
            "tankers",
        ),
        (
            "Refinery outages by quarter\nQ1 2024: 7 | Q2 2024: 12",
            "Q2 2024: 12",
            12,
            "refinery outages",
        ),
    ],
)
def test_rows_labelled_by_a_period_count_what_the_heading_names(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"]) == (value, item)


def test_a_row_parsed_alone_finds_its_heading_in_the_text_before(parse: Any) -> None:
    """The corpus parses each line alone and hands the text before it in `lines_before`."""
    from claims.extract.pipeline import load

    nlp = load()
    doc = nlp.make_doc("March: 210,000 TEU | April: 198,000 TEU")
    doc._.published = "2024-05-02"
    doc._.lines_before = "Port report\n\nContainer throughput at Gdansk\n"
    rows = [r for r in nlp(doc)._.claims if r["claim_type"] == "quantity"]
    assert [(r["quantity_value"], r["quantity_item"]) for r in rows] == [
        (210000, "container throughput"),
        (198000, "container throughput"),
    ]


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Ukrainian Grain Exports Rise 12% In August\n\nThe harvest came early.",
            "12%",
            "grain exports",
        ),
        ("Steel Output Falls 4% In March As Demand Weakens", "4%", "steel output"),
        ("DEATH TOLL CLIMBS TO 31 AS RIVERS RECEDE\n\nRescuers found more bodies.", "31", "people"),
        ("Russian Oil Revenue Slumps To $13 Billion In June", "$13 Billion", "oil revenue"),
        ("Central Bank Raises Key Rate To 21%, Signals More Hikes", "21%", "key rate"),
        ("Flood Deaths Climb To More Than 31 In Southern Poland", "31", "flood deaths"),
    ],
)
def test_a_title_case_headline_counts_the_words_before_its_change_verb(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item", "change"),
    [
        ("Revenue down 18% year on year.", "18%", "revenue", "decrease"),
        ("Profits up 4% in May, the company said.", "4%", "profits", "increase"),
        ("Key figures: imports down 7% on the month.", "7%", "imports", "decrease"),
        ("Container volumes up 11% since January.", "11%", "container volumes", "increase"),
    ],
)
def test_a_verbless_change_line_measures_its_noun(
    claims_of: Rows, text: str, anchor: str, item: str, change: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_item"], row["quantity_change"]) == (item, change)


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Corn eased 1.5% on the week.", "1.5%", "corn"),
        ("Wheat climbed 3% after the harvest report.", "3%", "wheat"),
        ("Copper slipped 2.4% in London trading.", "2.4%", "copper"),
        ("Norway raised output by 2% in May.", "2%", "output"),
    ],
)
def test_a_capitalized_common_noun_subject_is_the_item(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Ukrainian makers now turn out more than 1,000 interceptor drones a day.",
            "1,000",
            "interceptor drones",
        ),
        (
            "Kyiv hopes to field 2,000 interceptor drones a week by spring.",
            "2,000",
            "interceptor drones",
        ),
        ("The yard delivered 14 patrol boats last year.", "14", "patrol boats"),
        ("The plant built 300 decoy drones in March.", "300", "decoy drones"),
    ],
)
def test_a_compound_plural_read_as_a_verb_stays_the_item(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Ukraine exported 15.4 million tonnes through the corridor in May.", "15.4", "exports"),
        ("The country imported 2.3 million tonnes last year.", "2.3", "imports"),
        ("Kazakhstan pumped 1.8 million barrels a day in May.", "1.8", "output"),
        ("Rail operators shipped 600,000 tonnes in March.", "600,000", "shipments"),
    ],
)
def test_a_measure_a_trade_verb_moves_counts_the_trade(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item", "change"),
    [
        (
            "Ukraine exported 15.4 million tonnes in the third quarter, roughly 40% more than a "
            "year earlier.",
            "40%",
            "exports",
            "increase",
        ),
        (
            "Kazakhstan pumped 1.8 million barrels a day, about 5% less than in April.",
            "5%",
            "output",
            "decrease",
        ),
        (
            "Rail operators moved 600,000 tonnes of ore in March, 12% more than in February.",
            "12%",
            "ore",
            "increase",
        ),
        (
            "Output reached 9 million barrels a day, 3% higher than a year ago.",
            "3%",
            "output",
            "increase",
        ),
    ],
)
def test_a_comparative_after_a_figure_measures_what_that_figure_measures(
    claims_of: Rows, text: str, anchor: str, item: str, change: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_item"], row["quantity_change"]) == (item, change)


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("- Seaborne exports: 4.1 mn t in August (+12% m/m, -9% y/y)", "+12%", "seaborne exports"),
        ("- Seaborne exports: 4.1 mn t in August (+12% m/m, -9% y/y)", "-9%", "seaborne exports"),
        ("* Wheat share: 38%, up from 29% in July", "29%", "wheat share"),
        ("- Coal imports: 2.2 mt in May (-4% on the month)", "-4%", "coal imports"),
        ("• Average freight Odesa-Alexandria: $24/t, unchanged", "$24", "average freight"),
    ],
)
def test_a_bulleted_label_line_names_its_figure_and_the_changes_after_it(
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
    ("text", "anchor", "item", "change"),
    [
        (
            "Earnings fell to EUR 0.62 bn a day in October, so the annual decline is 18%.",
            "18%",
            "earnings",
            "decrease",
        ),
        (
            "Exports stayed near 3 mt a month. A further 5-8% fall is likely in winter.",
            "5-8%",
            "exports",
            "decrease",
        ),
        (
            "Steel output reached 6 mt in March; the yearly rise was 4%.",
            "4%",
            "steel output",
            "increase",
        ),
        (
            "Imports totalled 900,000 barrels a day, and a 10% drop is expected.",
            "10%",
            "imports",
            "decrease",
        ),
    ],
)
def test_a_bare_change_noun_is_a_change_of_the_figure_before(
    claims_of: Rows, text: str, anchor: str, item: str, change: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_item"], row["quantity_change"]) == (item, change)


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Indian refiners cut spot purchases by a third within days.", "a third", "spot purchases"),
        ("The ministry reduced its staff by half last year.", "half", "staff"),
        ("Airlines will raise fares by a quarter next month.", "a quarter", "fares"),
        ("The mill has slashed steel output by two-thirds.", "two-thirds", "steel output"),
    ],
)
def test_a_fraction_after_by_measures_the_verbs_object(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "value", "bound", "item", "change"),
    [
        (
            "Canal traffic fell to 33 ships a day in May, down two-thirds from 2023.",
            "two-thirds",
            66.67,
            "eq",
            "canal traffic",
            "decrease",
        ),
        (
            "Exports totalled 40.7 million tonnes, a fall of nearly a tenth on the season before.",
            "a tenth",
            10,
            "approx",
            "exports",
            "decrease",
        ),
        (
            "Coal's share sank below half for the first time.",
            "half",
            50,
            "lt",
            "share",
            None,
        ),
        (
            "Freight costs were up a quarter from a year earlier.",
            "a quarter",
            25,
            "eq",
            "freight costs",
            "increase",
        ),
    ],
)
def test_a_fraction_after_a_change_word_or_a_threshold_is_a_share(
    claims_of: Rows,
    text: str,
    anchor: str,
    value: float,
    bound: str,
    item: str,
    change: str | None,
) -> None:
    row = found(claims_of, text, anchor)
    got = (row["quantity_value"], row["quantity_bound"], row["quantity_item"])
    assert got == (pytest.approx(value), bound, item) and row["quantity_change"] == change


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        (
            "The EU delivered about 520,000 shells, roughly half of the one million it promised.",
            "one million",
            1e6,
            "shells",
        ),
        ("Kyiv received 40 tanks, a third of the 120 it had asked for.", "120", 120, "tanks"),
        ("About a third of the injured are children.", "a third", 33.33, "injured"),
        ("Nearly half of the wounded were soldiers.", "half", 50, "wounded"),
    ],
)
def test_a_fraction_of_a_figure_or_of_casualties(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"]) == (pytest.approx(value), item)


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
    "text",
    [
        "Attachment: List of designated individuals and entities (2 pages)",
        "Download the full report (PDF, 48 pages)",
        "Subscribers can download the data tables (XLSX, 212 KB).",
        "Annex II (PDF, 1.4 MB)",
    ],
)
def test_the_size_of_an_attached_file_is_no_quantity(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "quantity") == []


@pytest.mark.parametrize(
    ("text", "anchor", "item", "change"),
    [
        (
            "Shortages forced Russian forces to fire 15% fewer artillery rounds in June.",
            "15%",
            "artillery rounds",
            "decrease",
        ),
        ("The plant now makes 20% more drones than last year.", "20%", "drones", "increase"),
        ("Households used 30% less gas this winter.", "30%", "gas", "decrease"),
        ("Ports handled 8% fewer containers in May.", "8%", "containers", "decrease"),
    ],
)
def test_a_percentage_before_a_comparative_and_a_noun_measures_the_noun(
    claims_of: Rows, text: str, anchor: str, item: str, change: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_item"], row["quantity_change"]) == (item, change)


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
    ("text", "anchor", "bound"),
    [
        ("Each interceptor costs a fraction of the $1m or more for a missile.", "$1m", "gte"),
        ("Firms with 20 or fewer staff are exempt from the levy.", "20", "lte"),
        ("Damage could exceed EUR 5 billion, the minister said.", "EUR 5", "gt"),
        ("For a bulker worth $30m, that adds up to $300,000 a voyage.", "$300,000", "eq"),
        ("Talks drew 40 delegations or more last year.", "40", "gte"),
    ],
)
def test_bound_words_after_a_figure_and_verbs_that_bound(
    claims_of: Rows, text: str, anchor: str, bound: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_bound"] == bound


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
    ("text", "anchor", "item"),
    [
        ("Customs will check about 40 cargoes a week under the new rules.", "40", "cargoes"),
        ("The port handled 12 cargoes in May.", "12", "cargoes"),
        ("Kyiv hopes to field 2,000 interceptor drones a week.", "2,000", "interceptor drones"),
        ("Refiners bought 14 cargoes last month.", "14", "cargoes"),
    ],
)
def test_a_counted_plural_the_tagger_reads_as_a_verb_is_still_the_item(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    "text",
    [
        "Air defences shot down 41 of the drones.",
        "Crews knocked down 12 of the decoys overnight.",
        "Engineers cut down 30 trees along the road.",
        "Gunners brought down 9 drones near the city.",
    ],
)
def test_a_particle_down_before_an_object_states_no_change(claims_of: Rows, text: str) -> None:
    assert [r["quantity_change"] for r in claims_of(text, "quantity")] == [None]


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
    ("text", "anchor", "value", "bound"),
    [
        ("The sales brought in well over half a billion dollars last year.", "half", 5e8, "gt"),
        ("Half a million people fled the city.", "Half", 5e5, "eq"),
        ("The fund holds about half a billion euros.", "half", 5e8, "approx"),
        ("Nearly half a million tonnes of grain were lost.", "half", 5e5, "approx"),
    ],
)
def test_half_an_article_and_a_scale_is_one_number(
    claims_of: Rows, text: str, anchor: str, value: float, bound: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_bound"]) == (value, bound)


@pytest.mark.parametrize(
    ("text", "anchor", "bound"),
    [
        ("The rules ban tankers over 15 years old from the port.", "15", "gt"),
        ("Insurers refuse ships over 20 years old.", "20", "gt"),
        ("Aircraft under 10 years old may still fly.", "10", "lt"),
        ("The truce lasted over five years.", "five", "eq"),
    ],
)
def test_an_age_keeps_its_bound_and_a_duration_after_over_does_not(
    claims_of: Rows, text: str, anchor: str, bound: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_bound"] == bound


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
        ("Insurers have raised war premiums to 1% of a ship's value.", "1%", "war premiums"),
        ("Lenders cut mortgage rates to 4% of the loan value last month.", "4%", "mortgage rates"),
        ("The government lifted pensions to 40% of the average wage.", "40%", "pensions"),
        ("The canal earns 2% of GDP.", "2%", "gdp"),
    ],
)
def test_a_share_of_a_base_that_someone_moves_measures_what_they_move(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Interceptor output tops 1,000 a day, officials say.", "1,000", "interceptor output"),
        ("Steel production reached 90,000 last month.", "90,000", "steel production"),
        ("Refinery throughput hit 5.2 million in May.", "5.2", "refinery throughput"),
        ("Shell output stood at 250,000 in March.", "250,000", "shell output"),
    ],
)
def test_a_bare_level_of_a_singular_measure_noun_measures_that_noun(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
