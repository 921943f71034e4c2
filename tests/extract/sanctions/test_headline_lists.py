"""Headline style: target nouns without articles count one each, and counted groups may be
joined by a comma alone ('11 people, 29 groups')."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EU sanctions Belarusian judge over protest trials", {"person": 1}),
        ("Britain blacklists Iranian drone maker, Chinese supplier", {"organization": 2}),
        ("Canada freezes assets of Russian oligarch", {"person": 1}),
        ("Seoul bans North Korean tanker from its ports", {"vessel": 1}),
    ],
)
def test_a_bare_singular_target_in_a_headline_is_one(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert rows, text
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan freezes assets of 14 people, 6 firms over arms deals",
            {"person": 14, "organization": 6},
        ),
        (
            "UK sanctions 20 tankers, 3 banks in new Russia package",
            {"vessel": 20, "organization": 3},
        ),
        (
            "Australia lists 9 officials, 4 entities, 2 vessels",
            {"person": 9, "organization": 4, "vessel": 2},
        ),
        (
            "US blacklists 12 companies, 5 individuals tied to Iran drones",
            {"organization": 12, "person": 5},
        ),
    ],
)
def test_counted_groups_joined_by_commas(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert rows, text
    assert counts(rows[0]) == expected
