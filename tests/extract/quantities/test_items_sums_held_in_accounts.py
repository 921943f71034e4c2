"""A sum accounts or wallets hold counts the money held (the holder's balances), and one only
said to be in them the funds, not the accounts; a count of accounts still counts the accounts."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The accounts held about $4 million when they were frozen.", "$4 million"),
        ("The unit froze 23 bank accounts holding about R6.3m.", "R6.3m"),
        ("Both accounts now hold less than 40,000 euros.", "40,000"),
        ("Two savings accounts, which had held some £75,000, were emptied.", "£75,000"),
        ("A judge blocked nine accounts containing roughly KES 12 million.", "KES"),
    ],
)
def test_a_sum_accounts_hold_counts_their_balances(claims_of: Rows, text: str, anchor: str) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == "account balances"


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Police froze N18.2bn in 87 accounts linked to the ring.", "N18.2bn"),
        ("Investigators found EUR 900,000 in crypto wallets owned by the pair.", "EUR 900,000"),
        ("The court froze GBP 2.4 million in the firm's accounts on Monday.", "GBP 2.4 million"),
        ("Regulators seized $800,000 in 12 wallets tied to the scheme.", "$800,000"),
    ],
)
def test_a_sum_only_said_to_be_in_accounts_counts_the_funds(
    claims_of: Rows, text: str, anchor: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == "funds"


def test_a_count_of_accounts_counts_the_accounts(claims_of: Rows) -> None:
    text = "The scheme ran through 23 bank accounts that held about R6.3m."
    assert found(claims_of, text, "23 bank accounts")["quantity_item"] == "bank accounts"
