"""Page tops and feet in forms the segmenter had not seen: a title bar with a double colon, a
byline with its stamps too long for a byline alone, an embargo line, a weekly's issue dated by its
days, a system's 'generated' stamp, a table framed in pipes, a series in the breadcrumb, a feed
saved as a JSON array, list labels of the same desk or series, a rating's disclosures and a
paper's version line."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from claims.ingest.byline import range_start
from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

LEAD = (
    "The port authority said on Tuesday that it would dredge the northern channel to 14 metres"
    " by the end of next year, at a cost of about $40 million.\n"
)


# ------------------------------------------------------------------ a title bar with '::'


@pytest.mark.parametrize(
    ("bar", "headline"),
    [
        (
            "HARBOUR DREDGING TO START IN SPRING :: The Coastal Sentinel",
            "HARBOUR DREDGING TO START IN SPRING",
        ),
        (
            "Dredging of the north channel starts in spring :: Bay Herald",
            "Dredging of the north channel starts in spring",
        ),
        (
            "The Island Record :: Port authority picks a dredging contractor",
            "Port authority picks a dredging contractor",
        ),
    ],
)
def test_a_title_bar_with_a_double_colon_gives_the_headline_without_the_site(
    bar: str, headline: str
) -> None:
    page = f"{bar}\nHOME | NEWS | PORTS | SPORT\n{headline}\nBy Lena Marsh\n{LEAD}"
    structure = segment_text(page)
    assert structure.title == headline
    assert kind_of(page, bar) == "title"  # the bar holds the headline too
    assert kind_of(page, "The port authority said") == "body"


def test_a_double_colon_with_no_site_name_beside_it_is_no_title_bar() -> None:
    line = "Port fees up 4% :: shipping lines protest the rise in dues"
    page = f"{line}\n{LEAD}"
    assert segment_text(page).title == line


# ------------------------------------------------ a byline with its stamps beside it


@pytest.mark.parametrize(
    ("byline", "day"),
    [
        (
            "Par / By Odile Kamga in Kribi, with Marc Essomba in Edéa and Paul Nken in Limbé"
            " · Publié le 24/05/2026 · Mis à jour 24/05/2026 à 15h10 · Lecture : 4 min",
            dt.date(2026, 5, 24),
        ),
        (
            "By Ana Quiroga, transport correspondent, and Teo Lind, with additional reporting"
            " from our bureau · Posted 3 March 2026 · Updated 4 March 2026 · 6 min read",
            dt.date(2026, 3, 3),
        ),
        (
            "By Rui Matos in Beira and Alda Cossa in Quelimane, with Jorge Nhaca in Pemba"
            " | 12 June 2026, 08:40 | Updated 12 June 2026 | 3 min",
            dt.date(2026, 6, 12),
        ),
    ],
)
def test_a_byline_with_its_stamps_beside_it_dates_the_page(byline: str, day: dt.date) -> None:
    page = (
        "PORT CITY WEEKLY\nNews | Ports | Business\nPort authority picks a dredging contractor\n"
        "The contract was awarded after a second tender. The first one drew no valid bid.\n"
        f"{byline}\n{LEAD}"
    )
    structure = segment_text(page)
    assert structure.byline.published == day
    assert kind_of(page, byline) == "byline"


def test_a_long_sentence_with_a_date_after_a_dot_is_no_byline() -> None:
    line = (
        "By the end of the year the port hopes to take ships of 14 metres draught, its chief said"
        " · 4 May 2026."
    )
    page = f"Port authority picks a dredging contractor\n{line}\n{LEAD}"
    assert kind_of(page, line) == "body"


# ---------------------------------------------------------------------- an embargo line


@pytest.mark.parametrize(
    "embargo",
    [
        "*** EMBARGOED UNTIL 09:00 GMT, THURSDAY 7 MAY 2026 — NOT FOR BROADCAST BEFORE THAT TIME ***",
        "EMBARGO: 00:01 CET, 12 March 2026",
        "Strictly embargoed until Friday 6 February, 10 a.m.",
        "** Hold for release until 2 p.m., Monday 4 May **",
    ],
)
def test_an_embargo_line_is_furniture_and_never_the_headline(embargo: str) -> None:
    headline = "Port Authority Names Dredging Contractor; Minister To Visit Site"
    page = f"MINISTRY OF TRANSPORT\nMEDIA ADVISORY · 6 May 2026\n{embargo}\n{headline}\n{LEAD}"
    structure = segment_text(page)
    assert structure.title == headline
    assert kind_of(page, embargo) == "boilerplate"


@pytest.mark.parametrize(
    "headline",
    ["Embargo on 12 tankers extended to 2027", "Embargoed cargo of 3,000 tonnes released"],
)
def test_a_headline_about_an_embargo_stays_the_headline(headline: str) -> None:
    assert segment_text(f"{headline}\n{LEAD}").title == headline


# ------------------------------------------------------------ a weekly's issue by its days


@pytest.mark.parametrize(
    ("piece", "day"),
    [
        ("3–9 May 2026", dt.date(2026, 5, 3)),
        ("No. 88 · 27 April–3 May 2026", dt.date(2026, 4, 27)),
        ("29 Dec-4 Jan 2026", dt.date(2025, 12, 29)),
        ("Issue 12 · 4 May 2026", dt.date(2026, 5, 4)),
    ],
)
def test_a_day_range_gives_its_first_day(piece: str, day: dt.date) -> None:
    assert range_start(piece) == day


def test_a_weekly_dated_by_its_days_came_out_on_the_first() -> None:
    page = (
        "THE RIVER WEEKLY\n"
        "News of the three valleys · Every Monday · No. 301 · 4–10 May 2026 · 300 FCFA\n"
        "News | Farming | Markets | Sport\n"
        "Cotton buyers raise the farm-gate price for a second year\n"
        f"{LEAD}"
    )
    assert segment_text(page).byline.published == dt.date(2026, 5, 4)


# -------------------------------------------------------- a system's 'generated' stamp


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("Page generated 04-May-2026 09:10 GMT", dt.date(2026, 5, 4)),
        ("Report printed on 3 March 2026 at 14:02", dt.date(2026, 3, 3)),
        ("This list was retrieved: 12 June 2026", dt.date(2026, 6, 12)),
    ],
)
def test_a_generated_stamp_dates_the_page_and_is_no_headline(stamp: str, day: dt.date) -> None:
    title = "The Harbour Dues (Amendment) Bill, 2026"
    page = f"HOUSE OF ASSEMBLY\nHome › Bills › 2026\n{stamp}\n{title}\nSHORT TITLE\n{LEAD}"
    structure = segment_text(page)
    assert structure.title == title
    assert structure.byline.published == day


# ------------------------------------------------------------- a table framed in pipes


def test_a_framed_table_row_with_a_date_is_the_table_not_a_stamp() -> None:
    rows = [
        "| Committee stage | Senate | 02-Jun-2026 | Agreed |",
        "| Report stage | House | 9 June 2026 | Adjourned |",
        "| Royal assent | — | 21/06/2026 | Given |",
    ]
    page = (
        "The Harbour Dues (Amendment) Bill, 2026\nPublished 1 May 2026\n"
        f"{LEAD}STAGES\n| Stage | Chamber | Date | Outcome |\n" + "\n".join(rows) + f"\n{LEAD}"
    )
    for row in rows:
        assert kind_of(page, row) == "body"
    assert segment_text(page).byline.published == dt.date(2026, 5, 1)


# ---------------------------------------------------------- a series in the breadcrumb


@pytest.mark.parametrize(
    "crumb",
    [
        "Analysis › Ports & Trade › Series: Water in the delta (No. 4)",
        "Research > Energy > Collection: Island grids",
        "Papers › Dossier: Coastal erosion (Part 2)",
    ],
)
def test_a_breadcrumb_closing_on_its_series_is_no_headline(crumb: str) -> None:
    headline = "Who Pays for the Channel? Dredging Costs Double in Five Years"
    page = f"DELTA POLICY INSTITUTE\n{crumb}\nANALYSIS · 4 May 2026\n{headline}\n{LEAD}"
    assert segment_text(page).title == headline
    assert kind_of(page, crumb) == "boilerplate"


# --------------------------------------------------------- a feed saved as a JSON array


def _feed(items: list[dict[str, object]]) -> str:
    return json.dumps(items, indent=2)


def test_a_json_feed_of_items_reads_each_item_headline_and_text() -> None:
    page = _feed(
        [
            {
                "uid": "urn:feed:2026-05-04:00",
                "updateDate": "2026-05-04T06:00:00.0Z",
                "titleText": "Your Harbour Evening Update",
                "mainText": "Good evening. Here is the news from the port.",
            },
            {
                "uid": "urn:feed:2026-05-04:01",
                "updateDate": "2026-05-04T06:00:00.0Z",
                "titleText": "Council fines ferry firm $8,000",
                "mainText": "The council fined the ferry operator $8,000 on Monday.",
                "redirectionUrl": "https://feed.example/ferry",
            },
        ]
    )
    structure = segment_text(page)
    assert structure.title == "Your Harbour Evening Update"
    assert structure.byline.published == dt.date(2026, 5, 4)
    assert kind_of(page, "Council fines ferry firm") == "body"  # a later item's headline
    assert kind_of(page, "The council fined") == "body"
    assert kind_of(page, "urn:feed:2026-05-04:01") == "boilerplate"
    assert kind_of(page, "https://feed.example") == "boilerplate"


@pytest.mark.parametrize("page", ["[1, 2, 3]", "[]", '[{"a": 1}, "b"]'])
def test_a_json_array_of_no_items_is_no_feed(page: str) -> None:
    assert segment_text(page).title != "Your Harbour Evening Update"


# --------------------------------------------- list labels of the same desk or series


@pytest.mark.parametrize(
    "label",
    [
        "FROM THE SAME DESK",
        "More from the same author",
        "MORE LONG READS",
        "More essays",
        "RELATED BRIEFS IN THE ARCHIVE",
    ],
)
def test_a_label_of_the_same_desk_or_series_heads_teasers(label: str) -> None:
    item = "• 2026.04.28 — Shipping line adds a third weekly call, freight up 12%"
    page = f"Port authority picks a dredging contractor\n{LEAD}{LEAD}{label}\n{item}\n• Fish landings hold at 4,000 tonnes\n"
    assert kind_of(page, item) == "related"


# ------------------------------------------------------------- a rating's disclosures


def test_a_ratings_regulatory_disclosures_are_furniture() -> None:
    field = "Date of last rating action: 3 February 2025"
    page = (
        "RATING ACTION\nHarbour Bank affirmed at 'B+'; Outlook Stable\n"
        f"{LEAD}{LEAD}REGULATORY DISCLOSURES\n{field}\nSolicitation status: solicited\n"
    )
    assert kind_of(page, field) != "body"
    assert kind_of(page, "The port authority said") == "body"


# ------------------------------------------------------------------ a paper's versions


@pytest.mark.parametrize(
    ("line", "day"),
    [
        (
            "Working Paper No. 2026-07 · Submitted: 2 Mar 2026 · This version: 9 Mar 2026 (v2)"
            " · Language: English · 30 pages, 4 figures",
            dt.date(2026, 3, 9),
        ),
        (
            "Discussion paper 12 · Submitted: 2 Mar 2026 · Latest version: 20 Apr 2026 (v3) · 22 pages, 5 tables",
            dt.date(2026, 4, 20),
        ),
        ("Preprint · Current version: 11 May 2026 (v4)", dt.date(2026, 5, 11)),
    ],
)
def test_a_papers_current_version_dates_the_page(line: str, day: dt.date) -> None:
    page = (
        "ISLAND ECONOMICS REPOSITORY\nHome › Papers › Trade\n"
        f"{line}\nFreight Costs and Fish Exports in Small Island States\n"
        "Authors: Mia Tane (University of the Coast)\nABSTRACT\n" + LEAD
    )
    structure = segment_text(page)
    assert structure.title == "Freight Costs and Fish Exports in Small Island States"
    assert structure.byline.published == day
