"""A freeze noun that covers a list of holdings ('The freeze covers 40 accounts, 12 lorries and
six flats') counts every counted item of the list as frozen property (kind other), items the
parser hung on the place of the one before and the counted 'of' phrase of an item included;
vessels keep their kind, and the numbers are no quantities of their own."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts

LEAD = "A court in Ecuador on Monday froze the assets of eight people accused of fraud. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The freeze covers 48 bank accounts, 15 lorries and a row of nine shops in Guayaquil.",
            {"other": 72},
        ),
        (
            "The freeze also covers 30 accounts at four banks, 16 vans and 5 warehouses.",
            {"other": 51},
        ),
        (
            "The order covers 220 accounts, 14 tractors and two fishing boats.",
            {"other": 234, "vessel": 2},
        ),
        ("The freeze will cover 12 deposit accounts and seven cars.", {"other": 19}),
    ],
)
def test_every_counted_holding_of_the_list_is_frozen_property(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, LEAD + text)
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected
    quantities = claims_of(LEAD + text, "quantity", "2025-03-07")
    assert not [q for q in quantities if q["span_start"] >= len(LEAD)], quantities


def test_a_list_of_people_and_firms_keeps_its_own_groups(claims_of: Rows) -> None:
    rows = carried(claims_of, LEAD + "The freeze also covers 31 relatives and three firms.")
    assert counts(rows[1]) == {"person": 31, "organization": 3}


def test_holdings_of_counted_owners_stay_the_owners(claims_of: Rows) -> None:
    lead = "The EU adopted a new sanctions package on Friday. "
    text = "The package also freezes the assets of 14 individuals and 41 entities in Belarus."
    rows = carried(claims_of, lead + text)
    assert counts(rows[-1]) == {"person": 14, "organization": 41}
