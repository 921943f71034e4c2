"""A court named by the seat of a small state's government ('the Kingstown High Court', 'a court in
Praia') or a body named with the state's other name ('a court in St Vincent', "Cape Verde's judicial
police") acts for that state, under the short name the gold gives it; a development bank that
debars firms is its own authority, not another bank named in the same story."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, only


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "A court in Praia on Tuesday froze the assets of six men and three companies.",
            "Cabo Verde",
        ),
        (
            "The Kingstown High Court has granted a freezing order over the assets of two charter "
            "firms and their director.",
            "St Vincent and the Grenadines",
        ),
        (
            "A court in St Vincent last week froze the bank accounts of four people accused of fraud.",
            "St Vincent and the Grenadines",
        ),
        (
            "Cape Verde's judicial police froze 17 bank accounts belonging to the network.",
            "Cabo Verde",
        ),
        ("A Willemstad court will freeze the accounts of two lottery operators.", "Curaçao"),
    ],
)
def test_a_small_states_court_by_its_seat(claims_of: Rows, text: str, state: str) -> None:
    assert only(claims_of, text)["sanction_authorities"] == [state]


@pytest.mark.parametrize(
    ("text", "bank"),
    [
        (
            "The Islamic Development Bank has debarred a Djibouti road builder for three years.",
            "Islamic Development Bank",
        ),
        (
            "The IsDB on Monday debarred two engineering firms over bid rigging.",
            "Islamic Development Bank",
        ),
        (
            "The African Development Bank has debarred a Kenyan supplier for 18 months.",
            "African Development Bank",
        ),
        (
            "Two consultancies were debarred by the Islamic Development Bank for fraud.",
            "Islamic Development Bank",
        ),
    ],
)
def test_each_development_bank_is_its_own_authority(claims_of: Rows, text: str, bank: str) -> None:
    assert only(claims_of, text)["sanction_authorities"] == [bank]
