"""A state's own security council ('Moldova's Supreme Security Council', a
'National Security Council') is not the UN Security Council; the UN's, named so or bare, still is."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moldova's Supreme Security Council barred 14 foreign nationals on Wednesday.",
            ["Moldova"],
        ),
        ("Iran's Supreme National Security Council banned 20 British officials.", ["Iran"]),
        ("The UN Security Council added two men to its list.", ["UN Security Council"]),
        ("The Security Council added two men to its sanctions list.", ["UN Security Council"]),
    ],
)
def test_a_states_own_security_council_is_not_the_uns(
    claims_of: Rows, text: str, expected: list[str]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_authorities"] == expected, rows
