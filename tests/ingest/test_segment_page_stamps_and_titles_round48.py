"""Stamps and titles a page sets in forms of its own: a byline with its stamp placed under the
story; a stamp whose slashed date has a two-digit year; a notice board titled with its edition's
day; a live page's stamp strip over its headline; a document's name 'dated' a day over its
extract; an institution's name closing on its short form in brackets over the site's menu; a
headline closing on a bracketed aside; a bar of long play buttons over the headline."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.byline import find_date
from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

TODAY = dt.date(2026, 12, 1)
STORY = (
    "Cyclone damage closes two wharves on the east coast\n"
    "Harbour staff closed two of the four wharves at Port Lena on Monday after the cyclone tore"
    " away 60 metres of decking, the port authority said.\n"
    "Repairs are expected to take about three weeks and to cost at least 800,000 dollars, the"
    " authority's engineer told reporters at the port.\n"
    "PHOTO: The damaged wharf at Port Lena on Tuesday morning.\n"
)


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("By Mele Tonga · Posted Tue 3 March 2026, 8:40 am · 💬 5 comments", dt.date(2026, 3, 3)),
        ("By Joe Ngata | Published 4 March 2026 | 2 min read", dt.date(2026, 3, 4)),
        ("By Ana Vea · 15/03/2026 · Share", dt.date(2026, 3, 15)),
        ("By Kim Ma · 6 March 2026, 10:05 am", dt.date(2026, 3, 6)),
    ],
)
def test_a_byline_with_its_stamp_under_the_story_dates_the_page(stamp: str, day: dt.date) -> None:
    page = (
        STORY
        + stamp
        + "\nCOMMENTS\nTevita K: The wharf was already weak.\nLani P: Fix it properly this time.\n"
    )
    assert segment_text(page, TODAY).byline.published == day
    assert kind_of(page, stamp, TODAY) == "byline"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Suva, 25/06/25", dt.date(2025, 6, 25)),
        ("Issued 13/11/24 · 2:15 pm", dt.date(2024, 11, 13)),
        ("STATEMENT · Ref. AB/12/2026 · Apia, 14/02/26 · For immediate use", dt.date(2026, 2, 14)),
        ("Posted 30/09/25", dt.date(2025, 9, 30)),
    ],
)
def test_a_stamp_s_slashed_date_with_a_two_digit_year(line: str, day: dt.date) -> None:
    found = find_date(line)
    assert found is not None and found[0] == day


def test_a_web_address_path_is_no_two_digit_year_date() -> None:
    assert find_date("harbour.example/news/12/06/25/wharf-repairs") is None


def test_a_statement_stamped_with_a_two_digit_year_is_dated_by_it() -> None:
    page = (
        "MINISTRY OF PORTS\n"
        "Home | About | Media | Contact\n"
        "STATEMENT · Ref. MP/ST/9/2025 · Nuku'alofa, 25/06/25 · 3:10 pm · For immediate use\n\n"
        "Two wharves closed after cyclone damage\n\n" + STORY.split("\n", 1)[1]
    )
    assert segment_text(page, TODAY).byline.published == dt.date(2025, 6, 25)


@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("Public notices: edition of Friday 6 March 2026", dt.date(2026, 3, 6)),
        ("Sailings: list for 3 June 2026", dt.date(2026, 6, 3)),
        ("Tenders: issue of 12 May 2026", dt.date(2026, 5, 12)),
        ("Court notices: board for Monday 9 February 2026", dt.date(2026, 2, 9)),
    ],
)
def test_a_board_titled_with_its_edition_s_day_is_dated_by_it(title: str, day: dt.date) -> None:
    page = (
        "TOWN GAZETTE · CLASSIFIEDS\n"
        "Place an ad | Jobs | Property | Tenders | Public notices\n\n"
        + title
        + " · 4 notices · Deadline for the next edition: Monday 5 pm\n\n"
        + title
        + "\n\n=== ITEM 1 ===\nLOST TITLE DEED\nNotice is given that the owner's deed for"
        " Parcel 12 has been lost. Any finder should call the lands office.\n"
    )
    assert segment_text(page, TODAY).byline.published == day


@pytest.mark.parametrize(
    "strip",
    [
        "● EN VIVO / LIVE  —  Friday 6 March 2026  —  this page reloads every 30 seconds  —  14 posts",
        "🔴 LIVE — 6 March 2026 — new posts appear at the top — 22 updates",
        "● AO VIVO · sexta-feira, 6 March 2026 · the page updates on its own · 9 posts",
        "LIVE COVERAGE | Friday 6 March 2026 | refreshes by itself every half minute",
    ],
)
def test_a_live_page_s_stamp_strip_is_no_headline(strip: str) -> None:
    headline = "LIVE: Port strike spreads to three more harbours"
    page = (
        "HARBOUR NEWS · English edition\nHome · Ports · Shipping · Weather\n"
        + strip
        + "\n"
        + headline
        + "\nReporting by Lea Moana\n"
        "Dock workers at three more harbours walked out this morning, the union said, joining"
        " the 1,200 who stopped work on Tuesday.\n"
    )
    structure = segment_text(page, TODAY)
    assert structure.title == headline
    assert structure.byline.published == dt.date(2026, 3, 6)


@pytest.mark.parametrize(
    "dated",
    [
        "Offering circular dated 4 May 2026 · Part 3: Information on the Issuer and its Group",
        "Prospectus / Listing document dated 1 June 2025 · Part 2: Risks of the Offer",
        "Information memorandum dated 12 January 2026 · Section 2: Business of the Group",
        "Annual report dated 30 April 2026 · Chapter 4: Risks and how we manage them",
    ],
)
def test_a_document_dated_a_day_over_its_extract_gives_the_page_s_day(dated: str) -> None:
    page = (
        "HARBOUR FISHERIES PUBLIC COMPANY LIMITED\n"
        + dated
        + "\n[Extract — pages 4-12 to 4-18 of 96. Unofficial English translation of the Thai"
        " text; where the two differ, the Thai text prevails.]\n"
        "4.1 Risk factors — risks from sourcing and sanctions\n"
        "Summary of key risks\n| No. | Risk | Likelihood |\n|---|---|---|\n"
        "| 4.1.1 | Sanctions on suppliers | High |\n"
        "4.1.1 Sanctions on suppliers may disrupt the company's supply of fish\n"
        "The company buys frozen fish from about 90 vessels, two of which were designated by a"
        " foreign government in 2025.\n"
    )
    structure = segment_text(page, TODAY)
    assert structure.title == "4.1 Risk factors — risks from sourcing and sanctions"
    assert structure.byline.published == find_date(dated)[0]  # type: ignore[index]


@pytest.mark.parametrize(
    ("top", "headline"),
    [
        (
            "SUPERVISORY AUTHORITY FOR BANKS, INSURERS AND PENSIONS — Republic of Lorem\n"
            "Financial Intelligence Unit (FIU)\n",
            "CALL NO. 12-2026 — Sanctions Analyst (Asset Freezing Desk)",
        ),
        (
            "REGULATOR OF PORTS, PILOTS AND HARBOURS — Kingdom of Ipsum\nMaritime Safety Office (MSO)\n",
            "NOTICE 4/2026 — Pilot wanted for the northern channel (two posts)",
        ),
        (
            "AGENCY FOR CUSTOMS, EXCISE AND BORDERS — Republic of Dolor\nCustoms Service (CS)\n",
            "VACANCY 31-2026 — Customs Officer (Border Posts)",
        ),
        (
            "BUREAU FOR MONEY, CREDIT AND EXCHANGE — Republic of Sit\n"
            "Payments Supervision Department (PSD)\n",
            "CALL 7/2026 — Payments Examiner (Remittance Firms)",
        ),
    ],
)
def test_a_headline_closing_on_an_aside_under_a_named_office_is_the_title(
    top: str, headline: str
) -> None:
    page = (
        top
        + "Home | Transparency | Careers | Calls | ES / EN\n"
        + "Home › Careers › Calls 2026\n"
        + "Status: OPEN · Published: 03/02/2026 · Contract: fixed term · Place: capital\n"
        + headline
        + "\n(English version for information; the original text prevails.)\n"
        "I. GENERAL INFORMATION\n"
        "Purpose: to hire two analysts for the desk that freezes the funds of listed persons.\n"
    )
    assert segment_text(page, TODAY).title == headline


@pytest.mark.parametrize(
    "bar",
    [
        "▶ Watch the 9 PM news bulletin report (3:12) | 🎧 Listen",
        "▶ Watch the full evening news report (4:05)",
        "▶ Listen to the morning radio bulletin now | English",
        "▶ Play the whole report from the studio (2:58) · 🎧 Audio",
    ],
)
def test_a_bar_of_long_play_buttons_is_no_headline(bar: str) -> None:
    headline = "Two traders barred from entry and nine accounts frozen in betting case"
    page = (
        "VALLEY BROADCASTING\nTV1 | TV2 | Radio | English\n"
        "News | Nation | Business | Sport\n"
        "Reported by Dawa Lham · 23 January 2026, 7:41 PM\n"
        + bar
        + "\n\n"
        + headline
        + "\n\nThe immigration office barred two foreign traders on Tuesday and a court froze"
        " nine bank accounts linked to an online betting ring, police said.\n"
    )
    assert segment_text(page, TODAY).title == headline


@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("Public notices: edition of Friday 6 March 2026", "edition of Friday 6 March 2026"),
        ("Sailings: list for 3 June 2026", "list for 3 June 2026"),
        ("Tenders: issue of 12 May 2026", "issue of 12 May 2026"),
        ("Court notices: board for Monday 9 February 2026", "board for Monday 9 February 2026"),
    ],
)
def test_an_edition_s_day_in_its_title_is_its_stamp_not_an_event(title: str, day: str) -> None:
    page = (
        "TOWN GAZETTE · CLASSIFIEDS\n"
        "Place an ad | Jobs | Property | Tenders | Public notices\n\n"
        + title
        + "\n\n=== ITEM 1 ===\nLOST TITLE DEED\nNotice is given that the owner's deed for"
        " Parcel 12 has been lost. Any finder should call the lands office.\n"
    )
    structure = segment_text(page, TODAY)
    assert structure.title == title
    assert kind_of(page, day, TODAY) == "byline"


@pytest.mark.parametrize(
    "credits",
    [
        "A Casa do Rio · Brazil/Portugal 2026 · Dir. Lia Soto · 96 min · PG",
        "Director: Tom Berg · Runtime: 88 min · Classification: M",
        "El Puerto · Chile 2025 · Directed by Ana Ruiz · 1 h 45 min",
        "Salt and Iron · Kenya 2026 · Dir. Joe Otieno · 102 min · Swahili with English subtitles",
    ],
)
def test_a_film_s_credits_strip_under_the_headline_is_metadata(credits: str) -> None:
    page = (
        "SCREEN NOTES — films from the south\n"
        "Reviews | Festivals | Streaming | About\n"
        "Reviews › Documentary\n"
        "★★★★☆ · Reviewed by Kim Ma · 14.10.2026 · 5 min read\n"
        "A patient film follows a river town through a year of floods\n"
        + credits
        + "\nThe film opens on a flooded square, and for the next hour and a half it never"
        " leaves the town, following 12 families as the water rises and falls.\n"
    )
    assert kind_of(page, credits, TODAY) == "byline"
    assert kind_of(page, "following 12 families", TODAY) == "body"
