"""An extract of a longer document under its note naming the pages it was taken from: the
document's cover lines above the note are no headline, the heading under it (past a page number
set alone) is the page's title. A live page's stamp strip under its standfirst names the day the
page was opened and its last update: the last update dates the page."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import TODAY

TEXT = (
    "The port board raised its dues for container ships by 8% on Monday, citing the cost of"
    " dredging the outer channel, and said cruise ships would pay the same as last year.\n"
)


@pytest.mark.parametrize(
    ("cover", "note", "folio", "heading"),
    [
        (
            "Vela Port Holding plc\nEUR 300,000,000 4.5 per cent. Bonds due 2031",
            "[Text extract prepared for the investor page · Pages 41–47 of 230]",
            "— 41 —",
            "PROSPECTUS — RISK FACTORS (extract)",
        ),
        (
            "Ministry of Ports\nAnnual Report 2025",
            "Excerpt: pages 12-18 of the annual report, as published",
            "- 12 -",
            "Chapter 3 — Dues and charges",
        ),
        (
            "Lake Shipping Company\nNotice of General Meeting 2026",
            "[Extract for shareholders, pages 3–5]",
            "",
            "Resolution 4: Harbour dues contract",
        ),
        (
            "Harbour Council of Vela\nMinutes of the meeting of 4 May 2026",
            "Extract (pages 7-9) published for the press",
            "7",
            "Item 6 — Container dues for 2026",
        ),
    ],
)
def test_the_heading_under_an_extract_s_note_is_the_title(
    cover: str, note: str, folio: str, heading: str
) -> None:
    page = f"{cover}\n{note}\n" + (f"{folio}\n" if folio else "") + f"{heading}\n{TEXT}"
    assert segment_text(page, TODAY).title == heading


def test_a_cover_strip_closing_on_per_cent_still_dates_the_page() -> None:
    page = (
        "Vela Port Holding plc\n"
        "Prospectus dated 4 March 2026 · Issue price: 99.5 per cent. · Managers: Lake Bank\n"
        "[Text extract prepared for the investor page · Pages 41–47 of 230]\n"
        "PROSPECTUS — RISK FACTORS (extract)\n" + TEXT
    )
    assert segment_text(page, TODAY).byline.published == dt.date(2026, 3, 4)


HEAD = "LIVE: Storm makes landfall on the north coast — latest updates"
STANDFIRST = (
    "The storm came ashore near the harbour with winds of 150 km/h and is crossing the two northern"
    " provinces. Follow our coverage below.\n"
)


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        (
            "Live page started Mon 4 May 2026, 18:00 · Last update Tue 5 May 2026, 16:20",
            dt.date(2026, 5, 5),
        ),
        ("Live blog began 9 May 2026 · Updated 10 May 2026, 08:15 BST", dt.date(2026, 5, 10)),
        ("Live coverage opened 1 June 2026 · Last updated 2 June 2026", dt.date(2026, 6, 2)),
        (
            "Live updates started Friday 12 June 2026, 07:00 · Last update Saturday 13 June 2026",
            dt.date(2026, 6, 13),
        ),
    ],
)
def test_a_live_page_is_dated_by_its_last_update(stamp: str, expected: dt.date) -> None:
    page = f"NORTH COAST NEWS\n{HEAD}\n{STANDFIRST}{stamp}\n▼ 16:20\n{TEXT}"
    assert segment_text(page, TODAY).byline.published == expected
