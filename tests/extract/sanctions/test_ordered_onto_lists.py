"""'The court ordered 86 people added to the terrorist lists': a participle of putting on a list
that describes a target group after it (the object of an order) takes that group as targets."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Cairo court on Sunday ordered 52 people added to Egypt's terrorist lists for"
            " five years.",
            {"person": 52},
        ),
        (
            "The judge ordered nine companies placed on the national sanctions list.",
            {"organization": 9},
        ),
        (
            "Egypt's top court wants 17 activists put on the terrorist list, prosecutors said.",
            {"person": 17},
        ),
        (
            "Last week a military tribunal ordered 11 smugglers added to the sanctions list.",
            {"person": 11},
        ),
    ],
)
def test_a_group_ordered_onto_a_list_is_the_target(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert rows, text
    assert counts(rows[0]) == expected
