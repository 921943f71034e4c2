"""Currencies written as letters before the figure (units.json): 'RM' (ringgit) and 'N' (naira)
glued to a scaled figure, 'Tk' (taka) and 'SI$' (Solomon Islands dollar) as a sign."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("The state set aside RM2.6 billion for new schools.", "RM2.6 billion", 2.6e9, "MYR"),
        ("Contracts above RM40 million will be tendered openly.", "RM40 million", 4e7, "MYR"),
        ("Police said the ring had moved N7.4bn through shell firms.", "N7.4bn", 7.4e9, "NGN"),
        ("The agency traced Tk 420 crore to offshore companies.", "Tk 420 crore", 4.2e9, "BDT"),
        ("Log exports earned about SI$2.4bn last year.", "SI$2.4bn", 2.4e9, "SBD"),
    ],
)
def test_letter_currencies_are_money(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_value"] == pytest.approx(value)
    assert row["quantity_unit"] == unit


@pytest.mark.parametrize(
    "text",
    ["Nurses asked for N95 masks.", "The RM5 motorway exit was closed."],
)
def test_letters_on_an_unscaled_number_stay_names(claims_of: Rows, text: str) -> None:
    assert not [r for r in claims_of(text, "quantity") if r.get("quantity_unit") in ("NGN", "MYR")]
