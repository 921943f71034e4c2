"""'The two generals are ineligible for entry', 'are inadmissible to Canada', 'are prohibited
immigrants': an entry ban told as the standing of the people kept out."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts


@pytest.mark.parametrize(
    ("text", "authority", "expected"),
    [
        (
            "Britain said on Monday that the two generals are ineligible for entry into the"
            " United Kingdom.",
            "United Kingdom",
            {"person": 2},
        ),
        (
            "The State Department said the minister and his wife are ineligible for entry into"
            " the United States.",
            "United States",
            {"person": 1},
        ),
        (
            "Canada said the three police officers are inadmissible to Canada.",
            "Canada",
            {"person": 3},
        ),
        (
            "Australia banned four men on Monday. The four men are prohibited immigrants and"
            " may not come back.",
            "Australia",
            {"person": 4},
        ),
    ],
)
def test_a_kept_out_standing_is_an_entry_ban(
    claims_of: Rows, text: str, authority: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, text)
    assert rows
    assert rows[-1]["sanction_authorities"] == [authority]
    assert rows[-1]["sanction_status"] == "imposed"
    assert set(counts(rows[-1])) == set(expected)


@pytest.mark.parametrize(
    "text",
    [
        "The two players are ineligible for the final on Sunday.",
        "Most students are ineligible for the grant this year.",
    ],
)
def test_standing_outside_entry_is_no_claim(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
