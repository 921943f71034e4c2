"""A state's body named by its proper name that stops a party's dealings or accounts for a time
('the Bureau for Payment Supervision halted, then suspended, payments of two firms') imposes a measure, in
any tense; in a headline of any casing, the verb right before the dealings states it whoever
orders it. A power the law gives the body ('the Bureau can suspend a payment') is no act."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import Rows, counts, page_sanctions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Bureau for Payment Supervision on Friday suspended for five days the transfers of"
            " two payment firms.",
            {"organization": 2},
        ),
        (
            "The Financial Intelligence Unit has suspended payments of three exchange houses for"
            " ten days.",
            {"organization": 3},
        ),
        (
            "The Bureau for Financial Supervision will suspend transfers by two exchange houses"
            " from Monday.",
            {"organization": 2},
        ),
        (
            "On Tuesday the Agency for Payment Monitoring suspended transactions of four"
            " trading firms.",
            {"organization": 4},
        ),
    ],
)
def test_a_named_body_suspending_dealings_imposes_a_measure(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Under the new law, the Bureau for Payment Supervision may suspend a transfer for two"
        " working days.",
        "The Financial Intelligence Unit can suspend payments for three working days.",
        "The Office suspended talks with the banks' association on Monday.",
    ],
)
def test_a_body_s_power_or_other_suspension_is_no_measure(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    "headline",
    [
        "BUREAU SUSPENDS PAYMENTS OF ONLINE BETTING RING",
        "Unit Suspends Payments Of Two Exchange Houses",
        "FIU SUSPENDS TRANSFERS OF CRYPTO RING; COURT FREEZES ASSETS OF SIX PEOPLE",
        "Agency Suspends Accounts Of Betting Syndicate",
    ],
)
def test_a_headline_suspending_dealings_takes_the_story_s_authority(
    tmp_path: Path, headline: str
) -> None:
    text = (
        f"{headline}\n\n"
        "Slovenia's financial intelligence bureau on Monday halted payments from 20 accounts of"
        " the ring, and a court in Ljubljana froze the assets of six people.\n\n"
        "The ring is accused of taking EUR 4 million in illegal bets.\n"
    )
    rows = page_sanctions(tmp_path, text)
    heads = [r for r in rows if r["span_start"] < len(headline)]
    assert heads, rows
    assert all(list(r["sanction_authorities"]) == ["Slovenia"] for r in heads)
    if "COURT" in headline:
        assert len(heads) == 2, heads
