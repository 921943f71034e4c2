"""Stated changes: their direction, a change beside the level it reaches, ranges of changes, and
what a change measures (its subject, the noun a relative clause is about, the figure before)."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found, one


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Exports fell 8% in May.", "decrease"),
        ("Wheat sales are up 12% year on year.", "increase"),
        ("The ministry cut the budget by 15%.", "decrease"),
        ("Shipments recorded a 5% increase in March.", "increase"),
        ("Imports have declined by 200,000 barrels.", "decrease"),
    ],
)
def test_stated_changes(claims_of: Rows, text: str, change: str) -> None:
    assert one(claims_of, text)["quantity_change"] == change


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("Pipeline gas exports, month on month: -3.5%", 3.5, "decrease"),
        ("Industrial output, September: +0.4% m/m", 0.4, "increase"),
        ("Retail sales moved +1.2% on the previous month.", 1.2, "increase"),
        ("The rouble against the dollar, past week: -2.1%", 2.1, "decrease"),
    ],
)
def test_a_signed_figure_is_a_change(claims_of: Rows, text: str, value: float, change: str) -> None:
    row = one(claims_of, text)
    assert (row["quantity_value"], row["quantity_unit"], row["quantity_change"]) == (
        value,
        "%",
        change,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose to 1.9 million barrels a day.",
        "The fleet now numbers 120 ships.",
        "Prices stood at 85% of the pre-war level.",
    ],
)
def test_levels_are_no_changes(claims_of: Rows, text: str) -> None:
    assert one(claims_of, text)["quantity_change"] is None


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


def test_a_range_of_prices_is_no_change(claims_of: Rows) -> None:
    row = one(claims_of, "Prices ranged from EUR 3,000 to EUR 4,000 per round.")
    assert (row["quantity_bound"], row["quantity_value"], row["quantity_per"]) == (
        "range",
        3500,
        "round",
    )


def test_a_change_from_one_level_to_another_is_two_figures(claims_of: Rows) -> None:
    rows = claims_of("The uninsured share rose from 40% to 55% over the year.", "quantity")
    assert [(r["quantity_value"], r["quantity_bound"]) for r in rows] == [(40, "eq"), (55, "eq")]


def test_a_change_and_the_level_it_reaches_are_not_a_range(claims_of: Rows) -> None:
    rows = claims_of("Exports fell 8% to 12 million barrels a day.", "quantity")
    assert [(r["quantity_value"], r["quantity_unit"]) for r in rows] == [
        (8, "%"),
        (12e6, "barrels"),
    ]


@pytest.mark.parametrize(
    ("text", "change", "level"),
    [
        ("We raise our soy forecast by 2 million tonnes to 171 million tonnes.", 2e6, 171e6),
        (
            "The ministry cut its wheat estimate by 900,000 tonnes to 24.5 million tonnes.",
            9e5,
            24.5e6,
        ),
        ("Exports were lifted by $2 billion to $31 billion after the deal.", 2e9, 31e9),
        ("The fleet has grown by 40 tankers to 610 tankers since March.", 40, 610),
    ],
)
def test_by_a_change_to_a_level_is_two_figures_not_a_range(
    claims_of: Rows, text: str, change: float, level: float
) -> None:
    rows = claims_of(text, "quantity")
    assert sorted(r["quantity_value"] for r in rows) == [change, level]
    assert all(r["quantity_bound"] == "eq" for r in rows)


@pytest.mark.parametrize(
    ("text", "change", "level"),
    [
        ("Diesel rose 0.12 lei to 7.84 lei a litre this morning.", 0.12, 7.84),
        ("Petrol fell 4 rupees to 98 rupees a litre on Monday.", 4, 98),
        ("The stock dropped $1.20 to $41.60 in early trading.", 1.2, 41.6),
        ("Output slipped 300,000 tonnes to 9.1 million tonnes last year.", 3e5, 9.1e6),
    ],
)
def test_a_change_verb_then_a_measured_change_to_a_level_is_two_figures(
    claims_of: Rows, text: str, change: float, level: float
) -> None:
    rows = claims_of(text, "quantity")
    assert sorted(r["quantity_value"] for r in rows) == [change, level]
    assert all(r["quantity_bound"] == "eq" for r in rows)


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("The fee will rise by 70% to 85% next year.", 77.5, 70, 85),
        ("Premiums could climb by 5% to 8% this winter.", 6.5, 5, 8),
        ("Fares were cut by between 10% and 15% in May.", 12.5, 10, 15),
        ("Revenue may fall by between $1 billion and $1.5 billion.", 1.25e9, 1e9, 1.5e9),
    ],
)
def test_by_a_range_of_changes_stays_one_range(
    claims_of: Rows, text: str, value: float, low: float, high: float
) -> None:
    rows = claims_of(text, "quantity")
    assert [(r["quantity_value"], r["quantity_low"], r["quantity_high"]) for r in rows] == [
        (value, low, high)
    ]


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
        (
            "The navy logged more than 2,100 drone flights last year, a rise of roughly 40% on 2023.",
            "roughly 40%",
            "drone flights",
        ),
        (
            "The board raised the cotton levy to $12 a bale, a jump of about 25%.",
            "about 25%",
            "cotton levy",
        ),
        (
            "Exporters shipped 3.2 million tonnes of barley, an increase of 18% on the year.",
            "18%",
            "barley",
        ),
        (
            "The agency counted 41 cargo ships in the port, a drop of 12% from May.",
            "12%",
            "cargo ships",
        ),
    ],
)
def test_a_change_noun_after_a_figure_measures_that_figure(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


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


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Ministers agreed the cod quota, which scientists say should be cut by 20%.",
            "20%",
            "cod quota",
        ),
        (
            "They kept the fuel levy, which analysts expect to rise by 8% next year.",
            "8%",
            "fuel levy",
        ),
        (
            "The port fee, which officials said would climb 12% in June, angered carriers.",
            "12%",
            "port fee",
        ),
        (
            "Unions fought the rail fare, which the regulator wants to raise by 4%.",
            "4%",
            "rail fare",
        ),
    ],
)
def test_a_change_in_a_relative_clause_measures_the_noun_it_is_about(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Global container volumes reached 14.1 million TEU in May, the latest month for which "
            "data exist, up 5.2% from a year earlier.",
            "5.2%",
            "global container volumes",
        ),
        (
            "Grain exports hit 4.4 million tonnes in March, the last month with full figures, "
            "down 8% on the year.",
            "8%",
            "grain exports",
        ),
        ("London futures lost 9% to settle at £3,100.", "£3,100", "london futures"),
        ("Brent crude gained 4% to close at $88 a barrel.", "$88", "brent crude"),
    ],
)
def test_a_change_or_level_after_an_aside_measures_the_figure_before(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("On a monthly basis, CPI fell by 0.4% in July.", "0.4%", "cpi"),
        ("The Producer Price Index (PPI) rose by 2.1% in the year to May.", "2.1%", "ppi"),
        (
            "Core CPIH (excluding energy and food) rose by 5.2% in the year to May.",
            "5.2%",
            "core cpih",
        ),
        ("The manufacturing PMI slipped 1.3% in March.", "1.3%", "pmi"),
        ("The Index of Services including transport (IOS) grew by 0.3% in May.", "0.3%", "ios"),
    ],
)
def test_an_index_known_by_its_acronym_is_what_its_change_measures(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Payrolls have fallen by 61,000 since March.", "61,000", "payrolls"),
        ("Vacancies dropped by 63,500 over the quarter.", "63,500", "vacancies"),
        ("The survey showed enrolments rising by 12,500 last year.", "12,500", "enrolments"),
        ("Jobless claims will increase by 8,200 in April, the ministry said.", "8,200", "claims"),
    ],
)
def test_a_bare_count_a_change_is_by_counts_what_changed(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("POLICY RATE CUT BY 350 BASIS POINTS TO 21.5 PER CENT", "21.5 PER CENT", "policy rate"),
        ("The bank cut its key rate by 50 basis points to 16.5%.", "16.5%", "key rate"),
        ("Exports rose by 200,000 barrels to 3.1 million barrels a day.", "3.1 million", "exports"),
        ("Freight rates climbed by $400 to $2,900 a box.", "$2,900", "freight rates"),
    ],
)
def test_the_level_a_change_reaches_measures_what_changed(
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


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Officials cut the tariff on rice imports from 35% to 15% in July.", "35%", "tariff"),
        ("The ministry raised its levy on plastic bags from 5% to 8%.", "5%", "levy"),
        ("Peru raised the royalty on copper exports from 4% to about 7%.", "4%", "royalty"),
        ("Ottawa lifted the surtax on steel products from 10% to 25%.", "10%", "surtax"),
    ],
)
def test_the_first_figure_of_from_x_to_y_measures_what_the_second_measures(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Markets\n\n- Lira hits record low of 41,500 to the dollar in Istanbul\n",
            "41,500",
            "lira",
        ),
        ("The rupee fell to a low of 91 against the dollar.", "91", "rupee"),
        ("Wheat touched a peak of 410 in March.", "410", "wheat"),
        ("Markets\n\n- Rand falls to a record low of 19.9 to the dollar\n", "19.9", "rand"),
    ],
)
def test_a_low_or_peak_measures_the_subject_that_reaches_it(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        (
            "Ferries carried 38,000 cars in May, against just 11,000 in March.",
            "11,000",
            11000,
            "cars",
        ),
        (
            "The port handled 2.4 million containers, up from only 1.9 million in 2023.",
            "1.9 million",
            1.9e6,
            "containers",
        ),
        (
            "Clinics treated 460 patients last week, compared with a mere 90 a year ago.",
            "90",
            90,
            "patients",
        ),
        (
            "Profit came to 1.9 billion euros, below the 2.05 billion expected by analysts and "
            "down from 2.4 billion a year earlier.",
            "2.4 billion",
            2.4e9,
            "profit",
        ),
    ],
)
def test_a_figure_compared_with_the_one_before_measures_the_same_thing(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"]) == (pytest.approx(value), item)


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Inspectors recorded at least 310 breaches in the second half, a rise of roughly a "
            "quarter on the same period last year.",
            "roughly a quarter",
            "breaches",
        ),
        (
            "The agency approved 1,450 permits last spring, about a third more than in 2022.",
            "about a third more",
            "permits",
        ),
        (
            "Volunteers have planted 8,200 saplings along the river, about a quarter fewer than "
            "the year before.",
            "about a quarter fewer",
            "saplings",
        ),
        (
            "The clinic treated 960 patients in January, a fifth fewer than a month earlier.",
            "a fifth fewer",
            "patients",
        ),
    ],
)
def test_a_share_set_off_after_a_figure_restates_it(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """A share in a verbless phrase after a comma is of the figure before it, not of the
    clause's subject."""
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "head"),
    [
        (
            "Peru exported 2.3 million tonnes of zinc in May, up 6% on a year earlier.",
            "6%",
            "exports",
        ),
        (
            "Customs officers seized 900 kilograms of cocaine at the port in 2024, a fifth more "
            "than in 2023.",
            "a fifth more",
            "seizures",
        ),
        (
            "At least 210 people were killed in the province in March, a 14% increase on February.",
            "14%",
            "killings",
        ),
        (
            "The smelter produced 41,000 tonnes of nickel last quarter, down 9% from the quarter "
            "before.",
            "9%",
            "output",
        ),
    ],
)
def test_a_change_against_a_traded_or_seized_figure_is_of_the_activity(
    claims_of: Rows, text: str, anchor: str, head: str
) -> None:
    """'exported 2 mt of zinc, up 6%': the change is of the exports, not of the zinc."""
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == head


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "Since 2020, the board has hired more than 300 teachers and reduced average class "
            "sizes by 10%.",
            "average class sizes",
        ),
        (
            "Since 2019, the city has added more than 900 beds and reduced average waiting times "
            "by 40%.",
            "average waiting times",
        ),
        (
            "Since 2017, the port has added more than 80 cranes and reduced average berthing "
            "delays by 30%.",
            "average berthing delays",
        ),
        (
            "Since 2023, the airline has added more than 40 routes and reduced average ticket "
            "prices by 12%.",
            "average ticket prices",
        ),
    ],
)
def test_the_noun_between_a_change_verb_and_by_is_what_changed(
    claims_of: Rows, text: str, item: str
) -> None:
    rows = [r for r in claims_of(text, "quantity") if r["quantity_unit"] == "%"]
    assert [r["quantity_item"] for r in rows] == [item]


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "Since 2021, the province has added more than 6,300 spaces and reduced average "
            "parent fees by 70%, from about $33 a day to $10.",
            "average parent fees",
        ),
        ("The city raised bus fares by 25%, from $2 to $2.50.", "bus fares"),
        ("Rents in the district rose 18%, from about EUR 900 a month to EUR 1,060.", "rents"),
        (
            "Last year the council cut its parking charges by 20%, from GBP 5 a day to GBP 4.",
            "parking charges",
        ),
    ],
)
def test_the_levels_a_change_spans_measure_what_it_changes(
    claims_of: Rows, text: str, item: str
) -> None:
    rows = [r for r in claims_of(text, "quantity") if r["quantity_unit"] is not None]
    assert len(rows) == 3
    assert {r["quantity_item"] for r in rows} == {item}
