"""Sanction recall family: a measure noun whose target group follows 'against' rather than 'on'
('curbs against three skippers'), in any tense or voice; an 'against' phrase of no target group
states none (invented examples)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "status", "kinds"),
    [
        ("The ministry slapped bans against five ship captains.", "imposed", {"person": 5}),
        ("Restrictions against two banks were lifted on Monday.", "lifted", {"organization": 2}),
        (
            "The regulator has extended the restrictions against three brokers by a year.",
            "extended",
            {"organization": 3},
        ),
        ("Entry bans against 12 officials were announced on Friday.", "imposed", {"person": 12}),
    ],
)
def test_a_measure_against_a_target_group_is_a_sanction(
    claims_of: Rows, text: str, status: str, kinds: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert [r["sanction_status"] for r in rows] == [status]
    assert counts(rows[0]) == kinds


def test_an_against_phrase_of_no_group_states_none(claims_of: Rows) -> None:
    assert claims_of("Fans protested against the ban.", "sanction") == []
