"""Round-5 families, four sentences of our own each (other words, tenses, notations): currency
signs the tokenizer leaves on the number, 'per' phrases whose base noun has modifiers, and the
other families read from dev_h's and dev_g's errors (see each test's name)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.quantities.test_item_families import found

Rows = Callable[..., list[dict[str, Any]]]


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        (
            "Taipei will spend an extra NT$48 billion on coastal radars.",
            "NT$48 billion",
            48e9,
            "TWD",
        ),
        ("Farm debts of GH¢ 1.7 billion were written off in May.", "GH¢ 1.7 billion", 1.7e9, "GHS"),
        ("The board paid growers GH₵900 million last season.", "GH₵900 million", 9e8, "GHS"),
        ("Petrobras booked R$12 billion in profit over the quarter.", "R$12 billion", 12e9, "BRL"),
    ],
)
def test_a_currency_sign_glued_to_the_number_is_its_unit(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)


@pytest.mark.parametrize(
    ("text", "anchor", "value", "per", "item"),
    [
        (
            "The board lifted the cocoa price to GH¢ 3,100 per 64kg bag for the new crop.",
            "GH¢ 3,100",
            3100,
            "bag",
            "cocoa price",
        ),
        (
            "Millers now pay $240 per 50-kg sack of flour.",
            "$240",
            240,
            "sack",
            None,
        ),
        (
            "The detour put the extra fuel bill at about $650,000 per round trip.",
            "$650,000",
            650_000,
            "trip",
            "extra fuel bill",
        ),
        (
            "Spot rates ended May at $3,900 per forty-foot box, a carrier said.",
            "$3,900",
            3900,
            "box",
            None,
        ),
    ],
)
def test_a_per_phrase_with_modifiers_is_the_base_not_a_count(
    claims_of: Rows, text: str, anchor: str, value: float, per: str, item: str | None
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_per"]) == (value, per)
    if item is not None:
        assert row["quantity_item"] == item
    base = text.index("per") + 4
    assert not [
        r
        for r in claims_of(text, "quantity")
        if r["span_start"] >= base and r["quantity_value"] != value
    ]


def _page(line: str) -> str:
    return f"Weekly data\n\n{line}\n"


@pytest.mark.parametrize(
    ("line", "anchor", "item"),
    [
        ("Idle tanker fleet: 1.2% of capacity", "1.2%", "idle tanker fleet"),
        (
            "Average transit time: 41 days, versus 30 before the closure",
            "41 days",
            "average transit time",
        ),
        ("Chicago wheat (Mar): $540/t | m/m: -3.5%", "$540", "chicago wheat"),
        ("Bosporus transits (all ship types): 3,410", "3,410", "bosporus transits"),
        ("Lira (street rate): 41.2 per $", "41.2", "lira"),
        ("Load: about 40,000 tonnes of urea", "40,000 tonnes", "urea"),
    ],
)
def test_a_label_line_names_what_its_figure_measures(
    claims_of: Rows, line: str, anchor: str, item: str
) -> None:
    assert found(claims_of, _page(line), anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("line", "anchor", "item"),
    [
        ("Chicago wheat (Mar): $540/t | m/m: -3.5% | y/y: -12%", "-12%", "chicago wheat"),
        (
            "Bosporus transits (all ship types): 3,410 (June 2024: 3,902)",
            "3,902",
            "bosporus transits",
        ),
        ("Lira (street rate): 41.2 per $ (Monday: 40.8)", "40.8", "lira"),
        ("Ghana arrivals: 0.52 mt (prev. season 0.61 mt)", "0.61 mt", "ghana arrivals"),
        (
            "Average transit time: 41 days, versus 30 before the closure",
            "30",
            "average transit time",
        ),
    ],
)
def test_a_change_or_earlier_figure_beside_a_label_line_measures_the_same_thing(
    claims_of: Rows, line: str, anchor: str, item: str
) -> None:
    assert found(claims_of, _page(line), anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("line", "anchor", "item"),
    [
        ("Q3 2025: copper $9,400 | nickel $16,200", "$9,400", "copper"),
        ("Q3 2025: copper $9,400 | nickel $16,200", "$16,200", "nickel"),
        ("Brent $82 | WTI $78", "$78", "wti"),
        ("Week 12: soybeans $410 | corn $190", "$190", "corn"),
    ],
)
def test_a_name_before_a_sum_in_a_table_row_is_what_is_priced(
    claims_of: Rows, line: str, anchor: str, item: str
) -> None:
    assert found(claims_of, _page(line), anchor)["quantity_item"] == item
