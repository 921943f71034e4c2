"""Declaring counted or named people or groups terrorists or extremists (a noun of its own after
them) puts them on a list: an imposed sanction on those counted; a declaration of anything else
is none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The home affairs minister of Tanzania has declared 12 people and two foreign charities"
            " suspected terrorists under the anti-terrorism law.",
            {"person": 12, "organization": 2},
        ),
        ("Kenya's interior ministry declared four men terrorists on Monday.", {"person": 4}),
        (
            "Three clerics were declared terrorists by the home ministry of Uganda last week.",
            {"person": 3},
        ),
        ("Rwanda will declare six exiled army officers terrorists next month.", {"person": 6}),
    ],
)
def test_counted_people_declared_terrorists(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert counts(row) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Analysts have declared the two rival plans dead.",
        "The president declared 2025 a year of peace.",
        "The referee declared the two teams joint winners.",
    ],
)
def test_other_declarations_are_none(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
