"""A sum in a currency word that names no one currency ('dinars', 'crowns', 'shillings' with no
country said, units.json qualified_only) has no unit, but it is a sum all the same: its item is
what any sum's would be (the money verb's noun, its 'in' phrase), never the currency word."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Savers deposited about 40 million dinars with the co-operative.",
            "40 million",
            "deposits",
        ),
        ("He later repaid 150,000 dinars to the families.", "150,000 dinars", "repayment"),
        (
            "The fund has so far paid out 2.4 billion shillings to growers.",
            "2.4 billion",
            "payment",
        ),
        ("The regulator fined the broker 3 million crowns on Monday.", "3 million crowns", "fine"),
    ],
)
def test_a_money_verb_names_a_sum_in_a_bare_currency_word(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Police traced around 11 million dinars to the shell firm.", "11 million dinars"),
        ("Officers seized 400,000 shillings from the house.", "400,000 shillings"),
        ("About 90 million crowns were found in the accounts.", "90 million crowns"),
        ("Investigators say 2 million dinars vanished from the charity.", "2 million dinars"),
    ],
)
def test_a_bare_currency_word_is_never_the_item(claims_of: Rows, text: str, anchor: str) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_item"] not in ("dinars", "shillings", "crowns")


def test_a_sum_converted_after_a_bare_currency_word_is_the_same_money(claims_of: Rows) -> None:
    text = "Investors deposited about 37 million dinars, or roughly $52 million, with the firm."
    assert found(claims_of, text, "$52 million")["quantity_item"] == "deposits"
    assert found(claims_of, text, "$52 million")["quantity_bound"] == "approx"
