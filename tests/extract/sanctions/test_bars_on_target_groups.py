"""Sanction recall family: 'bar' as a measure noun ('its bar on six lenders ended'), a
sanction when it falls on a target group; a bar of drinks, of lawyers or of gold is none
(invented examples)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "status", "kinds"),
    [
        ("The bar on five of the brokers was lifted in June.", "lifted", {"organization": 5}),
        (
            "The ministry lifted its bar on three trading houses on Friday.",
            "lifted",
            {"organization": 3},
        ),
        (
            "A bar on four former officials entering the country was extended to 2027.",
            "extended",
            {"person": 4},
        ),
        ("The regulator imposed a bar on six brokers last week.", "imposed", {"organization": 6}),
    ],
)
def test_a_bar_on_a_target_group_is_a_sanction(
    claims_of: Rows, text: str, status: str, kinds: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert [r["sanction_status"] for r in rows] == [status]
    assert counts(rows[0]) == kinds


@pytest.mark.parametrize(
    "text",
    [
        "He passed the bar exam and opened a bar in Lima.",
        "The president of the bar association spoke on Monday.",
        "The two men remain behind bars.",
        "Gold bars on display at a dealer in Harare.",
    ],
)
def test_other_bars_are_no_sanction(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
