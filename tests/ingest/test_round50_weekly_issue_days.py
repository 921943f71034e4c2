"""Round 50: a weekly's issue line dated by the days it covers ('Issue 12 · 3–9 March 2026')
dates the page to the first of those days, as the issue comes out on it; a plain day stays."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text

TODAY = dt.date(2026, 12, 1)
PAGE = (
    "HARBOUR TRADE WEEKLY\n"
    "{issue}\n"
    "Shipping | Ports | Energy | Markets | Opinion | Print archive\n"
    "Home › Ports › Fees\n\n"
    "Port board raises berth fees for larger ships by a fifth\n"
    "Ships over 200 metres will pay about 20% more to berth from July, the board said.\n"
    "Written by Ana Ruiz | In print: page 4 of this issue\n\n"
    "The harbour board on Monday approved higher berth fees for the largest ships, saying the"
    " money would pay for a deeper channel that the port needs to stay open to new vessels.\n"
)


@pytest.mark.parametrize(
    ("issue", "day"),
    [
        ("Vol. 7 · Issue 12 · 3–9 March 2026 · $2.00 · Sign in | Subscribe", dt.date(2026, 3, 3)),
        ("No. 418 | 27 April–3 May 2026 | Subscribe", dt.date(2026, 4, 27)),
        ("Issue 31 · 14-20 September 2026 · Sign in", dt.date(2026, 9, 14)),
        ("Vol. 2, No. 9 · 30 Dec–5 Jan 2026 · Log in", dt.date(2025, 12, 30)),
    ],
)
def test_a_weekly_s_issue_days_date_the_page_by_the_first(issue: str, day: dt.date) -> None:
    assert segment_text(PAGE.format(issue=issue), TODAY).byline.published == day


def test_an_issue_line_with_one_day_dates_the_page_by_it() -> None:
    page = PAGE.format(issue="Vol. 7 · Issue 12 · 9 March 2026 · $2.00 · Sign in | Subscribe")
    assert segment_text(page, TODAY).byline.published == dt.date(2026, 3, 9)


ARCHIVE_PAGE = (
    "CITY RECORDS OFFICE · Archives and Collections\n"
    "English | Français     Catalogue | Guides | Reading room | Ask us\n"
    "Home › Guides › Shipping › RO-0077\n"
    "{strip}\n"
    "Print  ·  Get the PDF  ·  Order copies\n\n"
    "Harbour Towage Company: papers on the wartime requisition, 1939–1946\n\n"
    "OVERVIEW\n"
    "Identifier: RO-0077\n"
    "Dates: 1939–1946 (bulk 1940–1945)\n"
    "Extent: 6 boxes (140 files)\n\n"
    "The papers show how the company's tugs were taken over by the navy and returned after the"
    " war, with the claims the firm made for lost and damaged boats.\n"
)


@pytest.mark.parametrize(
    ("strip", "day"),
    [
        (
            "Guide  ·  Collection RO-AB-0077  ·  Encoded: XML 2003  ·  Guide published 3 May 2026"
            "  ·  Last revised 3 May 2026  ·  Processed by Ana Ruiz",
            dt.date(2026, 5, 3),
        ),
        (
            "Finding aid · Fonds CR-SH-0077 · Format: EAD 2002 · Catalogue first published 12 June"
            " 2025 · Revised 2 July 2025 · Compiled by the reading room staff",
            dt.date(2025, 6, 12),
        ),
        (
            "Record · Series RO-TG-12 · Schema: MARC 21 · Description issued on 9 March 2026 ·"
            " Updated 9 March 2026 · Edited by T. Vela",
            dt.date(2026, 3, 9),
        ),
        (
            "Collection guide · Fonds HT-0077 · Encoded: EAD 3 · Online version released: 21"
            " October 2025 · Last checked 2 November 2025 · Processed by Jo Lee",
            dt.date(2025, 10, 21),
        ),
    ],
)
def test_a_named_published_piece_over_the_headline_dates_the_page(strip: str, day: dt.date) -> None:
    assert segment_text(ARCHIVE_PAGE.format(strip=strip), TODAY).byline.published == day
