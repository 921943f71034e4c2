"""Record pages (court and agency press releases, written answers, gazette notices, exchange
announcements, broadcast transcripts, council minutes): their page tops, record lines and the
related lists under them."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import TANKERS_BODY, TODAY, kind_of

HEADLINE = "Port workers end their strike after a pay deal is reached"


@pytest.mark.parametrize(
    "crumb",
    [
        "Home > Press > Press releases > 2026",
        "Home > Notices > Customs Act > 2026-nt0412",
        "Home > Company announcements > ACME > 3 Mar 2026 09:15",
        "Home > Questions > Ports: Strikes",
    ],
)
def test_a_breadcrumb_from_home_is_furniture_whatever_its_last_piece_holds(crumb: str) -> None:
    page = f"Harbour Times\n{crumb}\n\n{HEADLINE}\nBy Lea Novak\n\n{TANKERS_BODY}"
    assert segment_text(page, TODAY).title == HEADLINE
    assert kind_of(page, crumb, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "bar",
    [
        "WAVE FM 98.4 | Listen | Shows | Podcasts | Contact",
        "Radio Norte 101.3 | News | Sport | Music | Schedule",
        "Channel 7 | Live TV | Programmes | Weather | Contact",
        "METRO 24 | Live | Politics | Business | Video",
    ],
)
def test_a_sites_name_with_a_figure_before_its_menu_is_no_headline(bar: str) -> None:
    page = f"{bar}\n\n{HEADLINE}\nBy Lea Novak\n\n{TANKERS_BODY}"
    assert segment_text(page, TODAY).title == HEADLINE
    assert kind_of(page, bar, TODAY) == "boilerplate"


def test_a_table_row_with_a_name_and_figures_is_no_menu() -> None:
    row = "Passengers | 1,742 thousand | 1,551 thousand | +12.3%"
    page = f"{HEADLINE}\nBy Lea Novak\n\n{TANKERS_BODY}{row}\n"
    assert kind_of(page, row, TODAY) == "body"


@pytest.mark.parametrize(
    "name",
    [
        "CURIA | Court of Justice of the European Union",
        "Supreme Court of the Republic",
        "UK Parliament",
        "High Court of Justice",
    ],
)
def test_a_courts_or_parliaments_name_gives_way_to_the_headline(name: str) -> None:
    page = f"{name}\nSearch | Contact\n\n{HEADLINE}\n12 May 2025\n\n{TANKERS_BODY}"
    assert segment_text(page, TODAY).title == HEADLINE
    assert kind_of(page, name, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        '[Machine translation from Spanish — Original: "Huelga en el puerto"]',
        "(Registration number 2001/118273/07)",
        "PRESS RELEASE No 112/25",
        "Judgment of the Court in Cases C-114/24 and C-115/24 | Port Authority v Union",
        "Share code: HRB ISIN: ZAE000118273",
        "Notice Number: 2025-gn1182",
    ],
)
def test_notes_and_filing_numbers_above_the_headline_are_not_it(line: str) -> None:
    page = f"Harbour Times\n{line}\n\n{HEADLINE}\n\n{TANKERS_BODY}"
    assert segment_text(page, TODAY).title == HEADLINE
    assert kind_of(page, line, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "label",
    ["Notice Title", "Title", "Subject", "Headline"],
)
def test_a_labelled_title_field_over_its_own_line_is_a_copy_of_the_headline(label: str) -> None:
    field = f"{label}: {HEADLINE}"
    page = f"State Gazette\n{field}\nPage Number: 1318\n{HEADLINE}\n\n{TANKERS_BODY}"
    structure = segment_text(page, TODAY)
    assert structure.title == HEADLINE
    assert kind_of(page, field, TODAY) == "title"


@pytest.mark.parametrize(
    "item",
    ["Ports: Strikes", "Shipping: Sanctions", "Harbour Dues", "Ferries: Subsidies"],
)
def test_a_record_page_takes_its_headline_from_its_breadcrumb(item: str) -> None:
    page = (
        f"Parliament of the Isles\nWritten questions and answers\nHome > Questions > {item}\n"
        f"{item}\nQuestion for the Department of Transport\nUIN 4411, tabled on 3 June 2025\n\n"
        f"{TANKERS_BODY}"
    )
    assert segment_text(page, TODAY).title == item


def test_an_article_under_its_sections_name_keeps_its_own_headline() -> None:
    page = (
        "Harbour Times\nHome > Business > Shipping\nShipping\n"
        f"{HEADLINE}\n4 May 2025 | By Lea Novak\n\n{TANKERS_BODY}"
    )
    assert segment_text(page, TODAY).title == HEADLINE


@pytest.mark.parametrize(
    ("stamp", "event"),
    [
        ("Posted: February 5, 2026 | Approved minutes", "Tuesday, January 27, 2026, 1:00 p.m."),
        ("Published: 5 February 2026", "27 January 2026"),
        ("Posted on 05.02.2026 | Agenda", "Tuesday 27 January 2026, 18:30"),
        ("Published 5 Feb 2026 | PDF (1 MB)", "January 27, 2026"),
    ],
)
def test_a_bare_date_under_the_headline_of_a_stamped_page_is_its_body(
    stamp: str, event: str
) -> None:
    page = (
        f"City of Norbridge\nHome > Council > Minutes\n{stamp}\nMINUTES\n"
        f"Regular Meeting of City Council\n{event}\nCouncil Chamber, City Hall\n\n{TANKERS_BODY}"
    )
    structure = segment_text(page, TODAY)
    assert structure.title == "Regular Meeting of City Council"
    assert structure.byline.published == dt.date(2026, 2, 5)
    assert kind_of(page, event, TODAY) == "body"


@pytest.mark.parametrize(
    "stamp",
    [
        "Episode aired 20 Feb 2025 | Duration 31:40 | Download audio",
        "Aired on 20 February 2025",
        "First broadcast: 20 February 2025",
        "Answered on 20 February 2025",
    ],
)
def test_a_broadcast_or_an_answer_dates_its_page(stamp: str) -> None:
    page = f"{HEADLINE}\n{stamp}\n\n{TANKERS_BODY}"
    assert segment_text(page, TODAY).byline.published == dt.date(2025, 2, 20)


@pytest.mark.parametrize(
    "line",
    [
        "[00:04:02] [ADVERTISEMENT] Win a family car every Friday. Terms apply.",
        "[AD] Cash call: win $5,000 every weekday morning.",
        "[12:40] [SPONSORED] Fly to the islands from $99 this spring.",
        "[Advertisement] Open a savings account with 4% interest today.",
    ],
)
def test_an_advert_tagged_inline_is_no_body(line: str) -> None:
    page = f"{HEADLINE}\nBy Lea Novak\n\n{TANKERS_BODY}{line}\n\n{TANKERS_BODY}"
    assert kind_of(page, line, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    ("label", "item"),
    [
        ("RELATED COMMUNIQUÉS", "Council renews the port mission for 12 months (5 May 2025)"),
        ("MORE EPISODES", "Bus fares: what the 20-cent rise means for riders (Mar 3)"),
        (
            "3 COMMENTS",
            "R. Lind — 2 days ago: The count was 14, not 12, if you add the two appeals.",
        ),
        ("Related posts", "Harbour dues rise 4% for the third year in a row"),
    ],
)
def test_a_list_under_its_label_after_the_story_is_related(label: str, item: str) -> None:
    page = f"{HEADLINE}\nBy Lea Novak\n\n{TANKERS_BODY}{label}\n{item}\n"
    assert kind_of(page, item, TODAY) == "related"


@pytest.mark.parametrize(
    "line",
    [
        "Other ACME announcements: Change of auditor (9 Jan 2026) | AGM: all 9 resolutions approved",
        "More press releases: Port fees rise 4% | Strike ends after 12 days",
        "Latest episodes: Fuel prices up 50 cents | Ferry strike day 3",
        "Recent notices: Road closure on 4 May | 2 new bus routes",
    ],
)
def test_a_strip_of_other_announcements_is_related(line: str) -> None:
    page = f"{HEADLINE}\nBy Lea Novak\n\n{TANKERS_BODY}{line}\n"
    assert kind_of(page, line, TODAY) == "related"


def test_a_comment_count_in_the_share_bar_leaves_the_story_body() -> None:
    page = f"{HEADLINE}\nBy Lea Novak\nShare this article\n41 comments\n\n{TANKERS_BODY}"
    assert kind_of(page, "The ministry said", TODAY) == "body"


@pytest.mark.parametrize(
    "place", ["Addis Ababa, Ethiopia", "Geneva", "Port Louis, Mauritius", "Nairobi, Kenya"]
)
def test_a_standfirst_over_the_place_line_is_body_not_a_teaser(place: str) -> None:
    deck = "Council Imposes Travel Bans On Four Officers, Keeps The Island Suspended"
    page = f"{HEADLINE}\nPublished: 21 November 2025\n{deck}\n{place}\n\n{TANKERS_BODY}"
    assert kind_of(page, deck, TODAY) == "body"


@pytest.mark.parametrize(
    "heading",
    [
        "5.2 2027 Water Rates – Options [File No. WR 220-3]",
        "4. 2025 Annual Report",
        "2.1 2026 Budget Outlook",
        "IV. 2024 Accounts",
    ],
)
def test_a_numbered_section_whose_name_opens_with_a_year_is_body(heading: str) -> None:
    text = "The manager presented three options and the recommended one would cost $3.1 million."
    page = f"{HEADLINE}\nBy Lea Novak\n\n{TANKERS_BODY}{heading}\n{text}\n\n{TANKERS_BODY}"
    assert kind_of(page, heading, TODAY) == "body"
    assert kind_of(page, text, TODAY) == "body"


@pytest.mark.parametrize(
    "line",
    [
        "Weekly cargo archive: March 2026 | February 2026 | All updates",
        "Archive: 2024 | 2023 | 2022",
        "Bulletin archives: Week 12 | Week 11 | Week 10",
        "Past results archive: Q2 2025 | Q1 2025 | All results",
    ],
)
def test_an_archive_strip_under_the_story_is_related(line: str) -> None:
    page = f"{HEADLINE}\nBy Lea Novak\n\n{TANKERS_BODY}{line}\n"
    assert kind_of(page, line, TODAY) == "related"


@pytest.mark.parametrize(
    "line",
    [
        "This answer was submitted on 14 Mar 2026 at 10:05.",
        "This statement was made on 3 March 2026.",
        "Date: 03/11/2025 09:40:00 AM | Produced by the exchange's news service.",
        "This page was last updated on 4 May 2025.",
    ],
)
def test_a_records_own_stamp_under_its_text_is_no_body(line: str) -> None:
    page = f"{HEADLINE}\nBy Lea Novak\n\n{TANKERS_BODY}{line}\n\n{TANKERS_BODY}"
    assert kind_of(page, line, TODAY) != "body"


@pytest.mark.parametrize(
    "speaker",
    [
        "Lucia Ferrer - Chief Executive Officer",
        "Tom Berg – Banco Sur",
        "Mara van Dijk — Head of Investor Relations",
    ],
)
def test_a_transcript_speakers_words_are_body(speaker: str) -> None:
    words = (
        "Thank you. Net sales rose 6% to 18.4 billion pesos in the quarter, and volumes grew 3%"
        " to 4.1 million tonnes."
    )
    page = (
        "Q3 2026 Earnings Call Transcript\nOctober 27, 2026\n\nOperator\nGood morning and welcome"
        " to the third-quarter call. All lines are in listen-only mode.\n\n"
        f"{speaker}\n{words}\n\nOperator\nOur first question comes from the line of a bank analyst.\n"
    )
    assert kind_of(page, speaker) != "related"  # a speaker, not another story's headline
    assert kind_of(page, words) == "body"
