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
