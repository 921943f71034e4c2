"""A state that says it copies the move told before ('Paris will mirror the move', 'Oslo
matched the step') takes over that action: its own claim (CLAIMS.md: an authority that applies or
aligns with another authority's package makes its own claim), planned when it looks ahead."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried

LEAD = "The UK on Monday banned six bankers from entering the country. "


@pytest.mark.parametrize(
    ("text", "authority", "status"),
    [
        ("Italy says it will mirror the move within weeks.", "Italy", "planned"),
        ("Canada said it would copy the decision next month.", "Canada", "planned"),
        ("Norway matched the step on Friday.", "Norway", "imposed"),
        ("Japan is expected to replicate the move.", "Japan", "planned"),
    ],
)
def test_a_state_copying_the_move_makes_its_own_claim(
    claims_of: Rows, text: str, authority: str, status: str
) -> None:
    rows = carried(claims_of, LEAD + text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == [authority]
    assert rows[1]["sanction_status"] == status


@pytest.mark.parametrize(
    "text",
    [
        "Its economy mirrors the trend in the region.",  # no state as subject
        "Analysts said prices would match the move in oil.",  # no state: prices
    ],
)
def test_no_copied_move(claims_of: Rows, text: str) -> None:
    rows = carried(claims_of, LEAD + text)
    assert len(rows) == 1, rows
