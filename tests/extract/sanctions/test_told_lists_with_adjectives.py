"""A list told before may carry an adjective of its own ('The consolidated list now counts 70
people and 13 companies' after a listing): still that sanctions list, its counted groups a standing
total. A compound ('the waiting list') stays some other list."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, story

LEAD = "Kenya put 12 people on its terrorism list on Friday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The consolidated list now counts 70 people and 13 companies.",
            {"person": 70, "organization": 13},
        ),
        (
            "The updated list now holds 55 persons and 8 companies.",
            {"person": 55, "organization": 8},
        ),
        (
            "Its domestic list now counts 33 persons and six firms, up from 20 in 2022.",
            {"person": 33, "organization": 6},
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
    rows = story(claims_of, LEAD + "The waiting list now counts 70 people and 13 companies.")
    assert len(rows) == 1, rows
