"""A state's body, named bare or by its proper name ('the unit', 'the agency and the tribunal'),
that acts or moves against a counted target group states an action of the story's home state, as
a named state does ('Britain acts against 100 vessels'); against an uncounted group it tells its
work, no action."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts

LEAD = "Latvia froze the assets of four people on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since 2021, the Agency and the tribunal have moved against 17 people and 5 firms"
            " in smuggling cases.",
            {"person": 17, "organization": 5},
        ),
        ("The unit moved against nine more firms on Thursday.", {"organization": 9}),
        (
            "The agency will act against two shipping companies next week.",
            {"organization": 2},
        ),
        (
            "This year the Financial Crimes Unit has acted against 40 people.",
            {"person": 40},
        ),
    ],
)
def test_a_body_acting_against_a_counted_group_is_an_action(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(LEAD + text, "sanction")
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The unit acts against fraudsters every day.",
        "Officials said the office had moved against the protesters.",
    ],
)
def test_a_body_acting_against_an_uncounted_group_is_no_action(claims_of: Rows, text: str) -> None:
    assert len(claims_of(LEAD + text, "sanction")) == 1
