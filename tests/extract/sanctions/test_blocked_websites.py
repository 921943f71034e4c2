"""Blocking access to websites is no sanction."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


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
