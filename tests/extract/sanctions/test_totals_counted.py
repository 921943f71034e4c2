"""'a total of N people' counts the targets wherever the total stands: as the object of a verb
that is an action only with a target object ('listed a total of nine firms'), or after the
preposition of measures that now apply to them (the place the measures concern is no target)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "authority", "expected"),
    [
        (
            "Brussels has listed a total of eleven people and three companies since June.",
            "European Union",
            {"person": 11, "organization": 3},
        ),
        ("Ottawa has now blacklisted a total of 26 Sudanese officials.", "Canada", {"person": 26}),
        ("Japan added a total of nine firms to its list on Monday.", "Japan", {"organization": 9}),
        (
            "Seoul barred a total of 22 ships from its ports last year.",
            "South Korea",
            {"vessel": 22},
        ),
    ],
)
def test_a_total_as_the_object_of_a_listing_verb(
    claims_of: Rows, text: str, authority: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert list(row["sanction_authorities"]) == [authority]
    assert counts(row) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "With the latest listings, EU restrictive measures concerning Mali apply to a total"
            " of 27 people.",
            {"person": 27},
        ),
        ("Canadian sanctions relating to Sudan now apply to a total of 26 people.", {"person": 26}),
        (
            "Swiss measures concerning Belarus now apply to 233 people and 40 firms.",
            {"person": 233, "organization": 40},
        ),
        (
            "Australian sanctions in respect of Myanmar now apply to a total of 16 entities.",
            {"organization": 16},
        ),
    ],
)
def test_measures_about_a_place_apply_to_a_total(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


def test_a_total_of_money_is_no_target(claims_of: Rows) -> None:
    assert (
        claims_of("The fund listed a total of 40 projects for grants this year.", "sanction") == []
    )
