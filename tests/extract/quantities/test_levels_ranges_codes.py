"""Round-8 families: a bare level a change verb reaches ('raised the toll to 212', 'edged down
2% to 4,300'), a hyphen range after a change preposition ('fell by 6-8 degrees', 'from 0.7-1%'),
currency codes before a sum ('PKR 5bn', 'KES 40 million'), 'put at' as no bound, and an age
after 'the age of'."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Officials raised the death toll to 212 on Sunday evening.", "212", 212),
        ("Calls to the helpline rose to 4,300 in the week after the storm.", "4,300", 4300),
        ("New-car sales edged down 1.8% to 229,600 in March.", "229,600", 229600),
        ("The regulator has cut the number of licences to 40.", "40", 40),
    ],
)
def test_a_bare_level_a_change_verb_reaches_is_a_quantity(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_value"] == value and row["quantity_item"]


@pytest.mark.parametrize(
    ("text", "anchor", "low", "high"),
    [
        ("Temperatures are set to fall by 6-8 degrees over the weekend.", "6-8", 6, 8),
        ("Insurance premiums eased to 0.5% from 0.7-1% in the spring.", "0.7-1%", 0.7, 1),
        ("Output could drop by 10-15% next year, the miners warned.", "10-15%", 10, 15),
        ("Fares rose by 3-4 euros on most routes.", "3-4", 3, 4),
    ],
)
def test_a_hyphen_range_after_a_change_preposition_is_one_range(
    claims_of: Rows, text: str, anchor: str, low: float, high: float
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_bound"], row["quantity_low"], row["quantity_high"]) == (
        "range",
        low,
        high,
    )


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("The government set aside PKR 5bn in flood relief.", "PKR 5bn", 5e9, "PKR"),
        ("Nairobi will spend KES 40 million on new pumps.", "KES 40 million", 4e7, "KES"),
        ("The central bank sold EGP 12 billion of bonds.", "EGP 12 billion", 1.2e10, "EGP"),
        ("Farmers received NGN 300 million in grants.", "NGN 300 million", 3e8, "NGN"),
    ],
)
def test_a_currency_code_before_a_sum_is_its_unit(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The minister put the cost at EUR 410 million a year.", "EUR 410 million"),
        ("Analysts put the harvest at 63 million bags.", "63 million bags"),
        ("She put the bill at $2.1 billion.", "$2.1 billion"),
        ("The union puts the shortfall at 12,000 teachers.", "12,000 teachers"),
    ],
)
def test_put_at_is_no_approximation(claims_of: Rows, text: str, anchor: str) -> None:
    assert found(claims_of, text, anchor)["quantity_bound"] == "eq"


@pytest.mark.parametrize(
    "text",
    [
        "Only 62% of children were vaccinated by the age of five.",
        "Most players retire at the age of 35.",
        "Pupils may leave school at the age of 16, the law says.",
        "She began working at the age of 12.",
    ],
)
def test_an_age_after_the_age_of_is_no_quantity(claims_of: Rows, text: str) -> None:
    values = {r["quantity_value"] for r in claims_of(text, "quantity")}
    assert values <= {62}


@pytest.mark.parametrize(
    ("text", "anchor", "unit"),
    [
        ("The council renewed its arms embargo on the region for another year.", "year", "years"),
        ("Ministers Extend Travel Bans On Junta Leaders For A Year", "Year", "years"),
        ("The bloc has prolonged the asset freezes by a further month.", "month", "months"),
        ("The mandate was extended for a full year in March.", "year", "years"),
    ],
)
def test_the_term_of_an_extension_written_with_an_article_is_one_unit(
    claims_of: Rows, text: str, anchor: str, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (1, unit)


@pytest.mark.parametrize(
    "text",
    [
        "Prices held for a year before the crash.",
        "She lived in Kyiv for a year.",
        "The talks stalled for a week.",
        "He extended his hand to the minister.",
    ],
)
def test_a_stretch_of_time_with_no_extension_verb_is_no_term(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "quantity") == []


@pytest.mark.parametrize(
    "text",
    [
        "Copper rose 8% on the previous three months.",
        "Sales were 5% higher than in the preceding six weeks.",
        "Exports fell 2% from the previous two months.",
        "Output grew 3% on the preceding 12 months.",
    ],
)
def test_the_previous_months_a_change_is_set_against_are_no_duration(
    claims_of: Rows, text: str
) -> None:
    units = [r["quantity_unit"] for r in claims_of(text, "quantity")]
    assert units == ["%"]


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Storm hits the coast, 2 dead and 40,000 homes without power", "40,000", 40000),
        ("The blast left 14 dead and 200 homes damaged.", "200", 200),
        ("Ferry capsizes: 9 dead, 31 missing and 120 rescued", "120", 120),
        ("Landslide leaves 3 dead and 12 houses buried", "12", 12),
    ],
)
def test_a_count_of_the_dead_does_not_swallow_the_figure_after_it(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    assert found(claims_of, text, anchor)["quantity_value"] == value
    first = found(claims_of, text, text.split(" dead")[0].split()[-1])
    assert first["quantity_item"] == "dead people"  # as a tally is (test_items_dead_tallies)


@pytest.mark.parametrize(
    "text",
    [
        "Yields on 10-year TES bonds dropped to 11.3%.",
        "The 10-year Treasury yield rose to 4.2%.",
        "Two-year German bonds rallied as yields fell to 2.1%.",
        "The 30-year gilt yields climbed to 5.3%.",
    ],
)
def test_a_bond_maturity_names_the_bond_and_is_no_duration(claims_of: Rows, text: str) -> None:
    assert [r["quantity_unit"] for r in claims_of(text, "quantity")] == ["%"]


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("The union wants back 6 years, 6 months and 23 days of service.", "6 months", 6, "years"),
        ("The council has two months and ten days to appeal.", "ten days", 2, "months"),
        ("The crossing took 2 hours and 30 minutes.", "30 minutes", 2.5, "hours"),
        ("Talks ran for three days, 11 hours to agree a text.", "11 hours", 3, "days"),
    ],
)
def test_a_duration_written_in_parts_is_one_stretch(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)
    assert len(claims_of(text, "quantity")) == 1


def test_a_duration_then_another_count_stays_two_figures(claims_of: Rows) -> None:
    text = "The strike lasted 3 days, and 400 workers joined it."
    assert [r["quantity_value"] for r in claims_of(text, "quantity")] == [3, 400]


@pytest.mark.parametrize(
    ("text", "anchor", "bound", "unit"),
    [
        ("Staff kept records on paper for more than a week.", "a week", "gt", "weeks"),
        ("The blockade held for almost a month, envoys said.", "a month", "approx", "months"),
        ("The fire took nearly a day to put out.", "a day", "approx", "days"),
        ("The sale closed in less than a month.", "a month", "lt", "months"),
    ],
)
def test_a_bounded_unit_of_time_with_an_article_is_a_duration(
    claims_of: Rows, text: str, anchor: str, bound: str, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_bound"], row["quantity_unit"]) == (1, bound, unit)


@pytest.mark.parametrize(
    "text",
    [
        "Exports were 9% less than a year earlier.",
        "The port reopened less than a week ago.",
        "Workers earn $500 a week.",
        "The talks lasted a week.",
    ],
)
def test_a_dated_or_bare_unit_of_time_is_no_bounded_duration(claims_of: Rows, text: str) -> None:
    assert all(r["quantity_value"] != 1 for r in claims_of(text, "quantity"))
