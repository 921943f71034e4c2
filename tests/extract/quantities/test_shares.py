"""Fractions are a percent of the whole, multiples are `times`; casualty counts with the noun left
out count people; label-style lines name what their figure counts."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, one


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
    ("text", "value", "bound", "item"),
    [
        ("Overdue loans saw a fourfold rise this year.", 4, "eq", "overdue loans"),
        ("Freight rates have roughly tripled since December.", 3, "approx", "freight rates"),
        ("Drone attacks nearly doubled in the spring.", 2, "approx", "drone attacks"),
        ("Inflation is more than twice the official target.", 2, "gt", "inflation"),
        ("Solar output showed a 5-fold increase in two years.", 5, "eq", "solar output"),
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
    ("text", "value", "item"),
    [
        ("Crew: 24", 24, "crew"),
        ("Key rate: 21%", 21, "key rate"),
        ("Killed: 12 | Injured: 40 |", 12, "people"),
        ("Crew held hostage: 25", 25, "crew"),
        ("Gross tonnage: 38,400", 38400, "gross tonnage"),
        ("2023: 1,250 strikes", 1250, "strikes"),
    ],
)
def test_label_style_lines(claims_of: Rows, text: str, value: float, item: str) -> None:
    row = claims_of(text, "quantity")[0]
    assert (row["quantity_value"], row["quantity_item"]) == (value, item)


def test_a_headline_with_a_colon_is_no_label_line(claims_of: Rows) -> None:
    rows = claims_of("Sudan: 12 million displaced as the aid appeal stalls, UN says", "quantity")
    assert rows[0]["quantity_item"] != "sudan"


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


def test_a_range_of_prices_is_no_change(claims_of: Rows) -> None:
    row = one(claims_of, "Prices ranged from EUR 3,000 to EUR 4,000 per round.")
    assert (row["quantity_bound"], row["quantity_value"], row["quantity_per"]) == (
        "range",
        3500,
        "round",
    )


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
        ("Russia fired some 210 missiles and drones overnight.", "missiles and drones"),
        ("The army lost 40 tanks and trucks in the battle.", "tanks and trucks"),
        ("Russia launched 6,180 attack and decoy drones in July.", "attack and decoy drones"),
        ("Customs seized 300 rifles or pistols last year.", "rifles or pistols"),
    ],
)
def test_one_count_of_coordinated_nouns(claims_of: Rows, text: str, item: str) -> None:
    assert one(claims_of, text)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Nine of the wounded were dock workers.", "wounded"),
        ("Two of the dead were children.", "dead"),
        ("Officials put the number of casualties at more than 3,000.", "casualties"),
        ("Kyiv put the total of destroyed tanks at 400.", "tanks"),
    ],
)
def test_partitives_and_numbers_of_things(claims_of: Rows, text: str, item: str) -> None:
    assert claims_of(text, "quantity")[0]["quantity_item"] == item


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
        ("The detainees included one citizen and several opposition activists.", "citizen"),
        ("The raid hit 12 depots and many other targets.", "depots"),
        ("Rescuers freed 30 miners and some trapped workers.", "miners"),
        ("Police held 4 suspects and various other people.", "suspects"),
    ],
)
def test_a_second_noun_with_its_own_amount_is_not_joined(
    claims_of: Rows, text: str, item: str
) -> None:
    assert claims_of(text, "quantity")[0]["quantity_item"] == item


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
