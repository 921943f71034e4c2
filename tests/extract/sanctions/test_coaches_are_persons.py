"""A coach a sports body bans or suspends is a person target, counted like the players beside
it (the shared word list also reads 'coach' as a person for quantities: 'Coaches leave the
depot ...' still counts coaches, see tests/extract/quantities/test_range_rate_asides.py)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, last_counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("FIFA lifted the ban on the club's goalkeeping coach after an appeal.", {"person": 1}),
        (
            "World Athletics barred the coach, Ivo Marek, from the sport for two years.",
            {"person": 1},
        ),
        ("World Athletics has banned three runners and their coach.", {"person": 4}),
        ("Two coaches were suspended by UEFA for six months.", {"person": 2}),
    ],
)
def test_a_coach_is_a_person_target(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    assert last_counts(claims_of, text) == expected
