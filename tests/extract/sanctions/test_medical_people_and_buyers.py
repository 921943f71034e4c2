"""People named by their work in health care, lifters of weights, and buyers of a commodity are
people: a counted group of them is a target group of kind `person` (most sets' gold reads
'cashew buyers' as people, not firms)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, last_counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The medical council suspended three nurses on Monday.", {"person": 3}),
        ("The medical council has struck off two doctors.", {"person": 2}),
        ("Immigration officials blacklisted five foreign physicians last week.", {"person": 5}),
        (
            "Washington will sanction two pharmacists and one firm.",
            {"person": 2, "organization": 1},
        ),
        ("The federation banned four lifters for doping.", {"person": 4}),
        ("A court in Accra froze deposits of six cashew buyers.", {"person": 6}),
        ("Treasury Sanctions Three Gold Buyers", {"person": 3}),
    ],
)
def test_medical_people_lifters_and_buyers_are_people(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert last_counts(claims_of, text) == expected
