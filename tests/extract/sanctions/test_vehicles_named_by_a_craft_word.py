"""Vehicles frozen whose compound is a word of a ship or plane ('19 tanker trucks', 'two fuel
tanker lorries') are property of kind other, counted; the compound names no ship of its own."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The freeze covers 30 bank accounts, 12 tanker lorries and two petrol stations.",
            {"other": 44},
        ),
        (
            "The court froze nine fuel tanker trucks and two oil tankers on Monday.",
            {"other": 9, "vessel": 2},
        ),
        ("Albania's court froze six tanker trucks in Durres on Friday.", {"other": 6}),
        ("The freeze also covers 11 tanker lorries and 40 accounts.", {"other": 51}),
    ],
)
def test_vehicles_with_a_craft_compound_are_other(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert counts(only(claims_of, text)) == expected
