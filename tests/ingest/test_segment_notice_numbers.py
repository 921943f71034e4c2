"""A regulator's public notice: its number line ("PUBLIC NOTICE No. 7 of 2026") and its place
and date line stand over the notice's own title, which is the headline; the numbered measures
under the title are the notice's text, never teasers."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

TITLE = "FREEZING ORDERS AND DESIGNATIONS ISSUED IN FEBRUARY 2026"
BODY = (
    "The Unit hereby informs the public of the following measures taken during the month.\n"
    "1. Freezing order — Lakeside Traders Ltd. The Unit froze the company's accounts on"
    " 04/02/2026 for 30 days.\n"
    "2. Lifting of order — Hill Farms Co-operative. The order of 12/01/2026 was lifted.\n"
    "SUMMARY\nOrders issued in February 2026: 9\n"
)


@pytest.mark.parametrize(
    "number",
    [
        "PUBLIC NOTICE No. 7 of 2026",
        "Public Notice No. 12",
        "CIRCULAR No. 3/2026",
        "Notice No. FIU-2026-004",
    ],
)
def test_the_notice_number_gives_way_to_the_notice_title(number: str) -> None:
    page = f"FINANCIAL INTELLIGENCE UNIT\n{number}\nLusaka, 3 March 2026\n{TITLE}\n{BODY}"
    structure = segment_text(page)
    assert structure.title == TITLE
    assert structure.byline.published == dt.date(2026, 3, 3)
    assert kind_of(page, "1. Freezing order") == "body"
    assert kind_of(page, "2. Lifting of order") == "body"
