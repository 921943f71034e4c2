"""Members of armed groups named by their role ('two former rebels', 'four insurgents', 'nine
guerrillas') are person targets; the word as a modifier ('a rebel group') leaves the kind to
its head."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council delisted two former rebels on Monday.", {"person": 2}),
        ("Kenya designated four insurgents on Monday.", {"person": 4}),
        ("Colombia froze the assets of nine guerrillas.", {"person": 9}),
        ("Canada imposed travel bans on a rebel and two of his financiers.", {"person": 3}),
        (
            "The EU sanctioned a rebel group and three rebel commanders.",
            {"organization": 1, "person": 3},
        ),
    ],
)
def test_members_of_armed_groups_are_people(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected
