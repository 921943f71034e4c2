"""A diary or digest item that an upper-case place label opens before a dash ('CHILE – The
financial unit to freeze ...'), as a calendar of the week's events prints it, acts for the state
the label names or seats, not for the item before it."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, story

BEFORE = "KENYA – Kenya's Financial Reporting Centre froze nine accounts of a maize trader.\n"


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "TOGO – Financial Intelligence Unit to add 5 people to its national sanctions list, "
            "according to a notice on Monday.",
            "Togo",
        ),
        (
            "NEW ZEALAND — The financial crimes unit froze the accounts of two car dealers.",
            "New Zealand",
        ),
        (
            "LISBON - The financial police froze 14 accounts of a shipping firm on Friday.",
            "Portugal",
        ),
        (
            "SOUTH AFRICA – The asset forfeiture unit froze the bank accounts of 3 former mayors.",
            "South Africa",
        ),
    ],
)
def test_a_dash_labelled_item_acts_for_its_place(claims_of: Rows, item: str, expected: str) -> None:
    rows = story(claims_of, BEFORE + item)
    assert len(rows) == 2, rows
    assert rows[0]["sanction_authorities"] == ["Kenya"]
    assert rows[1]["sanction_authorities"] == [expected], rows
