"""The lines a page sets over its menu (the site's name with a tagline or an edition's date, a
strip of rates or readings split by dots) are no headline, nor is a widget of labelled readings;
the headline comes under the menu and its breadcrumb, which may close on a named site's number."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

HEADLINE = "Ferry operator adds a third boat as island bookings double"
STORY = (
    f"{HEADLINE}\n"
    "By Mirela Costa · Friday 6 March 2026\n"
    "The operator will run a third boat from April, it said on Thursday, after bookings for the"
    " summer doubled against last year and the two older boats were full on most weekends.\n"
)
MENU = "News | Islands | Business | Sport | Opinion | Letters\n"


@pytest.mark.parametrize(
    "top",
    [
        "HARBOUR WEEKLY · news of the western isles since 1961\n" + MENU,
        "ISLAND STAR · Friday 6 March 2026 edition\n" + MENU + "Home › Transport\n",
        "Rates: EUR 1 = 4.97 RON · Fuel: 7.31 RON/l   [Members only]\n" + MENU,
        "THE PIER POST\n" + MENU + "Snow: 12 cm · 🌡 Air: -3°C · Pass: open to 18:00\n",
        "THE PIER POST\n" + MENU + "Transport › Pier 4\n",
    ],
)
def test_lines_over_the_menu_give_way_to_the_headline(top: str) -> None:
    page = top + STORY
    structure = segment_text(page, dt.date(2026, 12, 1))
    assert structure.title == HEADLINE
    assert structure.byline.published == dt.date(2026, 3, 6)
    assert kind_of(page, page.splitlines()[0]) not in ("body", "title")


def test_a_headline_with_a_menu_of_two_pieces_under_it_stays_the_headline() -> None:
    page = f"{HEADLINE}\nHarbour Weekly | Transport\n" + STORY.split("\n", 1)[1]
    assert segment_text(page).title == HEADLINE


@pytest.mark.parametrize(
    ("masthead", "day"),
    [
        ("THE LAGOON TIMES · Fiji's weekly of record · Tuesday 14 April 2026 edition", 14),
        ("ISLE POST · Printed every Tuesday in Levuka · Tuesday 14 April 2026 · No. 2,207", 14),
        ("HARBOUR NEWS | 21 April 2026 | Issue 88", 21),
    ],
)
def test_an_edition_day_in_the_masthead_dates_an_undated_story(masthead: str, day: int) -> None:
    page = (
        f"{masthead}\n{MENU}Home › Letters\nReaders write on the new ferry timetable\n"
        "The new timetable leaves our island without a boat on Sundays, and the shop runs out of"
        " bread by Saturday night, as it did twice last month.\n"
    )
    structure = segment_text(page, dt.date(2026, 12, 1))
    assert structure.title == "Readers write on the new ferry timetable"
    assert structure.byline.published == dt.date(2026, 4, day)


@pytest.mark.parametrize("button", ["✉ Email this story", "🔗 Copy the link"])
def test_a_byline_with_a_share_button_dates_the_story(button: str) -> None:
    page = (
        f"THE PIER POST\n{MENU}{HEADLINE}\nA third boat from April, after a record winter\n"
        f"Our harbour reporter, Split | 9 March 2026 | 4 min read | {button}\n"
        "The operator will run a third boat from April, it said on Thursday, after bookings for"
        " the summer doubled against last year.\n"
    )
    structure = segment_text(page, dt.date(2026, 12, 1))
    assert structure.byline.published == dt.date(2026, 3, 9)
    assert kind_of(page, "Our harbour reporter") not in ("body", "title")


def test_a_metadata_blocks_last_update_dates_a_dataset_page() -> None:
    page = (
        "OPENSTATS · the city's open data\n"
        f"{MENU}Home › Datasets › Transport\n"
        "Bus boardings by route, 2019-2025\n"
        "Description\n"
        "Boardings on every city bus route by month, counted by the ticket machines. In 2025 the"
        " buses carried 48.2 million passengers, up 6% on 2024.\n"
        "Metadata\n"
        "Publisher: City Transport Office\n"
        "Last updated: 14-02-2026 · Created: 03-09-2020\n"
        "Licence: CC BY 4.0\n"
    )
    assert segment_text(page, dt.date(2026, 12, 1)).byline.published == dt.date(2026, 2, 14)
