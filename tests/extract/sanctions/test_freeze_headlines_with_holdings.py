"""A title-case headline whose freeze verb is followed by what it freezes ('Prosecutor Freezes
Assets Of 14 People, 3 Firms') states an asset freeze though the words before it name no
sanctioning state (the story's own authority acts); a freeze verb with no holdings after it
('Lake Freezes Over') states none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Amman Prosecutor Freezes Assets of 14 People, 3 Firms in Forex Scheme", None),
        ("Anti-Graft Court Freezes Accounts Of Two Former Ministers", {"person": 2}),
        ("Financial Unit Froze Funds Of Six Traders Linked To Fuel Racket", None),
        ("Magistrate Freezes Assets Of Four Firms Over Tender Fraud", {"organization": 4}),
    ],
)
def test_title_case_freeze_of_holdings(
    claims_of: Rows, text: str, expected: dict[str, int] | None
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == "imposed"
    assert row["sanction_targets"], row
    if expected is not None:
        assert counts(row) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lake Freezes Over For First Time In Ten Years As Cold Snap Hits",
        "City Council Freezes Hiring For Second Year As Budget Shrinks",
    ],
)
def test_other_title_case_freezes(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
