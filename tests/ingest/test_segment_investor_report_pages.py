"""A listed company's report on its investor page: the company's name, its menu, a breadcrumb
that ends on the report's financial year ('Annual Report 2024/25') and the share-price strip
are the page's top, never the headline; the report's own name under them is the title, and the
'Published ...' line under it dates the page."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

TOPS = [
    (
        "Investors › Reports › Annual Report 2024/25",
        "NSE: KLM | Share price (2 Oct 2025): KES 41.20 ▼ 0.6%",
    ),
    (
        "Investor relations › Results › Integrated Report 2025-26",
        "Share price: GHS 7.85 (+2.1%) | Market cap: GHS 1.9 bn",
    ),
    (
        "Home › Investors › Financial statements › FY 2024/2025",
        "LuSE: ZSB · Last share price: ZMW 12.40",
    ),
    (
        "Investors › Annual reports › 2025/26",
        "Stock price (close, 30 Sep 2025): UGX 290 | Change: -1.7%",
    ),
]
TITLE = "Integrated Annual Report for the twelve months to 30 June 2025 (summary)"


@pytest.mark.parametrize(("crumb", "strip"), TOPS)
def test_the_report_s_name_is_the_title_under_the_investor_page_top(crumb: str, strip: str) -> None:
    page = (
        "KILIMO MILLS PLC\nHome | About | Brands | Investors | Careers | Contact\n"
        f"{crumb}\n{strip}\n\n{TITLE}\n"
        "Published 2 October 2025 · Get the whole report as a PDF (5.1 MB)\n\n"
        "CHAIR'S REVIEW\n\n"
        "Flour volumes rose 9% to 412,000 tonnes and revenue reached a record, while a weaker"
        " shilling raised the cost of imported wheat by roughly 20% across the twelve months.\n"
    )
    structure = segment_text(page)
    assert structure.title == TITLE
    assert structure.byline.published == dt.date(2025, 10, 2)
    assert kind_of(page, strip) == "boilerplate"
    assert kind_of(page, "Flour volumes rose 9%") == "body"
