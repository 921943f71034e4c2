"""'the group' with a definite article or a possessive names one organization and counts one,
though a collective word otherwise names a group of unknown size ('the shadow fleet'); a group
with counted members ('a group of 12 officials') is those members."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United Kingdom proscribed the group in January.", {"organization": 1}),
        (
            "Washington said it would designate the group and nine of its leaders.",
            {"organization": 1, "person": 9},
        ),
        ("Japan froze the assets of the armed group on Friday.", {"organization": 1}),
        ("Canada will list the militant group next week.", {"organization": 1}),
        # counted members: the group is those members
        ("The EU sanctioned a group of 12 officials.", {"person": 12}),
        # a collective word that is no body keeps no count
        ("Britain sanctioned the shadow fleet on Monday.", {"vessel": None}),
    ],
)
def test_the_group_counts_one(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    assert counts(only(claims_of, text)) == expected
