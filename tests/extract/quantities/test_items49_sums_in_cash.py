"""A sum written as held 'in cash' counts the cash, whatever verb takes it (seized, found,
exchanged, carried); a sum paid in cash stays a payment, and a price paid for something in cash
stays what the rules read it as."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Customs officers seized about EUR 400,000 in cash at the border post.", "EUR 400,000"),
        ("Detectives found more than $2 million in cash inside the farmhouse.", "$2 million"),
        ("The bureau had exchanged 9 million rand in cash for walk-in clients.", "9 million rand"),
        ("Some £85,000 in cash was discovered under the floor of the garage.", "£85,000"),
        (
            "A courier will carry roughly USD 300,000 in cash and 40 watches, agents said.",
            "USD 300,000",
        ),
    ],
)
def test_a_sum_in_cash_counts_the_cash(claims_of: Rows, text: str, anchor: str) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == "cash"


def test_a_sum_paid_in_cash_stays_a_payment(claims_of: Rows) -> None:
    text = "The ministry paid $1,200 in cash to each family that lost a home."
    assert found(claims_of, text, "$1,200")["quantity_item"] == "payment"


def test_a_price_paid_in_cash_is_no_cash_holding(claims_of: Rows) -> None:
    text = "He bought the lorry in 2023 for €61,000 in cash."
    assert found(claims_of, text, "€61,000")["quantity_item"] != "cash"


def test_cash_and_other_holdings_keep_both(claims_of: Rows) -> None:
    text = "Agents recovered $3.4m in cash and gold coins from the safe."
    assert found(claims_of, text, "$3.4m")["quantity_item"] == "cash and gold coins"
