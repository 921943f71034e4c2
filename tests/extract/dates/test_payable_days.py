"""A payment said to be payable on a day or in a month ('a dividend of 1.20 per share, payable on
November 19': claims/data/dates.json 'look_ahead_words') is the next such day, not the last."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import WED_24_SEP_2025, spans


@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        (
            "The board approved a dividend of 1.20 per share, payable on November 19.",
            "November 19",
            "2025-11-19",
            "2025-11-19",
        ),
        (
            "The final dividend is payable on 2 June to holders on the register.",
            "2 June",
            "2026-06-02",
            "2026-06-02",
        ),
        ("A coupon of 4% is payable in March.", "March", "2026-03-01", "2026-03-31"),
        (
            "The special payout, payable on 15 July, totals $90 million.",
            "15 July",
            "2026-07-15",
            "2026-07-15",
        ),
    ],
)
def test_a_payable_day_is_ahead(text: str, span: str, start: str, end: str) -> None:
    assert spans(text, WED_24_SEP_2025) == [(span, start, end)]


@pytest.mark.parametrize(
    ("text", "span", "start"),
    [
        (
            "The interim dividend was payable on 2 September, the filing shows.",
            "2 September",
            "2025-09-02",
        ),
        ("The last coupon had been payable on August 15.", "August 15", "2025-08-15"),
        ("A repayment of $40 million fell due on 12 September.", "12 September", "2025-09-12"),
        ("The licence fee was due on 1 September but was never paid.", "1 September", "2025-09-01"),
    ],
)
def test_a_payment_due_told_in_the_past_is_the_last_such_day(
    text: str, span: str, start: str
) -> None:
    """A look-ahead word after a past form of 'be' ('was payable', 'fell due') tells a deadline
    that stood then: the most recent such day when it is near."""
    assert spans(text, WED_24_SEP_2025) == [(span, start, start)]
