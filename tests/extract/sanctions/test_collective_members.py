"""A collective noun with counted members ('a network of 14 shipping firms', 'a fleet of 30
tankers') is those members: their kind and count."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States and Britain jointly sanctioned a network of 14 shipping firms"
            " based in Dubai.",
            {"organization": 14},
        ),
        ("The EU listed a fleet of 30 tankers that carry Russian oil.", {"vessel": 30}),
        ("Canada sanctioned a group of six hackers linked to the attacks.", {"person": 6}),
        (
            "The Treasury designated a network of nine front companies and two of their directors.",
            {"organization": 9, "person": 2},
        ),
    ],
)
def test_a_collective_with_counted_members_is_its_members(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected
