"""A page saved from a web archive: the archive's toolbar stands over the page it kept (its banner
with the saved address, the number of captures and their days, the calendar's months, day and
years, 'About this capture', the collection). The toolbar is the archive's furniture, never the
page's headline, and its capture day is no publication date: the saved page's own headline,
byline and stamp read as on the live page."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

STORY = (
    "Ferry operator fined for overloading on the island route\n"
    "By Marta Quiroga | March 3, 2025\n"
    "\n"
    "The maritime authority fined the operator $84,000 on Friday after inspectors counted 412"
    " passengers on a vessel licensed for 350, the second breach this year.\n"
    "\n"
    "The company said it would appeal and that extra sailings would run from next month.\n"
)
HEADLINE = "Ferry operator fined for overloading on the island route"
LEAD = "The maritime authority fined the operator $84,000"

SNAPSHOTS = [
    (
        "The Wayback Machine - https://web.archive.org/web/20250311080102/https://www.islandpost.example/ferry-fined\n"
        "INTERNET ARCHIVE\n"
        "Wayback Machine\n"
        "https://www.islandpost.example/ferry-fined   Go\n"
        "12 captures\n"
        "03 Mar 2025 - 19 Jun 2025\n"
        "FEB  MAR  APR\n"
        "11\n"
        "2024  2025  2026\n"
        "About this capture\n"
        "COLLECTED BY\n"
        "Collection: Common Crawl\n"
        "TIMESTAMPS\n" + STORY,
        "12 captures",
    ),
    (
        "The Wayback Machine - https://web.archive.org/web/20250401000000*/islandpost.example\n"
        "Wayback Machine\n"
        "3 captures\n"
        "Organization: Internet Archive\n"
        "\n"
        "ISLAND POST | Local news\n"
        "Home | Island | Sea | Weather\n" + STORY,
        "Organization: Internet Archive",
    ),
    (
        "archive.today webpage capture\n"
        "Saved from https://www.islandpost.example/ferry-fined\n"
        "no other snapshots from this url\n"
        "All snapshots from host www.islandpost.example\n"
        "Webpage Screenshot\n"
        "\n" + STORY,
        "Saved from https://www.islandpost.example/ferry-fined",
    ),
    (
        "This is Google's cache of https://www.islandpost.example/ferry-fined.\n"
        "It is a snapshot of the page as it appeared on 9 Mar 2025 14:02:11 GMT.\n"
        "The current page could have changed in the meantime. Learn more.\n"
        "Full version Text-only version View source\n"
        "\n" + STORY,
        "It is a snapshot of the page as it appeared on 9 Mar 2025 14:02:11 GMT.",
    ),
]


@pytest.mark.parametrize(("page", "toolbar"), SNAPSHOTS)
def test_an_archive_toolbar_is_furniture_over_the_page_it_saved(page: str, toolbar: str) -> None:
    structure = segment_text(page)
    assert structure.title == HEADLINE
    assert structure.byline.published == dt.date(2025, 3, 3)  # the byline's, not the capture's
    assert kind_of(page, page.splitlines()[0]) == "boilerplate"
    assert kind_of(page, toolbar) == "boilerplate"
    assert kind_of(page, LEAD) == "body"


def test_a_page_that_names_the_archive_in_its_text_keeps_its_lines() -> None:
    """No banner opens the page: a story about the archive is read as any story."""
    page = (
        "Wayback Machine passes one trillion saved pages\n\n"
        "The archive said on Tuesday that it had saved its trillionth page, 28 years after it"
        " began to crawl the web.\n"
    )
    assert segment_text(page).title == "Wayback Machine passes one trillion saved pages"
