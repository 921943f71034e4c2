"""'Among those listed are 12 women and a retired judge, A B': the parser takes the trailing name
for the subject of the inverted sentence; the groups before it are targets too, and a name set
off right after a singular target word names that target, no member of its own."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts

LEAD = "Egypt added 90 people to its terrorist lists on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Among those listed are nine women and a former member of parliament, Adel"
            " Mansour Fathy, the ruling shows.",
            {"person": 10},
        ),
        (
            "Among the people added are 14 students and a retired judge, Samir Ezzat Helmy.",
            {"person": 15},
        ),
        (
            "Among those designated were three clerics and a businessman, Khaled Nour.",
            {"person": 4},
        ),
        (
            "Among those named are six engineers and a former minister, Hany Wahba.",
            {"person": 7},
        ),
    ],
)
def test_groups_before_an_inverted_name_are_targets(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(LEAD + text, "sanction")
    assert len(rows) == 2, rows
    assert counts(rows[-1]) == expected


def test_a_name_of_its_own_stays_a_member(claims_of: Rows) -> None:
    rows = claims_of(LEAD + "Among those named are two bankers and Ali Reza Karimi.", "sanction")
    assert counts(rows[-1]) == {"person": 2, "organization": 1}
