"""Rows labelled only by a place, a region or a date ('Norway: 4.1 million', 'Zone B: ...',
'Jun 3: 410') measure what the line introducing them names, when that line ends with a
colon ('Guest nights by country of origin:'), stands alone or closes a paragraph, and when a
row goes on with a change after its figure (', up from ...')."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Hotels had a strong summer.\n\nGuest nights by country of origin:\n"
            "Norway: 4.1 million\nDenmark: 2.7 million\n\nBookings for winter are firm.",
            "2.7 million",
            "guest nights",
        ),
        (
            "Visitors spent more than ever. Cruise passengers by port, January-June:\n"
            "Split: 310,000\nDubrovnik: 540,000\n\nThe season ends in October.",
            "540,000",
            "cruise passengers",
        ),
        (
            "The decree takes effect in January.\n\nMonthly wage floor by zone:\n"
            "Region I: VND 5,100,000, up from VND 4,800,000\n"
            "Region II: VND 4,500,000, up from VND 4,200,000\n\nHourly rates rise too.",
            "VND 4,500,000",
            "monthly wage floor",
        ),
        (
            "Prices firmed again this week.\n\nSoybean meal, Rotterdam ($/t):\n"
            "Jun 3: 410\nMay 27: 402\n\nTraders expect more gains.",
            "402",
            "soybean meal",
        ),
    ],
)
def test_rows_under_a_line_ending_with_a_colon(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


def test_a_label_line_names_its_own_figure(claims_of: Rows) -> None:
    text = "Casualties so far:\nKilled: 12\nInjured: 40\n"
    assert found(claims_of, text, "40")["quantity_item"] == "injured people"
