"""Counted holdings frozen whose holder a participle of owning names by name ('froze two accounts
held by X'): the named holder is the target, as most gold reads it; a place ('held in Cyprus')
and an unnamed definite holder ('held by the brothers') leave the holdings the targets."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Monday the court froze two accounts held by Mr. Reid.", {"person": 1}),
        ("Police froze 40 accounts owned by Delta Trading Ltd.", {"organization": 1}),
        ("The unit froze nine accounts belonging to Gen. Ali Reza.", {"person": 1}),
        ("Prosecutors froze 14 accounts held by Kasa Rapid SRL on Friday.", {"organization": 1}),
    ],
)
def test_a_named_holder_is_the_target(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Manila said it had frozen 27 bank accounts held by the brothers.",
        "Cyprus froze 12 accounts held in Limassol.",
    ],
)
def test_holdings_stay_the_targets(claims_of: Rows, text: str) -> None:
    assert set(counts(only(claims_of, text))) == {"other"}


def test_holdings_linked_to_a_name_stay_the_targets(claims_of: Rows) -> None:
    text = "The unit ordered banks to freeze 19 accounts linked to Harbor Marine Logistics."
    assert counts(only(claims_of, text)) == {"other": 19}
