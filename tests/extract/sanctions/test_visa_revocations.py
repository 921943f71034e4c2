"""Taking back the visas of a target group keeps it out, an entry ban imposed (or planned), in any
voice: 'revoked the visas of three officials', 'the visas of four officers were cancelled'. A
licence taken back, or the visas of travellers who are no target group, are no sanction."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [
        ("The State Department revoked the visas of three senior officials.", "imposed", 3),
        ("Washington has cancelled the visas of two judges and their families.", "imposed", 2),
        ("The ministry will revoke the entry visas of 14 foreign preachers.", "planned", 14),
        (
            "The visas of four senior police officers were revoked on Tuesday, the embassy said.",
            "imposed",
            4,
        ),
    ],
)
def test_revoking_the_visas_of_a_group_is_an_entry_ban(
    claims_of: Rows, text: str, status: str, expected: int
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == status
    assert counts(rows[0]) == {"person": expected}


@pytest.mark.parametrize(
    "text",
    [
        "The city revoked the licence of three bars.",
        "The ministry cancelled the visas of the tourists after the storm.",
        "The airline cancelled the flights of 200 passengers.",
        "The council withdrew the permits of four street traders.",
    ],
)
def test_other_revocations_are_no_entry_ban(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
