"""Right after a sanction action, an official speaking for the body in the first person ('We will
add 15 more people') states the body's own action on the target group it names; a first-person
sentence with no target group, or with no sanction before it, states none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows

LEAD = "Costa Rica listed 40 people under its anti-laundering law on Monday. "


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (LEAD + "We will add 15 more people in August.", "planned"),
        (LEAD + '"We added another six companies this morning," the minister said.', "imposed"),
        (LEAD + 'The minister said: "We will add at least ten more names next month."', "planned"),
        (LEAD + '"We are going to add four more firms soon," she told reporters.', "planned"),
    ],
)
def test_first_person_additions_after_an_action(claims_of: Rows, text: str, status: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert rows[-1]["sanction_status"] == status


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "We will add 200 new jobs this year.",
        "The club had a good season. We will add 15 more players in August.",
    ],
)
def test_first_person_without_targets_or_sanctions(claims_of: Rows, text: str) -> None:
    assert len(claims_of(text, "sanction")) == text.count(LEAD)
