"""'block' is a freeze verb: a state body that blocks accounts freezes them, and the accounts
are the targets; blocking access to websites is no sanction."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The freeze is the biggest since the agency blocked 5,000 accounts in September 2024.",
            {"other": 5000},
        ),
        (
            "Indonesia's financial intelligence unit blocked 1,200 bank accounts linked to the "
            "network on Monday.",
            {"other": 1200},
        ),
        (
            "Nigeria's central bank has blocked the accounts of 12 firms tied to the scheme.",
            {"organization": 12},
        ),
        ("The agency said it had asked banks to block a further 930 accounts.", {"other": 930}),
    ],
)
def test_blocked_accounts_are_frozen(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    rows = claims_of(text, "sanction")
    assert [counts(r) for r in rows] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Police have blocked 1.2m gambling websites since August 2024, the ministry said.",
        "About 15,000 gambling websites were blocked by the regulator in 2025.",
        "Regulators blocked more than 500 betting websites in March.",
        "Some 2,000 scam websites have been blocked since January.",
    ],
)
def test_blocked_websites_are_no_sanction(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
