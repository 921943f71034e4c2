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
