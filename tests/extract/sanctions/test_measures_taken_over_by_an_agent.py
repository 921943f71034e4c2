"""A measure with a participle of taking it over hung on it, whose agent is a state or one of its
bodies ('That debarment, matched by Peru's tender agency, ...'), is that state's own action on it
(sanctions.json `adopting_verbs`); a participle with no agent ('The ban, announced in May')
states nothing new."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, only


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("Its ban, matched by Peru's procurement agency, runs until 2028.", "Peru"),
        ("The debarment, applied by Colombia the same week, covers two directors.", "Colombia"),
        ("That ban, mirrored by Canada in April, keeps the two brokers out.", "Canada"),
        ("This ban, matched by Chile's tender office, halts a road contract.", "Chile"),
    ],
)
def test_a_measure_taken_over_by_a_named_agent(claims_of: Rows, text: str, authority: str) -> None:
    row = only(claims_of, text)
    assert list(row["sanction_authorities"]) == [authority], row


def test_a_measure_with_a_participle_and_no_agent_is_none(claims_of: Rows) -> None:
    assert claims_of("The ban, announced in May, runs until 2028.", "sanction") == []
