"""Sums in the currencies of smaller states, written by name ('ariary', 'vatu') or by symbol
('BZ$') or code in a table bracket ('(SCR million)'), are money in that currency."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("Collectors paid 52,000 ariary per kilo in the north.", "52,000 ariary", 52000.0, "MGA"),
        ("A return ferry ticket now costs 4,800 vatu.", "4,800 vatu", 4800.0, "VUV"),
        (
            "The ministry set aside BZ$12.5 million for flood repairs.",
            "BZ$12.5 million",
            12_500_000.0,
            "BZD",
        ),
        (
            "Government deposits, May 2026 (SCR million) ...... 3,115\n",
            "3,115",
            3_115_000_000.0,
            "SCR",
        ),
    ],
)
def test_a_small_states_currency_is_money(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)
