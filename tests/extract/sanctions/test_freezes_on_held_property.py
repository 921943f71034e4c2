"""A freeze noun 'on' something held (freeze_objects: a flat, an account, a plot) is an asset freeze
even in a paragraph that names no other holdings ('A freeze on the manager's flat was lifted');
a freeze on anything else ('a freeze on hiring') is none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "A freeze on the second manager's flat was lifted after he provided a bank guarantee.",
            "lifted",
        ),
        ("The freeze on his accounts was extended by a year.", "extended"),
        ("Prosecutors asked the court to end the freeze on the family's plots.", None),
        ("The judge ordered a freeze on the deposits of the two brothers.", "imposed"),
    ],
)
def test_freeze_on_held_property(claims_of: Rows, text: str, status: str | None) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    if status is not None:
        assert rows[0]["sanction_status"] == status


@pytest.mark.parametrize(
    "text",
    [
        "The council kept its freeze on hiring for another year.",
        "The ministry extended the freeze on fuel prices until March.",
    ],
)
def test_other_freezes(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
