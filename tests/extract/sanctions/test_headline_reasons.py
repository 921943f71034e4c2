"""A headline's 'Over ...' phrase gives the reason for the action ('Sanctions Three Firms Over
Tanker Deals'): an uncounted target word in it says what the case is about, no target group."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EU Sanctions Three Firms Over Tanker Deals", {"organization": 3}),
        (
            "AfDB Bars Two Kenyan Firms, One Executive Over Feeder Road Fraud",
            {"organization": 2, "person": 1},
        ),
        ("Japan Sanctions Four Brokers Over Shadow Fleet Insurance", {"organization": 4}),
        ("Canada Sanctions Six Officials Over Bank Seizures", {"person": 6}),
    ],
)
def test_headline_reason_names_no_target(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected
