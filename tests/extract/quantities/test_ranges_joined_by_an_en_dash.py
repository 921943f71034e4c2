"""Two figures joined by an en dash, which the tokenizer leaves as one token ('30,000–50,000',
'NZ$420–460 million'), are a range like their hyphened form; two years so joined are a span of
years, no quantity."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "low", "high", "unit"),
    [
        (
            "Couriers were paid 20,000\u201340,000 rubles per trip.",
            "20,000",
            20000.0,
            40000.0,
            "RUB",
        ),
        (
            "The utility expects to spend NZ$310\u2013350 million on its grid.",
            "NZ$310",
            310_000_000.0,
            350_000_000.0,
            "NZD",
        ),
        ("Some 30\u201350 fishing boats stayed in port.", "30", 30.0, 50.0, None),
        ("Analysts see inflation at 3.5\u20134% next year.", "3.5", 3.5, 4.0, "%"),
        ("Tickets will cost \u20ac12\u201318 each.", "\u20ac12", 12.0, 18.0, "EUR"),
    ],
)
def test_an_en_dashed_pair_of_figures_is_a_range(
    claims_of: Rows, text: str, anchor: str, low: float, high: float, unit: str | None
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_bound"], row["quantity_low"], row["quantity_high"]) == (
        "range",
        low,
        high,
    )
    assert row["quantity_unit"] == unit


@pytest.mark.parametrize(
    "text",
    ["The 1990\u20132000 period saw growth.", "In the 2019\u201320 season, exports rose."],
)
def test_an_en_dashed_pair_of_years_is_no_range(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "quantity") == []
