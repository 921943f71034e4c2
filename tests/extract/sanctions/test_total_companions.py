"""A cumulative total with one more counted group added after it by 'plus',
'alongside', 'along with' or 'as well as' ('... to 39 individuals, alongside 14 entities'): the
group is one more target of the total, and its count no quantity."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The new listings take Canada's total under its Haiti regulations to 31"
            " individuals and 6 entities, plus the four vessels.",
            {"person": 31, "organization": 6, "vessel": 4},
        ),
        (
            "The designations bring the number of people on the Libya sanctions list to 27,"
            " alongside 9 entities.",
            {"person": 27, "organization": 9},
        ),
        (
            "The decision brings to 52 the number of people under EU sanctions, along with 18"
            " companies.",
            {"person": 52, "organization": 18},
        ),
        (
            "The latest round takes the total number of Iranians listed by Canada to 210, as"
            " well as 95 entities.",
            {"person": 210, "organization": 95},
        ),
    ],
)
def test_a_companion_group_after_a_total_is_a_target(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert counts(rows[0]) == expected
    assert claims_of(text, "quantity") == []


def test_money_after_a_total_stays_a_quantity(claims_of: Rows) -> None:
    text = (
        "The action brings the number of people sanctioned under the program to 30, plus 12"
        " million dollars in frozen funds."
    )
    rows = claims_of(text, "sanction")
    assert len(rows) == 1 and counts(rows[0]) == {"person": 30}
    assert len(claims_of(text, "quantity")) == 1
