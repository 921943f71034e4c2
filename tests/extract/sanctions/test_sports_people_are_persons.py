"""Sports people a federation or an integrity body suspends or bans (players, trainers, riders,
umpires and the like) are person targets, counted like any other people. A coach is left out of
the word list: the same word is a bus ("Coaches leave the depot ..."), whose counts are quantities."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, last_counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("FIFA lifted the suspension of two players.", {"person": 2}),
        ("World Athletics suspended four sprinters and two trainers.", {"person": 6}),
        ("World Athletics lifted the suspensions of two cyclists and a jockey.", {"person": 3}),
        ("CONCACAF extended the bans on five referees and two goalkeepers.", {"person": 7}),
    ],
)
def test_sports_people_are_person_targets(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert last_counts(claims_of, text) == expected
