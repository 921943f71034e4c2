"""A list of what a freeze covers that opens with counted holdings ('12 bank accounts, five cars
and a bakery') counts every item of it as a group of kind other: counted nouns no target list
holds (vans, tractors, wallets), a singular item with its indefinite article (one), and property
that is also a business word ('three houses'), while craft keep their own kind."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, last_counts

LEAD = "A court in Tallinn froze the assets of four people on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The order covers 12 bank accounts, five cars and a bakery in Narva.", {"other": 18}),
        (
            "The freeze covers 30 accounts, four delivery vans, two tractors and a grain dryer.",
            {"other": 37},
        ),
        (
            "Prosecutors froze 9 accounts, 3 houses in Tartu and 6 mobile wallets last week.",
            {"other": 18},
        ),
        (
            "The freeze will cover 15 bank accounts, two yachts and an old warehouse.",
            {"other": 16, "vessel": 2},
        ),
    ],
)
def test_every_item_of_a_holdings_list_is_counted(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert last_counts(claims_of, LEAD + text) == expected


def test_a_company_after_holdings_keeps_its_kind(claims_of: Rows) -> None:
    text = LEAD + "The order covers 20 bank accounts and two companies in Riga."
    assert last_counts(claims_of, text) == {"other": 20, "organization": 2}
