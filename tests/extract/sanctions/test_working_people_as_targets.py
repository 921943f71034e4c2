"""People named by the work they do on farms or in forests are people: a
counted group of them is a target group of kind `person`, in prose and in headlines."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, last_counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A judge in Lagos froze the accounts of 15 farmers over subsidy fraud.", {"person": 15}),
        (
            "Prosecutors Freeze Assets Of 6 Farmers And 2 Firms",
            {
                "person": 6,
                "organization": 2,
            },
        ),
        ("Brazil has sanctioned four illegal loggers.", {"person": 4}),
        ("The trade ministry blacklisted two dairy farmers on Friday.", {"person": 2}),
        (
            "The agency will sanction three loggers and one sawmill next week.",
            {
                "person": 3,
                "organization": 1,
            },
        ),
    ],
)
def test_working_people_are_people(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    assert last_counts(claims_of, text) == expected
