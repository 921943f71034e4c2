"""Scale words beyond million and billion: the South Asian lakh and crore (alone, compounded as
'lakh crore', glued as '45cr'), wire-service 'bln', and the rupee written as 'Rs' or '₹'."""

from __future__ import annotations

import pytest

from claims.extract.numbers import parse_digits, parse_tokens
from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("words", "value"),
    [
        (["2", "lakh", "crore"], 2e12),
        (["a", "thousand", "million"], 1e9),
        (["one", "million", "two", "hundred", "thousand"], 1.2e6),
        (["two", "hundred", "thousand"], 2e5),
        (["65", "crores"], 6.5e8),
        (["3.5", "lakh"], 3.5e5),
    ],
)
def test_a_scale_after_a_scale_multiplies_it(words: list[str], value: float) -> None:
    assert parse_tokens(words) == pytest.approx(value)


def test_glued_scale_letters_of_other_notations() -> None:
    assert parse_digits("45cr") == pytest.approx(4.5e8)
    assert parse_digits("7.2bln") == pytest.approx(7.2e9)


@pytest.mark.parametrize(
    ("text", "anchor", "value", "bound", "unit"),
    [
        (
            "The state budget sets aside Rs 3,450 crore for irrigation canals.",
            "Rs 3,450 crore",
            3.45e10,
            "eq",
            "INR",
        ),
        (
            "Investors pulled ₹1.8 lakh crore out of equity funds in the quarter.",
            "₹1.8 lakh crore",
            1.8e12,
            "eq",
            "INR",
        ),
        (
            "Nearly 12 lakh students sat the entrance exam.",
            "12 lakh students",
            1.2e6,
            "approx",
            None,
        ),
        (
            "The regulator fined the broker INR 25 lakh on Friday.",
            "INR 25 lakh",
            2.5e6,
            "eq",
            "INR",
        ),
        (
            "The insurer has paid out more than Rs 640 crore in crop claims.",
            "Rs 640 crore",
            6.4e9,
            "gt",
            "INR",
        ),
        ("The carrier reported a net loss of Rs 95cr for the year.", "Rs 95cr", 9.5e8, "eq", "INR"),
        ("Exports were valued at 3.4 bln dollars in May.", "3.4 bln dollars", 3.4e9, "eq", "USD"),
        (
            "Shares of the lender opened at Rs 318 and closed at Rs 305.60.",
            "Rs 305.60",
            305.6,
            "eq",
            "INR",
        ),
    ],
)
def test_lakh_crore_and_the_rupee(
    claims_of: Rows, text: str, anchor: str, value: float, bound: str, unit: str | None
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_bound"], row["quantity_unit"]) == (
        pytest.approx(value),
        bound,
        unit,
    )
