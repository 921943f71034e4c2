"""A currency letter (units.json letter_symbols) set apart from its figure by a space ('L 4.5
million', 'Q 12,800') is money as the glued form is: only with a scale on the figure, a
thousands comma, cents or a price base after it; a letter before a bare small number, or one
that ends a name ('Plan B 2'), stays no currency."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        (
            "The customs office collected L 46.2 million in duties last year.",
            "46.2 million",
            4.62e7,
            "HNL",
        ),
        ("Each coffee grower will receive Q 12,800 from the fund.", "12,800", 12800, "GTQ"),
        (
            "A court ordered the company to repay R 3.4 billion to the utility.",
            "3.4 billion",
            3.4e9,
            "ZAR",
        ),
        (
            "The minimum price for a bag has been set at P 52.75 by the board.",
            "52.75",
            52.75,
            "PHP",
        ),
    ],
)
def test_a_spaced_currency_letter_is_money(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "The report's Annex L 4 lists the stations.",
        "Trains on line P 7 were cancelled for the day.",
    ],
)
def test_a_spaced_letter_before_a_bare_number_is_no_currency(claims_of: Rows, text: str) -> None:
    assert all(r["quantity_unit"] is None for r in claims_of(text, "quantity"))


def test_a_range_in_a_spaced_currency_letter_is_one_range(claims_of: Rows) -> None:
    text = "Used tractors sell for between L 240,000 and L 610,000 at the auction."
    row = found(claims_of, text, "240,000")
    assert (row["quantity_bound"], row["quantity_low"], row["quantity_high"]) == (
        "range",
        240000,
        610000,
    )
    assert row["quantity_unit"] == "HNL"
