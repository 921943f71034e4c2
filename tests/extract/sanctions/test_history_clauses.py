"""A passive time clause whose pronoun subject stands for the targets of the action it hangs on
('removed two firms, a year after they were designated') tells their history: no claim."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Canada delisted the three traders a year after they were sanctioned.", "lifted"),
        (
            "Japan lifted the freeze on two banks, six years after they were first blacklisted.",
            "lifted",
        ),
        (
            "The Treasury removed a mining firm and two of its managers from the SDN list, "
            "eighteen months after they were designated for selling gold to the army.",
            "lifted",
        ),
        (
            "Australia renewed the bans on five generals, three years after they were imposed.",
            "extended",
        ),
    ],
)
def test_history_clause_adds_no_claim(claims_of: Rows, text: str, status: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == status
