"""A collective target word ('shadow fleet', 'network') names a group of unknown size, also in
a title-case headline where a singular noun otherwise counts one."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EU Adopts New Package Targeting Russian Shadow Fleet", {"vessel": None}),
        ("UK Sanctions Iran's Ghost Fleet In New Round", {"vessel": None}),
        ("Canada Will Sanction Moscow's Dark Fleet", {"vessel": None}),
        ("London sanctions Russia's shadow fleet again", {"vessel": None}),
    ],
)
def test_a_fleet_has_no_count(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    rows = claims_of(text, "sanction")
    assert rows, text
    assert counts(rows[0]) == expected
