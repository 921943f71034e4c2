"""A claim with no target group of its own whose verb takes over measures told before ('Oslo
adopted the same listings', 'Lima applied those additions', 'Quito followed') has the targets of
the action the story leads with; one only set to follow ('is expected to align') and a package
of its own ('adopted new sanctions against Russia') name none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, story

LEAD = "The EU blacklisted four generals and two firms on Monday. "


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (LEAD + "Switzerland adopted the same listings on Tuesday.", "Switzerland"),
        (LEAD + "Norway followed on Wednesday.", "Norway"),
        (LEAD + "Iceland has applied those additions.", "Iceland"),
        (LEAD + "Liechtenstein aligned within a day.", "Liechtenstein"),
        (LEAD + "Albania has transposed the listings.", "Albania"),
    ],
)
def test_a_taken_over_action_has_the_leads_targets(
    claims_of: Rows, text: str, authority: str
) -> None:
    rows = story(claims_of, text)
    assert rows[-1]["sanction_authorities"] == [authority]
    assert counts(rows[-1]) == {"person": 4, "organization": 2}


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "Norway is expected to follow.",
        LEAD + "Albania will transpose the new listings next month.",
    ],
)
def test_a_state_only_set_to_follow_takes_no_targets(claims_of: Rows, text: str) -> None:
    assert counts(story(claims_of, text)[-1]) == {}


def test_a_package_of_its_own_takes_no_targets(claims_of: Rows) -> None:
    rows = story(claims_of, LEAD + "Japan adopted new sanctions against Russia in March.")
    assert rows[-1]["sanction_authorities"] == ["Japan"]
    assert counts(rows[-1]) == {}
