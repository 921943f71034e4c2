"""A state's financial intelligence body or regulator suspending a party's transactions,
payments or accounts imposes a measure on that party (the counted dealings are the targets when
no party is named); suspending sanctions lifts them; a firm suspending its own services or a
state suspending talks is none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lithuania's financial crime service suspended transactions of three licensed"
            " payment institutions for ten working days.",
            {"organization": 3},
        ),
        (
            "Kenya's Financial Reporting Centre has suspended payments by two currency dealers"
            " for 30 days.",
            {"organization": 2},
        ),
        (
            "Armenia's Financial Monitoring Centre suspended 41 transactions last year.",
            {"other": 41},
        ),
        (
            "Bangladesh's financial intelligence unit suspended transactions on 212 more accounts.",
            {"other": 212},
        ),
    ],
)
def test_suspended_dealings_are_imposed(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == "imposed"
    assert counts(row) == expected


def test_suspended_sanctions_are_lifted(claims_of: Rows) -> None:
    row = only(claims_of, "Lithuania suspended sanctions on two banks.")
    assert row["sanction_status"] == "lifted"


@pytest.mark.parametrize(
    "text",
    [
        "The airline suspended flights to Lagos.",
        "Ghana suspended talks with the IMF.",
        "The bank suspended transactions on its app for maintenance.",
    ],
)
def test_other_suspensions_are_none(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
