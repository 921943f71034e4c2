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


@pytest.mark.parametrize(
    ("text", "anchor", "value", "per"),
    [
        ("A bunch of bananas now sells for ST 12 at the Fugalei stalls.", "ST 12", 12, None),
        ("The council charged ST 250,000 in market fees last year.", "ST 250,000", 250000, None),
        ("Growers were paid ST 4 a kilogram for cocoa beans.", "ST 4", 4, "kg"),
        ("Families received WS$300 a month from the relief fund.", "WS$300", 300, "month"),
    ],
)
def test_samoan_tala_sign_is_money(
    claims_of: Rows, text: str, anchor: str, value: float, per: str | None
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_value"] == pytest.approx(value)
    assert row["quantity_unit"] == "WST"
    if per:
        assert row["quantity_per"] == per


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("The price of a loaf climbed by 40 sene in a month.", "40 sene", 0.4),
        ("Bus tickets will cost 80 sene more from Monday.", "80 sene", 0.8),
        ("A kilo of sugar dropped 25 sene after the tax cut.", "25 sene", 0.25),
    ],
)
def test_sene_are_hundredths_of_a_tala(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_value"] == pytest.approx(value)
    assert row["quantity_unit"] == "WST"
