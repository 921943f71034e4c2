"""Numbers a transcript spells out as they are spoken: a decimal word ('four point two million'),
'and' after a scale word ('three hundred and six'), a comma after 'thousand' before a smaller part;
and number words a notice repeats in digits in brackets ('thirty (30) days')."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        (
            "HOST: Officials say about eight point four million dollars went missing.",
            "eight point four million",
            8.4e6,
        ),
        (
            "The regulator fined the bank three point five billion shillings last year.",
            "three point five billion",
            3.5e9,
        ),
        (
            "GUEST: Turnout fell to fifty-two point seven percent this time.",
            "fifty-two point seven percent",
            52.7,
        ),
        (
            "REPORTER: Prices have risen one point nine percent since March.",
            "one point nine percent",
            1.9,
        ),
    ],
)
def test_a_decimal_word_carries_the_digits_after_it(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_value"] == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        (
            "GUEST: We counted three hundred and six pupils on the register.",
            "three hundred and six",
            306,
        ),
        (
            "HOST: Some two thousand, four hundred and eighty voters were turned away.",
            "two thousand, four hundred and eighty",
            2480,
        ),
        (
            "The audit found seven hundred and fifty million naira unaccounted for.",
            "seven hundred and fifty million",
            7.5e8,
        ),
        (
            "CALLER: A hundred and twenty families have lost their homes.",
            "A hundred and twenty",
            120,
        ),
    ],
)
def test_and_and_a_comma_join_the_parts_of_a_spoken_number(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_value"] == pytest.approx(value)
    assert text.index(anchor) >= row["span_start"]


def test_a_comma_between_two_round_amounts_keeps_them_apart(claims_of: Rows) -> None:
    text = "Organisers sold one thousand, two thousand and then five thousand tickets."
    values = sorted(r["quantity_value"] for r in claims_of(text, "quantity"))
    assert 3000 not in values


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        (
            "The freezing order is valid for thirty (30) days from today.",
            "thirty (30) days",
            30,
            "days",
        ),
        ("The authority extended the suspension by six (6) months.", "six (6) months", 6, "months"),
        (
            "Each licence will run for fifteen (15) years under the new code.",
            "fifteen (15) years",
            15,
            "years",
        ),
        (
            "Creditors were given twenty-one (21) days to lodge their claims.",
            "twenty-one (21) days",
            21,
            "days",
        ),
    ],
)
def test_number_words_restated_in_bracketed_digits(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_value"] == pytest.approx(value)
    assert row["quantity_unit"] == unit
