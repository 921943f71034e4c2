"""The top of a page in styles a scraper meets: a breaking strip over a section label, a standfirst
between the headline and its byline, a debate record's or a programme's stamp, a colon dateline, a
sentence-case breadcrumb, a report's number and download links, a report's first numbered section,
an email newsletter's browser link; and inside the page: "Also read:" teasers, "On our
website" lists, advert copy under its label, a section heading over a fact box."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.byline import dateline_published
from claims.ingest.segment import segment_text
from tests.ingest.helpers import TODAY, kind_of

STORY = "Port authority doubles container fees for late pickups"
STORY_TEXT = (
    "The port authority said on Thursday that it would double the daily fee for containers left"
    " on the quay for more than five days, after yard space ran short for a third month.\n"
)


@pytest.mark.parametrize("section", ["Business", "World", "Local news", "Politics"])
@pytest.mark.parametrize(
    "strip",
    [
        "BREAKING: Cabinet approves new fuel levy",
        "Breaking news - Two fishermen rescued off the cape",
        "Just in: Rail strike called off after late talks",
    ],
)
def test_a_breaking_strip_over_a_section_label_gives_way_to_the_headline(
    strip: str, section: str
) -> None:
    page = f"Coast Today | News | Sport | Video\n{strip}\n\n{section}\n\n{STORY}\n\n{STORY_TEXT}"
    assert segment_text(page).title == STORY


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("Published: 14/05/2026 | 2:17pm", dt.date(2026, 5, 14)),
        ("Posted 3 March 2025, 08:10", dt.date(2025, 3, 3)),
        ("Updated: 21.11.2025", dt.date(2025, 11, 21)),
        ("Published on 9 July 2024", dt.date(2024, 7, 9)),
    ],
)
def test_a_standfirst_between_headline_and_byline_does_not_end_the_page_top(
    stamp: str, expected: dt.date
) -> None:
    standfirst = (
        "The agency says shippers ignored three warnings about the yard, and the new charge is"
        " meant to clear the backlog before the harvest season starts in earnest."
    )
    page = f"{STORY}\n\n{standfirst}\n\nBy Ama Boateng | Coast Today\n{stamp}\n\n{STORY_TEXT}"
    structure = segment_text(page)
    assert structure.byline.published == expected
    assert kind_of(page, standfirst) == "body"
    assert kind_of(page, stamp) == "byline"


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("Volume 776: debated on Wednesday 19 November 2025", dt.date(2025, 11, 19)),
        ("Vol. 12, debated on Tuesday 4 March 2025", dt.date(2025, 3, 4)),
        ("Aired on Friday 6 June 2025", dt.date(2025, 6, 6)),
        ("Recorded on 2 February 2026", dt.date(2026, 2, 2)),
    ],
)
def test_a_record_stamp_under_the_headline_dates_the_page(stamp: str, expected: dt.date) -> None:
    page = (
        "Quota transfers for the inshore fleet\n"
        f"{stamp}\n"
        "Share this debate | Download text\n\n"
        "The Minister said the quota for hake would fall by 9% next year, and that three boats had"
        " already handed back their licences under the buy-back scheme.\n"
    )
    assert segment_text(page).byline.published == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "ISLAMABAD, Oct 15 (Agency): The cabinet on Tuesday approved a new tariff for"
            " industrial gas users, officials said.",
            dt.date(2024, 10, 15),
        ),
        (
            "DHAKA, March 4 (Wire): The central bank on Monday raised its policy rate by 50 basis"
            " points.",
            dt.date(2024, 3, 4),
        ),
        (
            "NEW DELHI, June 3: The election commission on Tuesday announced dates for four state"
            " polls.",
            dt.date(2025, 6, 3),
        ),
        (
            "COLOMBO, Jan 8 (News Desk): Parliament on Wednesday passed the revised budget.",
            dt.date(2025, 1, 8),
        ),
    ],
)
def test_a_colon_dateline_dates_the_story_like_a_dash_one(lead: str, expected: dt.date) -> None:
    place, rest = lead.split(":", 1)
    dashed = f"{place} -{rest}"
    assert dateline_published(lead, TODAY, [2025]) == dateline_published(dashed, TODAY, [2025])
    assert dateline_published(lead, TODAY, []) == expected


@pytest.mark.parametrize(
    "crumb",
    [
        "Publications > Monthly market reports > 2025",
        "Newsroom > Press releases",
        "Data > Energy statistics > Electricity",
    ],
)
def test_a_sentence_case_breadcrumb_is_never_the_headline(crumb: str) -> None:
    page = f"Energy Monitor\n{crumb}\n\n{STORY}\n\n{STORY_TEXT}"
    assert segment_text(page).title == STORY


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Report No. 11/2025 | Issued 11 December 2025 | Next report: 15 January 2026",
            dt.date(2025, 12, 11),
        ),
        ("Bulletin No. 42 | Released 3 April 2026", dt.date(2026, 4, 3)),
        ("Issued: 7 May 2025", dt.date(2025, 5, 7)),
    ],
)
def test_a_reports_number_line_and_download_links_are_its_metadata(
    line: str, expected: dt.date
) -> None:
    title = "Monthly Electricity and Gas Market Report - November 2025"
    links = "Download PDF (2.3 MB) | Download XLSX data (1.2 MB)"
    page = (
        f"Energy Monitor\nAbout | Publications | Data\n\n{title}\n{line}\n{links}\n\n"
        "1. Highlights\n- Demand was 3.9 TWh in the month, 2.6% higher than a year earlier.\n"
    )
    structure = segment_text(page)
    assert structure.title == title
    assert structure.byline.published == expected
    assert kind_of(page, links) == "boilerplate"


@pytest.mark.parametrize("section", ["1. Highlights", "2.1 Prices", "Key points", "I. Summary"])
@pytest.mark.parametrize(
    "title",
    [
        "Monthly Electricity and Gas Market Report - November 2025",
        "Harbour Traffic Report for October 2025",
        "Wheat Export Outlook: Season 2025/26",
    ],
)
def test_a_reports_first_section_does_not_take_the_headline(section: str, title: str) -> None:
    page = f"{title}\n\n{section}\n- Wheat exports rose 4% to 1.2 million tonnes in May.\n"
    assert segment_text(page).title == title


@pytest.mark.parametrize(
    "link",
    [
        "View this email in your browser | Forward to a colleague",
        "Read this newsletter in your browser",
        "Forward this email to a friend",
    ],
)
def test_a_newsletters_browser_link_is_furniture(link: str) -> None:
    page = f"{link}\n\nTuesday, 10 March 2026 · Issue 1,184\n\n{STORY}\n\n{STORY_TEXT}"
    assert segment_text(page).title == STORY
    assert kind_of(page, link) == "boilerplate"


@pytest.mark.parametrize(
    "teaser",
    [
        "ALSO READ: Police freeze 27 accounts of a betting ring",
        "Also read - Airport handled 1.1 million passengers last year",
        "MUST READ: Why the river ferries stopped running",
        "Also in Energy: Grid operator pays $12m dividend to its owner",
        "Elsewhere in this issue: Court lifts freeze on a shipping agent's accounts",
        "More on Business - Port fees to rise 6% from March",
    ],
)
def test_an_also_read_line_is_another_storys_teaser(teaser: str) -> None:
    page = f"{STORY}\n\n{STORY_TEXT}\n{teaser}\n\nThe new fee takes effect on 1 July.\n"
    assert kind_of(page, teaser) == "related"


@pytest.mark.parametrize("label", ["ON OUR WEBSITE", "More on our site", "From our blog"])
def test_a_list_under_the_sites_own_label_is_teasers(label: str) -> None:
    teaser = "Regulator fines two lenders over mis-sold loans"
    page = f"{STORY}\n\n{STORY_TEXT}\n{label}\n{teaser}\nExplainer: how the levy works\n"
    assert kind_of(page, teaser) == "related"


@pytest.mark.parametrize(
    "advert",
    [
        "Screen 40 million names in under 2 seconds. Try ListCheck free for 30 days.",
        "Sail the fjords this winter with 12 nights aboard. Book now and save.",
        "All garden furniture is half price this weekend. Up to 50% off in every store.",
    ],
)
def test_advert_copy_under_its_label_is_no_body(advert: str) -> None:
    page = f"{STORY}\n\n{STORY_TEXT}\nADVERTISEMENT\n{advert}\n\nThe new fee takes effect soon.\n"
    assert kind_of(page, advert) == "boilerplate"


@pytest.mark.parametrize("heading", ["Impact on the group", "Our own loss", "What it means"])
def test_a_section_heading_over_a_fact_box_keeps_its_paragraph_in_the_body(heading: str) -> None:
    paragraph = "The group expects its own net loss to be around EUR 85 million before tax."
    page = (
        f"{STORY}\n\n{STORY_TEXT}\n"
        f"{heading}\n{paragraph}\nThe estimate will be reviewed in August.\n\n"
        "Key figures\nInsured loss: EUR 1.1-1.6bn\nClaims: c. 68,000\n"
    )
    assert kind_of(page, paragraph) == "body"
