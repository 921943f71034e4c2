"""Two bare figures joined by 'or' are a range, a converted sum keeps
the estimate it converts, 'as few as' marks the level reached, and 'adds up to N ... to X' bounds N."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "low", "high"),
    [
        ("Some call centres employ 40 or 50 people.", "40", 40, 50),
        ("Each boat carried 20 or 30 migrants.", "20", 20, 30),
        ("The talks could take 2 or 3 more weeks.", "2", 2, 3),
        ("Up to now 100 or 150 families have left.", "100", 100, 150),
    ],
)
def test_two_bare_figures_joined_by_or_are_a_range(
    claims_of: Rows, text: str, anchor: str, low: float, high: float
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_bound"], row["quantity_low"], row["quantity_high"]) == (
        "range",
        low,
        high,
    )


def test_two_prices_joined_by_or_stay_two_figures(claims_of: Rows) -> None:
    text = "Trucks pay $14.40 or $21.60 depending on size."
    values = sorted(r["quantity_value"] for r in claims_of(text, "quantity"))
    assert values == [14.4, 21.6]


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Accounts holding about 310 million shillings ($2.4 million) were frozen.", "2.4"),
        ("Congestion costs an estimated Rp 100 trillion ($6.2bn) a year.", "6.2"),
        ("The fund lost roughly 41 million lei (EUR 8.2 million) last year.", "8.2"),
        ("The deal is worth some NOK 1.2bn ($110m), the firm said.", "110m"),
    ],
)
def test_a_converted_sum_keeps_the_estimate_it_converts(
    claims_of: Rows, text: str, anchor: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_bound"] == "approx"


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Slots were cut from 36 a day to as few as 22.", "22"),
        ("Diggers earn as little as $3 a day.", "3 a day"),
        ("Prices fell to as low as P18 a kilo.", "18"),
        ("The queue shrank to as few as nine ships.", "nine"),
    ],
)
def test_as_few_as_marks_the_level_reached(claims_of: Rows, text: str, anchor: str) -> None:
    assert found(claims_of, text, anchor)["quantity_bound"] == "eq"


@pytest.mark.parametrize(
    ("text", "anchor", "bound"),
    [
        ("The detour adds up to ten days to each trip.", "ten", "lte"),
        ("Ships went round the Cape, adding up to 18 days to a voyage.", "18", "lte"),
        ("The firm added up to 50 staff to its payroll.", "50", "lte"),
        ("For a large bulker that adds up to $300,000 a voyage.", "300,000", "eq"),
    ],
)
def test_add_up_to_with_a_destination_bounds_the_figure(
    claims_of: Rows, text: str, anchor: str, bound: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_bound"] == bound


def test_a_share_restating_an_estimate_is_a_figure_of_its_own(claims_of: Rows) -> None:
    text = "The detour absorbed an estimated 1.5 million TEU of capacity, or 5.5% of the fleet."
    assert found(claims_of, text, "5.5%")["quantity_bound"] == "eq"
