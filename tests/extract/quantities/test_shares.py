"""Fractions, ratios and percentages are a percent of a whole, multiples are `times`; what a share
measures: its whole, its base, the subject that reaches it or the figure before."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found, one


@pytest.mark.parametrize(
    ("text", "value", "bound", "item"),
    [
        ("A third of the crews had no training.", 33.33, "eq", "crews"),
        ("About half of the shells failed to explode.", 50, "approx", "shells"),
        (
            "Nearly half its generating capacity was knocked out.",
            50,
            "approx",
            "generating capacity",
        ),
        ("Inspectors rejected a quarter of the cargoes.", 25, "eq", "cargoes"),
        (
            "Roughly a fifth of all tanker voyages avoided the strait.",
            20,
            "approx",
            "tanker voyages",
        ),
        ("Two-thirds of the villages lost power.", 66.67, "eq", "villages"),
    ],
)
def test_fractions_are_percent_of_the_whole(
    claims_of: Rows, text: str, value: float, bound: str, item: str
) -> None:
    row = one(claims_of, text)
    assert (row["quantity_value"], row["quantity_unit"]) == (pytest.approx(value), "%")
    assert (row["quantity_bound"], row["quantity_item"]) == (bound, item)


@pytest.mark.parametrize(
    ("text", "fraction", "value", "whole", "count", "item"),
    [
        (
            "About a third of the country's 900 clinics have closed.",
            "a third",
            33.33,
            "900 clinics",
            900,
            "clinics",
        ),
        (
            "Two-thirds of the 1,200 workers voted to strike.",
            "Two-thirds",
            66.67,
            "1,200 workers",
            1200,
            "workers",
        ),
        ("A quarter of its 80 vessels are idle.", "A quarter", 25, "80 vessels", 80, "vessels"),
        (
            "Half of the 2.4 million refugees live in camps.",
            "Half",
            50,
            "2.4 million refugees",
            2400000,
            "refugees",
        ),
        (
            "Officials said a fifth of the 350 wells had run dry.",
            "a fifth",
            20,
            "350 wells",
            350,
            "wells",
        ),
    ],
)
def test_a_fraction_of_a_counted_whole_is_two_claims(
    claims_of: Rows, text: str, fraction: str, value: float, whole: str, count: float, item: str
) -> None:
    """The share and the whole's own count are separate claims that count the same noun."""
    share, total = found(claims_of, text, fraction), found(claims_of, text, whole)
    assert (share["quantity_value"], share["quantity_unit"]) == (pytest.approx(value), "%")
    assert share["quantity_item"] == total["quantity_item"] == item
    assert total["quantity_value"] == count


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
    "text",
    [
        "Profits fell in the first quarter of this year.",
        "The deal closes in the second half of 2025.",
        "The third of the vessels to arrive was a tanker.",
        "A third party inspected the ships.",
    ],
)
def test_ordinals_and_periods_are_no_fractions(claims_of: Rows, text: str) -> None:
    assert [r for r in claims_of(text, "quantity") if r["quantity_unit"] == "%"] == []


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        ("Together the two buyers took almost nine in ten barrels.", "nine in ten", 90, "barrels"),
        ("Almost one in five recruits left within a year.", "one in five", 20, "recruits"),
        ("Two out of three drones were jammed.", "Two out of three", 66.67, "drones"),
        ("About 4 in 10 of the vessels are older than 20 years.", "4 in 10", 40, "vessels"),
        ("Roughly one in every 25 bottles sold is imported.", "one in every 25", 4, "bottles"),
        ("About one out of every four voters stayed home.", "one out of every four", 25, "voters"),
        ("Nearly one in every ten homes was flooded.", "one in every ten", 10, "homes"),
        ("Officials say one in every 50 parcels will be checked.", "one in every 50", 2, "parcels"),
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
    ("text", "value", "change"),
    [
        ("Grain sales fell by about a third last year.", 33.33, "decrease"),
        ("The ministry will cut the budget by a quarter.", 25, "decrease"),
        ("The catch was about a tenth less than in 2023.", 10, "decrease"),
        ("Deliveries have grown by half since the spring.", 50, "increase"),
    ],
)
def test_a_fraction_can_state_a_change(
    claims_of: Rows, text: str, value: float, change: str
) -> None:
    row = one(claims_of, text)
    assert (row["quantity_value"], row["quantity_change"]) == (pytest.approx(value), change)


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("Grain production fell a fifth in May.", 20, "decrease"),
        ("Exports rose roughly a third last year.", 33.33, "increase"),
        ("Oil output has slumped a quarter since March.", 25, "decrease"),
        ("Imports will grow about a tenth next year.", 10, "increase"),
    ],
)
def test_a_fraction_right_after_a_change_verb(
    claims_of: Rows, text: str, value: float, change: str
) -> None:
    row = one(claims_of, text)
    assert (row["quantity_value"], row["quantity_unit"], row["quantity_change"]) == (
        pytest.approx(value),
        "%",
        change,
    )


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
        ("About a third of the injured are children.", "a third", 33.33, "injured people"),
        ("Nearly half of the wounded were soldiers.", "half", 50, "wounded people"),
    ],
)
def test_a_fraction_of_a_figure_or_of_casualties(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"]) == (pytest.approx(value), item)


@pytest.mark.parametrize(
    ("text", "value", "bound", "item"),
    [
        ("Overdue loans saw a fourfold rise this year.", 4, "eq", "overdue loans"),
        ("Freight rates have roughly tripled since December.", 3, "approx", "freight rates"),
        ("Drone attacks nearly doubled in the spring.", 2, "approx", "drone attacks"),
        ("Inflation is more than twice the official target.", 2, "gt", "inflation"),
        ("Solar output showed a 5-fold increase in two years.", 5, "eq", "solar output"),
        ("The agency's payroll will almost quintuple by 2028.", 5, "approx", "payroll"),
        ("Port fees quintupled after the reform.", 5, "eq", "port fees"),
        ("Demand for the vaccine could quintuple by 2030.", 5, "eq", "demand"),
        ("Visitor numbers have nearly quintupled since 2015.", 5, "approx", "visitor numbers"),
    ],
)
def test_multiples_are_times(
    claims_of: Rows, text: str, value: float, bound: str, item: str
) -> None:
    rows = [r for r in claims_of(text, "quantity") if r["quantity_unit"] == "times"]
    assert len(rows) == 1, rows
    row = rows[0]
    assert (row["quantity_value"], row["quantity_bound"], row["quantity_item"]) == (
        value,
        bound,
        item,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Russia launched 6,297 drones in July. That is more than six times the number a year ago.",
        "Mills ground 900 tonnes of wheat, roughly four times the amount of 2022.",
        "The plant made 3,000 shells last month, three times the figure for March.",
        "Ports handled 50 tankers in May. That was twice the usual number.",
    ],
)
def test_a_multiple_of_a_figure_measures_what_the_figure_measures(
    claims_of: Rows, text: str
) -> None:
    rows = claims_of(text, "quantity")
    assert len(rows) == 2, rows
    assert rows[1]["quantity_unit"] == "times"
    assert rows[1]["quantity_item"] == rows[0]["quantity_item"]


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Kyiv faced four times the number of drones it saw in May.", "drones"),
        ("The port now handles three times the volume of grain it did.", "grain"),
        ("Refiners paid twice the amount of money they had budgeted.", "money"),
        ("The mill now uses five times the quantity of scrap it needs.", "scrap"),
    ],
)
def test_a_multiple_of_a_named_whole(claims_of: Rows, text: str, item: str) -> None:
    rows = [r for r in claims_of(text, "quantity") if r["quantity_unit"] == "times"]
    assert [r["quantity_item"] for r in rows] == [item]


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "Hospital admissions reached 1,200 this week, nearly double the usual rate.",
            "usual rate",
        ),
        ("The party took 23% of the vote, twice its share in 2021.", "share"),
        ("Freight to Lagos costs $52 a tonne, three times the charge for Dakar.", "charge"),
        ("Insurers expect claims of EUR 2bn, roughly double the bill for last winter.", "bill"),
    ],
)
def test_a_multiple_of_a_noun_that_is_no_figure_counts_that_noun(
    claims_of: Rows, text: str, item: str
) -> None:
    rows = [r for r in claims_of(text, "quantity") if r["quantity_unit"] == "times"]
    assert [r["quantity_item"] for r in rows] == [item]


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Two new reservoirs will hold 30 hm3, doubling current storage.", "current storage"),
        ("The council roughly tripled the tourist tax last spring.", "tourist tax"),
        ("Seoul has doubled its fleet of patrol ships since 2020.", "fleet"),
        ("Since 2019 the mine has tripled its output.", "output"),
    ],
)
def test_a_multiple_verb_counts_its_object(claims_of: Rows, text: str, item: str) -> None:
    rows = [r for r in claims_of(text, "quantity") if r["quantity_unit"] == "times"]
    assert [r["quantity_item"] for r in rows] == [item]


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Lending to companies grew by 1.6% in September.", "lending"),
        ("Shipping through the strait has fallen 40% this year.", "shipping"),
        ("The value of goods trade with Norway fell by 42% last year.", "goods trade"),
        ("The volume of grain exports rose 12% in May.", "grain exports"),
        ("The share of crude moved on dark tankers rose to 55% this year.", "crude"),
        ("Wheat output recovered and reached 90% of the pre-war level.", "level"),
    ],
)
def test_what_a_percentage_measures_from_its_subject(claims_of: Rows, text: str, item: str) -> None:
    assert one(claims_of, text)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Trade reached $245 billion last year, when it grew by more than a quarter.", "trade"),
        ("The plants make 4 million shells a year, around half of them for export.", "shells"),
        ("Old tankers carried 40% of the volumes, up from a quarter a year earlier.", "volumes"),
        ("The fleet fired 300 missiles, and about a third of them were intercepted.", "missiles"),
    ],
)
def test_a_share_without_its_whole_shares_the_figure_before(
    claims_of: Rows, text: str, item: str
) -> None:
    rows = [r for r in claims_of(text, "quantity") if r["quantity_unit"] == "%"]
    assert rows[-1]["quantity_item"] == item


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


def test_a_restating_percentage_of_gdp_keeps_its_base(claims_of: Rows) -> None:
    text = "Russia plans to spend 13.5 trillion rubles on arms in 2025, or about 6.3% of GDP."
    assert found(claims_of, text, "6.3%")["quantity_item"] == "gdp"


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The country ran a budget deficit of 3.5% of GDP last year.", "3.5%", "budget deficit"),
        (
            "Analysts expect a primary surplus of 2 percent of GDP in 2026.",
            "2 percent",
            "primary surplus",
        ),
        (
            "Ministers promised defence spending of at least 2.5% of GDP.",
            "2.5%",
            "defence spending",
        ),
        ("Public debt of about 80% of GDP worries lenders.", "80%", "public debt"),
    ],
)
def test_a_ratio_noun_holding_a_share_of_gdp_is_what_it_measures(
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
    ("text", "item"),
    [
        ("The new cap, set 15% below the average market price, starts in May.", "market price"),
        ("The bid was set 30% above the closing price.", "closing price"),
        ("Diesel sold 5% below the market price in June.", "market price"),
        ("The new fee is 3% above the official rate.", "rate"),
    ],
)
def test_a_share_against_a_reference_measures_it(claims_of: Rows, text: str, item: str) -> None:
    assert one(claims_of, text)["quantity_item"] == item


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
    ("text", "anchor", "item"),
    [
        ("The ministry set a goal of halving road deaths by 2030.", "halving", "road deaths"),
        ("Two budget airlines plan to halve their winter flights.", "halve", "flights"),
        ("Cocoa stocks in the port have halved since January.", "halved", "cocoa stocks"),
        ("Bus services were halved after the fuel shortage.", "halved", "bus services"),
    ],
)
def test_a_verb_that_halves_states_a_fall_by_half(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    row = found(claims_of, text, anchor)
    got = (row["quantity_value"], row["quantity_unit"], row["quantity_change"])
    assert got == (50, "%", "decrease")
    assert row["quantity_item"].endswith(item.split()[-1])


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        ("Some 900 migrants landed. A third ended up in Lampedusa.", "A third", 33.33, "migrants"),
        ("The fund raised $40m last year. Roughly half came from pensions.", "half", 50, None),
        ("Imports hit 2 million tonnes. Two-thirds went to Spain.", "Two-thirds", 66.67, None),
        ("Police held 60 fans, and three quarters faced charges.", "three quarters", 75, "fans"),
    ],
)
def test_a_fraction_that_is_its_clauses_subject_is_a_share_of_the_figure_before(
    claims_of: Rows, text: str, anchor: str, value: float, item: str | None
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (pytest.approx(value), "%")
    if item is not None:
        assert row["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "value", "change"),
    [
        ("There were 6,000 cases, a third fewer than in 2023.", "a third fewer", 33.33, "decrease"),
        ("The harvest was a fifth greater than expected.", "a fifth greater", 20, "increase"),
        ("Arrivals fell to 900, a quarter fewer than in May.", "a quarter fewer", 25, "decrease"),
        ("Imports reached 3 mt, a tenth fewer than a year ago.", "a tenth fewer", 10, "decrease"),
        (
            "Journeys were about a third slower than before the works.",
            "a third slower",
            33.33,
            "decrease",
        ),
        (
            "The rebuilt line is a quarter shorter than the old one.",
            "a quarter shorter",
            25.0,
            "decrease",
        ),
        ("Tickets had become a fifth cheaper by the spring.", "a fifth cheaper", 20.0, "decrease"),
        (
            "Trains will run two-thirds faster once the line reopens.",
            "two-thirds faster",
            66.67,
            "increase",
        ),
    ],
)
def test_a_fraction_compared_is_a_share_change(
    claims_of: Rows, text: str, anchor: str, value: float, change: str
) -> None:
    """'a third fewer', 'a fifth cheaper': a share with the direction the comparative gives."""
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"], row["quantity_change"]) == (
        value,
        "%",
        change,
    )


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Glasshouse Growers To Heat A Fifth Fewer Hectares This Year",
            "A Fifth Fewer",
            "hectares",
        ),
        ("Farmers sowed a quarter fewer acres of barley.", "a quarter fewer", "acres"),
        ("Carriers Fly A Third Fewer Routes To The Gulf", "A Third Fewer", "routes"),
        ("The yard will build a tenth more hulls next year.", "a tenth more", "hulls"),
    ],
)
def test_a_fraction_compared_counts_the_noun_right_after_it(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Daily volume was roughly a fifth below March.", "a fifth below", "daily volume"),
        ("Gas prices sat about a quarter above June 2024.", "a quarter above", "gas prices"),
    ],
)
def test_a_fraction_below_a_reference_does_not_count_the_reference(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
