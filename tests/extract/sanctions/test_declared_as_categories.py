"""'Declared X as specified persons': declaring targets members of a listed category is a
designation, wherever the parser hangs the 'as' phrase (on the verb, on the object, on a relative
clause of the object, or as the mark of a participle); a category that names no target kind
('as winners') makes no sanction, nor does a declared state of affairs."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Tuesday the interior ministry declared two Kenyan nationals who had wired money"
            " to the cell as specified entities under its anti-terrorism law.",
            {"person": 2},
        ),
        (
            "The ministry declared 14 people as specified persons under the 2019 law.",
            {"person": 14},
        ),
        ("Tokyo declared the two firms as designated entities on Friday.", {"organization": 2}),
        ("Pakistan declared three brothers as proscribed persons on Monday.", {"person": 3}),
    ],
)
def test_declared_as_a_listed_category(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == "imposed"
    assert counts(row) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The electoral board declared two candidates as winners.",
        "The government declared a state of emergency in three provinces.",
    ],
)
def test_other_declarations_are_no_sanction(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    "text",
    [
        "Which companies are on today's list?",
        "Which banks remain on the EU list?",
        "Which vessels are on the new list?",
        "Which officials are still on Canada's list?",
    ],
)
def test_a_question_about_list_membership_states_none(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
