"""A currency's small coin ('satang', 'baisas', 'piastres', 'halalas') is money in its currency
at the coin's scale, and unit words written out in full or in a local spelling ('kilos', 'leks',
'Nu', 'cubic hectometres') are units: the figure's item is then what the sum or measure is of,
never the coin or unit word itself."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit", "item"),
    [
        (
            "The power surcharge will rise to 41.5 satang.",
            "41.5 satang",
            0.415,
            "THB",
            "power surcharge",
        ),
        (
            "The fish auction price fell to 380 baisas.",
            "380 baisas",
            0.38,
            "OMR",
            "fish auction price",
        ),
        ("The bus fare went up to 75 piastres.", "75 piastres", 0.75, "EGP", "bus fare"),
        ("The delivery fee was cut to 50 halalas.", "50 halalas", 0.5, "SAR", "delivery fee"),
    ],
)
def test_a_currency_coin_is_money_at_its_scale(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_value"] == pytest.approx(value)
    assert (row["quantity_unit"], row["quantity_item"]) == (unit, item)


@pytest.mark.parametrize(
    ("text", "anchor", "unit", "item"),
    [
        (
            "Growers picked 14 million kilos of tea leaf in March.",
            "14 million kilos",
            "kg",
            "tea leaf",
        ),
        (
            "The port authority spent 2.3 billion leks on dredging.",
            "2.3 billion leks",
            "ALL",
            "dredging spending",
        ),
        (
            "The new dam will store 60 cubic hectometres of water.",
            "60 cubic hectometres",
            "hm³",
            "water",
        ),
        ("The hotel levy brought in Nu 410 million in grants.", "Nu 410 million", "BTN", "grants"),
    ],
)
def test_a_unit_word_is_the_unit_not_the_item(
    claims_of: Rows, text: str, anchor: str, unit: str, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_unit"], row["quantity_item"]) == (unit, item)


@pytest.mark.parametrize(
    "note",
    [
        "(EUR 1 = BGN 1.96)",
        "(US$1 = Nu 84.2; Nu 1 = INR 1)",
        "Rate used: GBP 1 = USD 1.27.",
        "(A$1 = NZ$1.09)",
    ],
)
def test_an_exchange_rate_note_between_two_currency_marks_is_no_claim(
    claims_of: Rows, note: str
) -> None:
    text = f"The contract is priced in local currency. {note}"
    assert claims_of(text, "quantity") == []


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("The ministry paid KD 3,400 to each family.", "KD 3,400", 3400.0, "KWD"),
        ("Port revenue reached RO 61.2 million in 2025.", "RO 61.2 million", 61200000.0, "OMR"),
        ("The council set aside Rf 8m for sea walls.", "Rf 8m", 8000000.0, "MVR"),
        ("The utility's debt stood at Bt 12.4 billion.", "Bt 12.4 billion", 12400000000.0, "THB"),
        ("Tea fetched Rs. 1,150 a kilo at the auction.", "Rs. 1,150", 1150.0, "INR"),
        ("Police seized cash of RM2.3mil from the syndicate.", "RM2.3mil", 2300000.0, "MYR"),
    ],
)
def test_a_currency_s_short_mark_before_the_figure_makes_it_money(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)
