"""A spelled-out number that the parser reads as a compound in a title-case heading ('Designation
of Two Nigerians as Terrorists') still counts the target group it stands before."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Designation of Two Nigerians as Terrorists under the Act", {"person": 2}),
        ("Designation of Three Malaysians as Terrorists", {"person": 3}),
        ("Designation Of Three Kenyan Officials Under Magnitsky Law", {"person": 3}),
        ("Fresh Designations Of Two Arms Brokers", {"organization": 2}),
    ],
)
def test_a_title_case_number_counts_its_group(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


def test_a_model_number_is_no_count(claims_of: Rows) -> None:
    row = only(claims_of, "Britain Sanctions Airbus A321 Jet Of Iranian Airline")
    assert all(t["count"] in (None, 1) for t in row["sanction_targets"])
