"""Counted accounts or assets frozen 'belonging to' or 'owned by' a counted group ('11 accounts
belonging to three of the men') fall on their owners: the owners are the targets and the
accounts only a number, as with 'held by' (the convention of most dev sets' gold)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Latvia said on Tuesday it had frozen 11 accounts belonging to three of the people.",
            {"person": 3},
        ),
        (
            "Kenya's asset recovery agency froze 26 bank accounts belonging to four politicians.",
            {"person": 4},
        ),
        (
            "The regulator will freeze nine accounts owned by two of the brokers' directors.",
            {"person": 2},
        ),
        (
            "The unit froze 30 deposit accounts belonging to two shell companies and a lawyer.",
            {"organization": 2, "person": 1},
        ),
    ],
)
def test_counted_owners_of_frozen_accounts_are_the_targets(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert counts(only(claims_of, text)) == expected
