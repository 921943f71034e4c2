"""A perfect the parser reads as possession ('has frozen assets of 40 people' with 'has' the main
verb and 'frozen' an adjective of 'assets') still states the freeze: its holders are the targets
and the subject of 'has' acts."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The National Court has frozen assets of 118 people in smuggling cases since 2023.",
            {"person": 118},
        ),
        (
            "Since July, the department has frozen assets of 38 people and nine firms.",
            {"person": 38, "organization": 9},
        ),
        (
            "The financial intelligence unit has already frozen accounts of 12 people.",
            {"person": 12},
        ),
        ("This year the agency had frozen funds of 27 companies by the end of May.", None),
    ],
)
def test_perfect_freeze_read_as_possession(
    claims_of: Rows, text: str, expected: dict[str, int] | None
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == "imposed"
    if expected is not None:
        assert counts(row) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The shop has frozen peas and chips on offer this week.",
        "The canteen had frozen meals for 40 people in its store.",
    ],
)
def test_frozen_goods_owned_are_no_freeze(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
