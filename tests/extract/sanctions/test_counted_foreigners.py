"""Foreigners barred or blacklisted are people: a counted group of them is the sanction's target
group of kind `person`, and its count no quantity of its own."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, last_counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Immigration Bureau has blacklisted 140 foreigners linked to the scam hubs.", 140),
        ("Vietnam blacklisted 58 foreigners who ran the gambling sites, police said.", 58),
        ("Last month the ministry imposed entry bans on 31 foreigners tied to the militia.", 31),
        ("Cambodia said it would blacklist 90 foreigners found working in the compounds.", 90),
    ],
)
def test_blacklisted_foreigners_are_people(claims_of: Rows, text: str, expected: int) -> None:
    assert last_counts(claims_of, text) == {"person": expected}
    assert claims_of(text, "quantity") == []
