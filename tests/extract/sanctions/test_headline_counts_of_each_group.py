"""A title-case headline that counts two groups ('Sanctions Nine Peruvians, Three Banks'): each
count belongs to the word right after it, and a counted plural of a nationality names people,
so the second group's kind never takes the first group's count."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, last_counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UK Sanctions Nine Peruvians, Three Banks", {"person": 9, "organization": 3}),
        (
            "Ottawa Blacklists 12 Haitians And 2 Firms Over Gang Funding",
            {
                "person": 12,
                "organization": 2,
            },
        ),
        (
            "Japan Blocks Five Nigerians, Four Companies",
            {
                "person": 5,
                "organization": 4,
            },
        ),
        (
            "Swiss Will Sanction 8 Iranians and 6 Shipping Firms",
            {
                "person": 8,
                "organization": 6,
            },
        ),
    ],
)
def test_each_headline_count_counts_its_own_word(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert last_counts(claims_of, text) == expected
