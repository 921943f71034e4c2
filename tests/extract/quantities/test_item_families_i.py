"""Item families read from dev_i's errors (round 5, second step), four sentences of our own each:
a container unit counts containers, labels of table lines, rows under a heading."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The terminal moved 412,000 TEUs in the second quarter.", "412,000 TEUs", "containers"),
        (
            "Throughput at Gdansk slipped to 2.1 million TEU last year.",
            "2.1 million TEU",
            "containers",
        ),
        ("H1 2024: 96,300 TEUs", "96,300 TEUs", "containers"),
        ("Yards are due to hand over 600,000 TEU of new tonnage.", "600,000 TEU", "tonnage"),
    ],
)
def test_a_container_unit_counts_containers_unless_an_of_phrase_names_them(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Off-exchange inventories: 52,000 t, down 8% m/m", "52,000 t", "off-exchange inventories"),
        ("Japan crude-steel output: 7.1 mt", "7.1 mt", "japan crude-steel output"),
        ("Processed claims (June): 4,310", "4,310", "processed claims"),
        ("Tanker calls: 212", "212", "tanker calls"),
        ("Brazil processed soybeans: 4.6 mt", "4.6 mt", "brazil processed soybeans"),
        ("Sailors held captive: 14", "14", "sailors"),
    ],
)
def test_a_label_keeps_its_hyphened_words_participles_and_plural_nouns(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Zinc stocks: 88,250 t, down 12% m/m", "12%", "zinc stocks"),
        ("Cement output: 2.4 million tonnes, up 3% y/y", "3%", "cement output"),
        ("Grain exports: 5.2 mt, up 11% on a year earlier", "11%", "grain exports"),
        ("Cathode imports: 410,000 tonnes, down 4%", "4%", "cathode imports"),
    ],
)
def test_a_change_after_a_label_value_measures_the_label_not_its_unit(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


ROUTES = (
    "Freight rates this week, by lane\n"
    "Ningbo - Hamburg: $3,950/FEU, w/w change -4%\n"
    "Busan to Long Beach: $2,240/FEU\n"
    "Singapore – Piraeus: $4,100/FEU, y/y change +12%\n"
)


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (ROUTES, "$3,950/FEU", "freight rates"),
        (ROUTES, "$2,240/FEU", "freight rates"),
        (ROUTES, "$4,100/FEU", "freight rates"),
        (
            "AIR CARGO YIELDS (per kg)\nFrankfurt - Chicago: $2.85\nHong Kong - Dubai: $3.10\n",
            "$3.10",
            "air cargo yields",
        ),
    ],
)
def test_a_route_label_says_where_and_the_heading_names_what_the_rows_measure(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (ROUTES, "-4%", "freight rates"),
        (ROUTES, "+12%", "freight rates"),
        ("Nickel stocks: 61,200 t, m/m change -9%", "-9%", "nickel stocks"),
        ("Diesel sales: 2.2 mt, q/q change +1.5%", "+1.5%", "diesel sales"),
    ],
)
def test_a_period_change_after_a_row_figure_measures_what_it_measures(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Job adverts (online): 2024 monthly average 41,000 | March 2025: 38,500 | April 2025: 36,900",
            "36,900",
            "job adverts",
        ),
        ("Wage growth: 4.1% y/y (previous month: 4.4%)", "4.4%", "wage growth"),
        ("Gas stocks: 71% full (prior year: 88%)", "88%", "gas stocks"),
        ("Coal burn: 9.2 mt (last month: 10.1 mt)", "10.1 mt", "coal burn"),
        ("Reservoir levels on 1 May: 64% full (3 May 2024: 71%)", "71%", "reservoir levels"),
        ("Wind output: 12.4 TWh (Jan: 14.9 TWh)", "14.9 TWh", "wind output"),
        ("POWER MIX (MARCH)\nSolar share: 21% (Feb: 17%)", "17%", "solar share"),
    ],
)
def test_a_period_cell_on_a_labelled_line_measures_what_the_line_label_names(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Export quotas reduced (share of 2023 level)\n2026: cut 5% | 2027: cut 15%",
            "15%",
            "export quotas",
        ),
        ("Subsidies cut, by year\n2025: cut 10%\n2026: cut 25%\n", "25%", "subsidies"),
        (
            "Import duties lowered, by year\n2025: lowered 4% | 2026: lowered 8%",
            "8%",
            "import duties",
        ),
        ("Fuel duty changes\n2024: up 2% | 2025: down 1%", "1%", "fuel duty changes"),
    ],
)
def test_a_change_word_between_a_period_label_and_its_figure_keeps_the_heading(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The smuggler faces up to 12 years' imprisonment and a fine.", "12 years", "imprisonment"),
        ("Staff at the plant were given three months' notice.", "three months", "notice"),
        ("Striking dockers lost two weeks' wages in March.", "two weeks", "wages"),
        ("Depots hold about six months' worth of diesel.", "six months", "diesel"),
    ],
)
def test_a_time_in_the_genitive_measures_the_noun_it_owns(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "value", "bound", "item"),
    [
        (
            "Analysts expect a surplus of between 150 kt and 180 kt of refined zinc this year.",
            "between 150 kt and 180 kt",
            165000,
            "range",
            "zinc",
        ),
        (
            "Miners shipped between 2 mt and 3 mt of coal.",
            "between 2 mt and 3 mt",
            2.5e6,
            "range",
            "coal",
        ),
        (
            "The group sees a nickel deficit of 80-120 kt in 2026.",
            "80-120 kt",
            100000,
            "range",
            "nickel deficit",
        ),
        ("Tin output slipped to 31 kt last year.", "31 kt", 31000, "eq", "tin output"),
    ],
)
def test_kilotonnes_scale_to_tonnes_and_a_range_in_a_scaled_unit_scales_both_ends(
    claims_of: Rows, text: str, anchor: str, value: float, bound: str, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_bound"], row["quantity_unit"]) == (
        value,
        bound,
        "tonnes",
    )
    assert row["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Freight index (SCFI): 1,880 points, down 4% w/w", "1,880 points", "freight index"),
        ("Freight index (SCFI): 1,880 points, down 4% w/w", "4%", "freight index"),
        ("World container index: 2,410 points", "2,410 points", "world container index"),
        ("Dry bulk gauge: 1,305 points, up 12% since January", "12%", "dry bulk gauge"),
    ],
)
def test_index_points_on_a_label_line_measure_what_the_label_names(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Economists expect the bank to hold Bank Rate at 4.5% next month.", "4.5%", "bank rate"),
        ("The central bank kept its Key Rate at 16% on Friday.", "16%", "key rate"),
        ("The regulator left the Base Rate at 5.25% in June.", "5.25%", "base rate"),
        ("The bank held the Policy Rate at 7.5% for a third meeting.", "7.5%", "policy rate"),
    ],
)
def test_a_named_rate_held_at_a_level_is_what_the_level_measures(
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
        ("Channel crossings\n2023 arrivals: 29,437\n2024 arrivals: 36,816", "29,437", "arrivals"),
        ("2023 exports: 4.1 mt", "4.1 mt", "exports"),
        ("2025 asylum claims: 108,100", "108,100", "asylum claims"),
        (
            "Key figures\n2024 deportations: 18,900 | 2025 deportations: 21,300",
            "21,300",
            "deportations",
        ),
    ],
)
def test_a_year_before_a_label_noun_dates_the_figure_and_the_noun_names_it(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Aluminium cash average: $2,310/t", "$2,310/t", "aluminium cash average"),
        ("Spot average: $58/bbl", "$58/bbl", "spot average"),
        ("The Brent monthly average fell to $74 a barrel.", "$74", "brent monthly average"),
        ("Nickel official avg: $16,400/t", "$16,400/t", "nickel official avg"),
    ],
)
def test_an_average_per_tonne_or_barrel_already_names_a_price(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
