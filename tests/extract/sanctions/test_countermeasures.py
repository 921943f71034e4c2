"""'Countermeasures' against named or counted targets are sanctions (the word Beijing and Moscow
use for their listings); countermeasures of a weapon system are not."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The foreign ministry has decided to take countermeasures against 12 American"
            " defence contractors and five of their executives.",
            {"organization": 12, "person": 5},
        ),
        (
            "China imposed countermeasures on three American drone makers on Friday.",
            {"organization": 3},
        ),
        (
            "Beijing announced countermeasures against two US senators and their families.",
            {"person": 2},
        ),
        ("Countermeasures were imposed on four Lithuanian officials last month.", {"person": 4}),
    ],
)
def test_countermeasures_on_targets_are_sanctions(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == "imposed"
    assert counts(row) == expected


def test_countermeasures_of_a_weapon_are_no_sanction(claims_of: Rows) -> None:
    text = "The destroyer's electronic countermeasures failed to stop the missile."
    assert claims_of(text, "sanction") == []
