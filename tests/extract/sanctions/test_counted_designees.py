"""Designees are entries of a list, of no one kind: a counted group of them whose holdings are
frozen is a group of kind `other`."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, last_counts

LEAD = "The Treasury designated a money-laundering network on Tuesday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEAD + "The central bank will freeze the accounts of all 40 designees within a week.",
            {"other": 40},
        ),
        (LEAD + "Regulators froze the holdings of the nine designees on Monday.", {"other": 9}),
        (
            LEAD
            + "Paraguay's financial intelligence unit said it would freeze any assets of the 11 designees.",
            {"other": 11},
        ),
        (
            "Canada blacklisted a smuggling ring. Ottawa has frozen the assets of 23 designees so far.",
            {"other": 23},
        ),
    ],
)
def test_frozen_designees_are_other(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    assert last_counts(claims_of, text) == expected


def test_added_designees(claims_of: Rows) -> None:
    rows = claims_of("The UN committee added six designees to its list on Friday.", "sanction")
    assert [counts(r) for r in rows] == [{"other": 6}]
