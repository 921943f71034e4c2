"""'the bourse delisted the miner', 'the exchange plans to delist the developer': an exchange
that takes a company off its board acts against it (imposed, or planned when it is to come), no
lifting of sanctions; a state's delisting of sanctioned targets stays a lifting (sanctions.json
`exchange_delistings`)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows

DELISTINGS = [
    ("The Thai bourse plans to delist the property developer next month.", "planned"),
    (
        "The Stock Exchange of Malaysia has censured the builder and"
        " may delist the firm later this year.",
        "planned",
    ),
    ("Kenya's securities exchange delisted the tea grower on Monday.", "imposed"),
    ("The Nigerian exchange has delisted two insurers that failed to file accounts.", "imposed"),
]

LIFTINGS = [
    "The US Treasury delisted two Venezuelan tankers on Friday.",
    "Britain delisted a former minister of Syria on Tuesday.",
]


@pytest.mark.parametrize(("text", "status"), DELISTINGS)
def test_an_exchange_delisting_acts_against_the_company(
    claims_of: Rows, text: str, status: str
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == status


@pytest.mark.parametrize("text", LIFTINGS)
def test_a_state_delisting_stays_a_lifting(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == "lifted"
