"""A list told before may carry an adjective of its own ('The consolidated list now counts 70
people and 12 firms' after a listing): still that sanctions list, its counted groups a standing
total. A compound ('the waiting list') stays some other list."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, story

LEAD = "Kenya added 12 people to its sanctions list on Friday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The consolidated list now counts 70 people and 12 firms.",
            {"person": 70, "organization": 12},
        ),
        (
            "The national list now holds 55 individuals and 9 entities.",
            {"person": 55, "organization": 9},
        ),
        (
            "Its domestic list now counts 31 individuals and four companies, up from 20 in 2022.",
            {"person": 31, "organization": 4},
        ),
    ],
)
def test_adjective_list_told_before_is_a_total(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    rows = story(claims_of, LEAD + text)
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected


def test_compound_list_is_no_total(claims_of: Rows) -> None:
    rows = story(claims_of, LEAD + "The waiting list now counts 70 people and 12 firms.")
    assert len(rows) == 1, rows
