"""An open-data portal's dataset page: under the dataset's name, a line of its publisher, its
licence, the day it was updated and its view and download counts is the page's stamp. That day,
not a 'Created' field in the metadata table further down, dates the page."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import _listing_stamp, is_metadata, segment_text

NAME = "Monthly cocoa purchases by district, 2018 to March 2026"
BELOW = (
    "\n\nDescription\nThis dataset gives the cocoa bought from farmers each month by district,"
    " in tonnes and in cedis, as reported by licensed buying companies.\n"
    "| Field | Value\n| Created | 4 February 2019\n| Rows | 1,200\n"
)


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        (
            "Cocoa Marketing Board · Licence: Open Data Licence 2.0 · ● Updated 2 April 2026"
            " · 310 views · 44 downloads",
            dt.date(2026, 4, 2),
        ),
        ("Ministry of Agriculture | Last updated 9 March 2026 | 1,020 views", dt.date(2026, 3, 9)),
        (
            "Statistics Office · Licence: CC BY 4.0 · Published 15 January 2026 · 12 downloads",
            dt.date(2026, 1, 15),
        ),
        (
            "District Data Unit · Terms of use: attribution required · ⟳ Modified 30 Dec 2025"
            " · 88 views",
            dt.date(2025, 12, 30),
        ),
    ],
)
def test_a_listing_line_is_the_stamp_that_dates_the_page(stamp: str, day: dt.date) -> None:
    assert is_metadata(stamp)
    page = f"OPEN DATA PORTAL\nHome / Datasets / Cocoa\n{NAME}\n{stamp}{BELOW}"
    structure = segment_text(page)
    assert structure.title == NAME
    assert structure.byline.published == day


@pytest.mark.parametrize(
    "line",
    [
        "Exports rose to 4,000 tonnes · Updated 2 April 2026 · the board said it",
        "Cocoa Board · Updated 2 April 2026 · Revised 9 April 2026 · 40 views",
        "Cocoa Board · Licence: CC BY 4.0 · 310 views · 44 downloads",
    ],
)
def test_figures_in_a_piece_two_days_or_none_make_no_listing_stamp(line: str) -> None:
    assert not _listing_stamp(line)
