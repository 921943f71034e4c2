"""People named by a plural of nationality that is no demonym with an s ('two Spaniards', 'three
Frenchmen', 'four Chinese') are a person group, not a firm named 'Spaniards'."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two Spaniards were also sanctioned by Morocco.", {"person": 2}),
        ("Canada sanctioned three Frenchmen and two Filipinos.", {"person": 5}),
        ("Ottawa froze the assets of four Chinese and two Japanese.", {"person": 6}),
        ("Lithuania has designated two Poles and three Swedes.", {"person": 5}),
    ],
)
def test_irregular_plurals_of_nationality_are_people(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


def test_a_nationality_before_a_body_is_no_target(claims_of: Rows) -> None:
    row = only(claims_of, "The Chinese authorities froze two accounts.")
    assert counts(row) == {"other": 2}
