"""A plan noun makes its infinitive's action planned; 'four of them' counts part of the plural
target word its own sentence named before (round 18)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts

LEAD = "The EU froze the assets of nine officials. "


@pytest.mark.parametrize(
    "text",
    [
        "A proposal to add four more judges to the list is expected in June.",
        "Tokyo published a plan to sanction four more banks.",
        "Ottawa is studying a proposal to add six traders to its list.",
        "Britain unveiled a plan to blacklist two airlines on Monday.",
    ],
)
def test_the_action_of_a_plan_is_planned(claims_of: Rows, text: str) -> None:
    rows = claims_of(LEAD + text, "sanction")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == "planned"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MEPs called for sanctions on the ruler's family companies; a proposal to add four "
            "of them is due in June.",
            {"organization": 4},
        ),
        ("Britain tracked ten tankers and designated three of them.", {"vessel": 3}),
        (
            "Activists listed 20 shipping firms, and Canada sanctioned five of them on Friday.",
            {"organization": 5},
        ),
        (
            "Rights groups identified 30 prison guards; Japan will ban seven of them.",
            {"person": 7},
        ),
    ],
)
def test_part_of_a_group_named_in_the_same_sentence(
    claims_of: Rows, text: str, expected: dict
) -> None:
    rows = claims_of(LEAD + text, "sanction")
    assert counts(rows[-1]) == expected, rows[-1]["sanction_targets"]
