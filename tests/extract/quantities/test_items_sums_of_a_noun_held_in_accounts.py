"""A sum that a noun holds through 'of' ('client assets of $2m') counts that noun even when an
'in' phrase after it names the accounts or wallets that hold it; with no such noun the sum in
accounts counts the funds (test_items_sums_held_in_accounts)."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The firm held client assets of about £1.1 million in some 4,200 customer accounts.",
            "£1.1 million",
            "client assets",
        ),
        (
            "The broker kept customer deposits of roughly $3.4 million in 900 trading accounts.",
            "$3.4 million",
            "customer deposits",
        ),
        (
            "Auditors traced savings of EUR 2 million in three accounts the mayor controlled.",
            "EUR 2 million",
            "savings",
        ),
        (
            "Pension reserves of more than R45m will be kept in two ring-fenced bank accounts.",
            "R45m",
            "pension reserves",
        ),
    ],
)
def test_the_noun_a_sum_is_of_is_counted(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


def test_a_holder_of_a_sum_still_counts_the_funds(claims_of: Rows) -> None:
    text = "Police froze accounts of about $2 million in three banks."
    assert found(claims_of, text, "$2 million")["quantity_item"] != "accounts"


def test_the_accounts_after_the_sum_are_still_counted(claims_of: Rows) -> None:
    text = "The firm held client assets of about £1.1 million in some 4,200 customer accounts."
    accounts = found(claims_of, text, "4,200 customer accounts")
    assert (accounts["quantity_value"], accounts["quantity_item"]) == (4200, "customer accounts")
