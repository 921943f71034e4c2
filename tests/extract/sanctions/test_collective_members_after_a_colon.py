"""A collective target with no count of its own followed by a colon and its members counted
('freezes assets of a fuel ring: eight people, five firms'): the counted groups are the targets,
not the collective."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kosovo freezes assets of fuel-invoice ring: eight people, five firms",
            {"person": 8, "organization": 5},
        ),
        (
            "Court freezes assets of cocaine clan: nine people, two firms",
            {"person": 9, "organization": 2},
        ),
        (
            "Serbia's court has frozen the assets of a cigarette smuggling network: 12 men, "
            "three companies and a boat.",
            {"person": 12, "organization": 3, "vessel": 1},
        ),
        (
            "Albania froze the property of a fraud ring on Monday: seven people and four firms.",
            {"person": 7, "organization": 4},
        ),
    ],
)
def test_counted_members_after_a_colon_replace_the_collective(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    rows = claims_of(text, "sanction")
    assert rows, text
    assert counts(rows[0]) == expected
