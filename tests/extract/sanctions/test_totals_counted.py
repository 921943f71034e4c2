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
            "The EU listed a total of seven individuals and four entities on December 15.",
            "European Union",
            {"person": 7, "organization": 4},
        ),
        ("Ottawa has now blacklisted a total of 31 Haitian officials.", "Canada", {"person": 31}),
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
            "With the latest additions, EU restrictive measures in respect of Haiti now apply to"
            " a total of 19 individuals.",
            {"person": 19},
        ),
        ("Canadian sanctions relating to Haiti now apply to a total of 31 people.", {"person": 31}),
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
