"""'The listings were coordinated with Somalia, whose reporting centre froze 37 accounts': a
relative clause whose subject is a state's body states that body's own action, a claim apart
from the action of the main clause."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "The designations were coordinated with the government of Somalia, whose financial"
        " reporting centre froze 37 accounts on Monday.",
        "Japan sanctioned the two brokers in step with Kenya, whose financial intelligence"
        " unit has frozen 12 bank accounts.",
        "Britain listed the nine traders in step with Peru, whose financial intelligence agency"
        " froze their assets last week.",
        "Canada designated the cartel on Friday after consulting Mexico, whose finance ministry"
        " froze 40 accounts linked to it.",
    ],
)
def test_a_body_in_a_relative_clause_acts_on_its_own(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
