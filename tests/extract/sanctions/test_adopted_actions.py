"""A state that takes over an action named before by its action noun alone ('adopted the same
extension', 'mirrored the renewal') makes its own claim, of the noun's status."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows

LEAD = "EU ministers agreed on Thursday to prolong the bloc's sanctions framework for a year. "


@pytest.mark.parametrize(
    ("text", "authority", "status"),
    [
        ("Switzerland adopted the same extension within hours.", "Switzerland", "extended"),
        ("Norway adopted the renewal a day later.", "Norway", "extended"),
        ("Iceland has matched the extension, its foreign ministry said.", "Iceland", "extended"),
        ("Britain copied the rollover for its own list on Monday.", "United Kingdom", "extended"),
    ],
)
def test_adopted_action_noun(claims_of: Rows, text: str, authority: str, status: str) -> None:
    rows = claims_of(LEAD + text, "sanction")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == [authority]
    assert rows[1]["sanction_status"] == status


@pytest.mark.parametrize(
    "text",
    [
        "Norway has approved the renewal of the fishing licence.",
        "The committee adopted the extension.",
    ],
)
def test_not_a_state_taking_over_the_action(claims_of: Rows, text: str) -> None:
    assert len(claims_of(LEAD + text, "sanction")) == 1
