"""A newspaper's e-paper page read by OCR: the printed running head (the paper's name, the day,
the section and the page number across wide gaps) dates the page and is no headline, the
e-paper's own strip ("e-paper | page 9 of 24") is furniture, and a strip of other stories set
on one line under an "IN BRIEF" label is no part of the story."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

HEADS = [
    ("THE COASTAL HERALD   Monday 3 March 2025   BUSINESS   14", dt.date(2025, 3, 3)),
    ("Daily Meridian   Friday, 9 January 2026   Economy   Page 7", dt.date(2026, 1, 9)),
    ("NILE GAZETTE   12 August 2025   REGIONS   5", dt.date(2025, 8, 12)),
    ("THE ATLAS POST   Tuesday 2 June 2026   FARMING", dt.date(2026, 6, 2)),
]
STRIPS = [
    "e-paper | page 14 of 32 | text view (OCR)",
    "E-edition | Page 7 | Text version",
    "e-paper | page 5 of 20",
    "Digital replica | page 3 of 28 | OCR text",
]
BRIEF = (
    "IN BRIEF   Port handled 2.4 mln t of grain in May, up 6% on the year.   Steel exports"
    " pass 1 mln t in Jan-May"
)
HEADLINE = "Wheat harvest seen at a record 4.1 million tonnes"


@pytest.mark.parametrize(("head", "strip"), list(zip(HEADS, STRIPS, strict=True)))
def test_a_printed_page_head_dates_the_page(head: tuple[str, dt.date], strip: str) -> None:
    line, day = head
    page = (
        f"{line}\n{strip}\n{HEADLINE}\n"
        "By Samir Haddad, Setif\n"
        "SETIF - The wheat harvest will reach   Exports of durum wheat, mainly to\n"
        "a record 4.1 million tonnes this year,   Italy, rose 8% to 310,000 tonnes\n"
        "the agriculture ministry said on Monday.   in the first five months.\n"
        f"{BRIEF}\n"
    )
    structure = segment_text(page)
    assert structure.title == HEADLINE
    assert structure.byline.published == day
    assert kind_of(page, strip) == "boilerplate"
    assert kind_of(page, "SETIF - The wheat harvest") == "body"
    assert kind_of(page, "IN BRIEF") == "related"
