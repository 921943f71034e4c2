"""Two shapes of a page's stamp over its headline. A listing's or a wire item's routing line:
short pieces split by dots or bars, one of them a verb of sending or listing before the day
('Listed Fri 6 Mar 2026', 'Sent 2 Feb 2026 08:15 GMT'), the others codes, a desk, counts and
terms that may hold figures: the page's stamp, never its headline. And a stamp whose day is
written in French, Spanish or Portuguese ('Jeudi 5 février 2026 · ...', 'Sent 9 avr. 2026'),
read as the page's day as an English one is."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import TODAY

HEADLINE = "Regulator freezes the accounts of three grain traders after an audit"
LEAD = (
    "The market regulator froze the accounts of three grain traders on Tuesday after an audit"
    " found 40,000 tonnes of wheat missing from their silos, it said in a statement.\n"
    "The traders have 30 days to appeal against the order, which a court must confirm.\n"
)


@pytest.mark.parametrize(
    ("strip", "day"),
    [
        (
            "Listed Fri 6 Mar 2026 · 9 lots · Buyer's fee 10% + tax · Collect from Napier",
            dt.date(2026, 3, 6),
        ),
        (
            "Story AGW-0302-114  ·  Desk: Farming  ·  Sent 2 Feb 2026 08:15 GMT  ·  Graphic available",
            dt.date(2026, 2, 2),
        ),
        (
            "Ref. KX-77/2025 | Filed 19 Nov 2025 | 3 pages | Corrected copy",
            dt.date(2025, 11, 19),
        ),
        (
            "Item 5521 • Moved 7 July 2025 11:02 UTC • Priority 2 • Photo 3 of 4",
            dt.date(2025, 7, 7),
        ),
    ],
)
def test_a_routing_line_is_the_page_s_stamp_over_its_headline(strip: str, day: dt.date) -> None:
    page = "Harvest Wire · Agriculture service\n" + strip + "\n" + HEADLINE + "\n" + LEAD
    structure = segment_text(page, TODAY)
    assert structure.title == HEADLINE
    assert structure.byline.published == day


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        (
            "Jeudi 5 février 2026 · Presented by Hery Rakoto · Translation: our English desk",
            dt.date(2026, 2, 5),
        ),
        (
            "Item RX-EN-0409-07  ·  Desk: MKT  ·  Sent 9 avr. 2026 16:40 EAT  ·  Map available",
            dt.date(2026, 4, 9),
        ),
        ("Lunes, 12 de octubre de 2026 · Edición en inglés", dt.date(2026, 10, 12)),
        ("Sábado 1 agosto 2026 · Por a redação · Tradução: English service", dt.date(2026, 8, 1)),
    ],
)
def test_a_stamp_in_french_spanish_or_portuguese_dates_the_page(stamp: str, day: dt.date) -> None:
    page = "Horizon Radio · World service\n" + stamp + "\n" + HEADLINE + "\n"
    structure = segment_text(page + LEAD, TODAY)
    assert structure.title == HEADLINE
    assert structure.byline.published == day
