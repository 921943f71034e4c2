"""Refusing visas or entry 'to' a target group is an entry ban on it also where the parser hangs
'to' on the verb as a dative ('deny visas to officials who ...'): the group is the target."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    "text",
    [
        "Washington said it would deny visas to Caribbean officials who hire the doctors.",
        "The ministry denied visas to judges who jailed the activists.",
        "Canada will refuse entry to the officials responsible for the crackdown.",
        "Ottawa said it would deny visas to police commanders who ordered the raids.",
    ],
)
def test_visas_denied_to_described_people(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert counts(rows[0]) == {"person": None}
