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
                "linkUrl": "https://feed.example/ferry",
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
        "FROM THE SAME NEWSROOM",
        "More from the same author",
        "MORE WEEKEND READS",
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


# ------------------------------------------------------------ a page's notes and counters

STORY = (
    "Who Pays for the Channel?\nBy Ines Caro | 3 February 2026\n"
    "The port spent about $40 million on the breakwater, yet dredging bills keep rising.[1]\n"
    f"{LEAD}"
)


@pytest.mark.parametrize(
    "note",
    [
        "[1] Decree No. 31 on harbour dues, Official Gazette No. 12, 4 March 2026.",
        "[2] Interviews with three pilots of the port, Vela, April 2026.",
        "[3] Décret n° 2026-112 fixant les droits de port, Journal officiel n° 8, 2 mars 2026.",
    ],
)
def test_an_endnote_citing_a_decree_or_interviews_is_furniture(note: str) -> None:
    assert kind_of(f"{STORY}{note}\n", note) == "boilerplate"


def test_an_endnote_that_reports_a_fact_stays_text() -> None:
    note = "[4] The gazette later reported that 40 ships were detained in 2025, up from 12."
    assert kind_of(f"{STORY}{note}\n", note) == "body"


@pytest.mark.parametrize(
    "line",
    [
        "Downloads: 2,410 (last 7 days: 88) · Abstract views: 9,030 · Citations: 14",
        "Views: 1,200 | Downloads: 310",
        "Suggested citation: Caro, I. (2026), 'Who pays for the channel?', Brief 4, Delta Institute.",
        "Cite as: Tane, M. and Lo, K. (2026). Freight costs in small islands. WP 2026-07.",
        "v3 — Mon, 4 May 2026 10:12:09 UTC (1,204 KB)",
        "[v1] Tue, 3 Mar 2026 08:00:00 UTC (880 KB)",
    ],
)
def test_a_repositorys_counters_citation_and_versions_are_furniture(line: str) -> None:
    assert kind_of(f"{STORY}{line}\n{LEAD}", line) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "Data note: port-call counts from the harbour master; 2025 figures provisional.",
        "Chart note: dredged volumes in cubic metres, 2015–2025.",
        "METHOD · Costs from the port's annual reports (2019–2025); silt loads from two surveys.",
        "CREDITS · Reporting: I. Caro · Photography: T. Lind · Graphics: M. Tane · Editing: R. Sol",
    ],
)
def test_a_features_data_notes_method_and_credits_are_furniture(line: str) -> None:
    assert kind_of(f"{STORY}{line}\n{LEAD}", line) == "boilerplate"


def test_a_methodology_sentence_stays_text() -> None:
    line = "Methodology: figures for May were revised up by 2% after late port returns."
    assert kind_of(f"{STORY}{line}\n{LEAD}", line) == "body"


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Bank plc — Long-Term Issuer Rating: BB+ | Outlook: Stable | Affirmed",
        "Harbour Bank plc — Senior Notes due 2031 (EUR 200m): BB | Downgraded",
        "Delta Savings Bank — National Rating: A-(xyz) | Placed on Rating Watch Negative",
    ],
)
def test_a_rating_line_of_a_rating_action_is_furniture(line: str) -> None:
    page = (
        "RATING ACTION\nAgency affirms Harbour Bank at 'BB+'; Outlook Stable\n"
        f"RATING LINES\n{line}\n{LEAD}"
    )
    assert kind_of(page, line) == "boilerplate"
    assert kind_of(page, "The port authority said") == "body"


def test_a_data_note_that_reports_a_revision_stays_text() -> None:
    line = "Data notes: figures for March were revised on 4 May. The next issue is due on 2 June."
    assert kind_of(f"{STORY}{line}\n{LEAD}", line) == "body"
