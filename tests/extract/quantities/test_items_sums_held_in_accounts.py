"""A sum held in accounts or wallets counts the money held (funds), not the accounts that hold
it; a count of accounts still counts the accounts."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Police froze N18.2bn in 87 accounts linked to the ring.", "N18.2bn"),
        ("The accounts held about $4 million when they were frozen.", "$4 million"),
        ("The unit froze 23 bank accounts holding about R6.3m.", "R6.3m"),
        ("Investigators found EUR 900,000 in crypto wallets owned by the pair.", "EUR 900,000"),
    ],
)
def test_a_sum_in_accounts_counts_the_funds(claims_of: Rows, text: str, anchor: str) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == "funds"


def test_a_count_of_accounts_counts_the_accounts(claims_of: Rows) -> None:
    text = "The scheme ran through 23 bank accounts that held about R6.3m."
    assert found(claims_of, text, "23 bank accounts")["quantity_item"] == "bank accounts"
