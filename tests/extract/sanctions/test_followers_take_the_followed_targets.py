"""A claim with no target group of its own whose verb takes over another authority's measures
('Oslo adopted the same listings', 'the league said it would apply the bans', 'Iceland is
expected to follow') takes the targets of the action it follows: that authority's main action,
not its later list lines or a running total."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, story

LEAD = (
    "The European Union on Monday listed six generals and three arms firms over the coup. "
    "Among those named is the army chief, Gen. Ousmane Kara. "
    "The EU list now covers 40 people and 12 entities. "
)


@pytest.mark.parametrize(
    "tail",
    [
        "Switzerland adopted the same listings on Wednesday.",
        "Norway is expected to follow within a week.",
        "Iceland said it would apply the designations from Friday.",
        "Liechtenstein has applied the new listings since Thursday.",
    ],
)
def test_follower_takes_the_main_action_targets(claims_of: Rows, tail: str) -> None:
    rows = story(claims_of, LEAD + tail)
    assert rows and counts(rows[-1]) == {"person": 6, "organization": 3}, [
        (r["sanction_authorities"], counts(r)) for r in rows
    ]


def test_own_owner_measure_is_not_taken_over(claims_of: Rows) -> None:
    text = LEAD + "Norway said it would apply Kara's ban at home."
    rows = story(claims_of, text)
    assert rows and counts(rows[-1]) != {"person": 6, "organization": 3}, rows
