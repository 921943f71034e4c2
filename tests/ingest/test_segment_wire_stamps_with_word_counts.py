"""A wire story's stamp under its headline: the day and time beside the story's word count
("4 Mar 2026 10:15 GMT | 640 words"): metadata that dates the page, never a body line."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

LEAD = (
    "KAMPALA, March 4 - Coffee exports from Uganda rose for a fifth month in February as growers"
    " sold beans held back during the rains, traders and the export authority said on Tuesday.\n"
)
STAMPS = [
    ("4 Mar 2026 10:15 GMT | 640 words", dt.date(2026, 3, 4)),
    ("March 4, 2026 08:02 UTC | 1,120 words", dt.date(2026, 3, 4)),
    ("Wed 4 March 2026 · 385 words", dt.date(2026, 3, 4)),
    ("04.03.2026 16:40 | 712 words", dt.date(2026, 3, 4)),
]


@pytest.mark.parametrize(("stamp", "day"), STAMPS)
def test_a_stamp_with_a_word_count_dates_the_wire_story(stamp: str, day: dt.date) -> None:
    page = (
        "EAST AFRICA COMMODITIES WIRE\n"
        "COFFEE-UGANDA/EXPORTS\n"
        "Ugandan coffee exports climb as growers release stocks\n"
        f"{stamp}\n"
        "* February shipments up 14% on the year\n"
        f"{LEAD}"
    )
    structure = segment_text(page)
    assert structure.byline.published == day
    assert structure.title == "Ugandan coffee exports climb as growers release stocks"
    assert kind_of(page, stamp) == "byline"
    assert kind_of(page, "* February shipments") == "body"
