"""A claim with no target group of its own whose verb takes over measures told before ('Oslo
adopted the same listings', 'Lima applied those additions', 'Quito is expected to follow') has the
targets of the action the story leads with; a package of its own ('adopted new sanctions against
Russia') names none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, story

LEAD = "The EU blacklisted four generals and two firms on Monday. "


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (LEAD + "Switzerland adopted the same listings on Tuesday.", "Switzerland"),
        (LEAD + "Norway is expected to follow.", "Norway"),
        (LEAD + "Iceland has applied those additions.", "Iceland"),
        (LEAD + "Liechtenstein aligned within a day.", "Liechtenstein"),
        (LEAD + "Albania will transpose the listings next month.", "Albania"),
    ],
)
def test_a_taken_over_action_has_the_leads_targets(
    claims_of: Rows, text: str, authority: str
) -> None:
    rows = story(claims_of, text)
    assert rows[-1]["sanction_authorities"] == [authority]
    assert counts(rows[-1]) == {"person": 4, "organization": 2}


def test_a_package_of_its_own_takes_no_targets(claims_of: Rows) -> None:
    rows = story(claims_of, LEAD + "Japan adopted new sanctions against Russia in March.")
    assert rows[-1]["sanction_authorities"] == ["Japan"]
    assert counts(rows[-1]) == {}
