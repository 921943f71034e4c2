"""A stock exchange's disclosure page sets the issuer's fields on one line split by bars
("Company: ... | Symbol: ... | Sector: ..."): a strip of labelled fields, never the headline; the
announcement's own title under it is."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text

STRIPS = [
    "Company: Gulf Marine Services Q.P.S.C. | Symbol: GMSV | Sector: Transportation",
    "Issuer: Nordvik Coastal Shipping ASA | Ticker: NSHIP | Market: Main Board",
    "Company: Levant Food Industries S.A.L. | Symbol: LFI | Sector: Consumer Staples",
    "Symbol: DRH | Company: Desert Rose Hotels P.J.S.C. | Sector: Hospitality",
]
TITLE = "Harbour Cement announces the outcome of its annual general meeting"


@pytest.mark.parametrize("strip", STRIPS)
def test_a_field_strip_is_no_headline(strip: str) -> None:
    page = (
        "Regional Stock Exchange | Company Announcements\n"
        "Disclosure Date: 12/03/2026 | Disclosure Time: 10:05\n"
        f"{strip}\n"
        f"{TITLE}\n"
        "The company announces that its annual general meeting, held on 11/03/2026, approved a"
        " cash dividend of 0.15 per share and re-elected its board of directors.\n"
    )
    assert segment_text(page).title == TITLE
