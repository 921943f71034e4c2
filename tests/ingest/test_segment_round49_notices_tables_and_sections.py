"""Body text a page sets in forms of round 49, and the furniture around it: a notice closed by
its reference code in brackets (no photographer's credit); a table's rows under its column heads
in a block of their own; a report's sections, each a heading of a few words over one long
paragraph, between running text; a letter's heading over its text signed by its writer; and the
furniture: a donate button in spaced brackets, a breadcrumb closing on a year span written with
an en dash, a 'posted' stamp piece over the headline, a charity's registration line."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

TODAY = dt.date(2026, 12, 1)
LEAD = (
    "The regional council approved a new budget for its ferry service on Tuesday, adding two"
    " boats to the winter timetable and raising fares for visitors by a tenth.\n\n"
)
MORE = (
    "\n\nCouncillors will review the timetable again in the spring, when the first figures on"
    " passenger numbers and fuel costs are due from the operator.\n"
)
HEAD = "Island council adds two winter ferries and raises visitor fares\n\n"


@pytest.mark.parametrize(
    "notice",
    [
        "PORT AUTHORITY. Notice is given that berth 4 is closed until 30 June 2026. (Ref. PN-26/114)",
        "Registry of the Civil Court, Valletta. (Ref. LN-26/4471)",
        "WATER BOARD. Tender for the supply of 900 valves over 24 months. (Ref. TN-26/70)",
        "The licence of Harbour Bet Ltd was cancelled on 3 July 2026. (No. GA/2026/19)",
    ],
)
def test_a_notice_closed_by_its_reference_code_is_no_caption(notice: str) -> None:
    page = HEAD + LEAD + notice + MORE
    assert kind_of(page, notice, TODAY) == "body"


@pytest.mark.parametrize(
    "rows",
    [
        [
            "File | Acting body | Step | Date",
            '"Red gate" | Customs Office | froze 3 accounts of a broker | 4 Feb 2026',
            '"Red gate" | Interior Ministry | barred two agents from entering | 9 Mar 2026',
            '"Salt road" | City Court | froze a warehouse and a truck | April 2026',
        ],
        [
            "Port | Boats | Change",
            "North Quay | 14 boats | up 2",
            "South Quay | 9 boats | down 1",
        ],
        [
            "Measure | Authority | Targets | Date",
            "Entry ban | Immigration Service | 5 recruiters | 7 years",
            "Asset freeze | Prosecutor | 2 firms and a ship | 90 days",
        ],
        [
            "Ferry | Route | Sailings a week",
            "Sea Star | Port A to Port B | 14 sailings",
            "Blue Wave | Port B to Port C | 6 sailings",
        ],
    ],
)
def test_table_rows_under_their_column_heads_are_the_story_s_own(rows: list[str]) -> None:
    page = HEAD + LEAD + "These are the measures taken this year:\n\n" + "\n".join(rows) + MORE
    for row in rows[1:]:
        assert kind_of(page, row, TODAY) == "body"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Why the board moves at this point",
            "Our review began in 2024 after the police asked about the dealer. Of some 900"
            " objects, 40 came from him.",
        ),
        (
            "What it means for travellers",
            "Visitors will pay 12 dollars a crossing from June, up from 10 dollars, while"
            " residents keep their discount, pensioners pay half of the new fare and school trips"
            " stay free of charge all year round on every route the council runs.",
        ),
        (
            "Where the money will go next",
            "Most of the new income pays for fuel. The rest goes to a fund for the next boat.",
        ),
        (
            "How the vote went",
            "Eleven councillors backed the plan and four voted against it. Two stayed away.",
        ),
    ],
)
def test_a_section_heading_over_one_long_paragraph_between_running_text(
    first: str, second: str
) -> None:
    page = (
        HEAD
        + LEAD
        + f"{first}\n{second}\n\n"
        + "The operator and the second report\nThe operator said it would publish its accounts"
        " in May. A second report on safety is being prepared for the autumn.\n" + MORE
    )
    assert kind_of(page, first, TODAY) == "body"
    assert kind_of(page, second, TODAY) == "body"
    assert kind_of(page, "The operator said", TODAY) == "body"


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        (
            "A note from our chair",
            "This was a hard year for the crews. We kept every route open. — Ana Lopes, Director",
        ),
        (
            "Foreword",
            "Our members carried more freight than ever. Thank you all. — Tom Reid, Chair",
        ),
        (
            "From the chief executive",
            "Fares rose for the first time in six years. We explain why below. — Mia Tan, CEO",
        ),
        (
            "A word from the mayor",
            "The new boats are a promise kept. More will follow in 2027. — Luis Vega, Mayor",
        ),
    ],
)
def test_a_letter_s_heading_over_its_signed_text_is_the_page_s_own(heading: str, text: str) -> None:
    page = HEAD + f"{heading}\n{text}\n\n" + "CHAPTER 1 — BOATS\n" + LEAD + MORE
    assert kind_of(page, heading, TODAY) == "body"
    assert kind_of(page, text, TODAY) == "body"


@pytest.mark.parametrize(
    "promo",
    [
        "♥ Give monthly: €15 pays for a night in a shelter · [ Give now ]",
        "Keep our reporting free · [ Donate today ]",
        "Every gift counts: $5 buys a meal [ Give once ]",
        "Help us reach 1,000 members this year · [ Become a member ]",
    ],
)
def test_a_donate_button_in_spaced_brackets_is_no_headline(promo: str) -> None:
    page = (
        "HARBOUR AID · for the crews · Suva\n"
        "About | What we do | Impact | Give\n"
        f"{promo}\n\n" + HEAD + LEAD + MORE
    )
    assert segment_text(page, TODAY).title == HEAD.strip()


@pytest.mark.parametrize(
    ("crumb", "stamp", "day"),
    [
        (
            "Results › Yearly reports › 2025–26",
            "Report for the year 1 July 2025 – 30 June 2026 · posted 4 November 2026 · 9 min read",
            dt.date(2026, 11, 4),
        ),
        (
            "About › Annual reviews › 2024–25",
            "Annual review · published 2 October 2025 · Download (PDF, 3 MB)",
            dt.date(2025, 10, 2),
        ),
        (
            "Home › Accounts › 2025–2026",
            "Accounts for the year to March 2026 · issued 12 May 2026 · audited",
            dt.date(2026, 5, 12),
        ),
        (
            "Publications › Reviews › 2023–24",
            "Review 2023–24 · released 9 September 2024 · 12 pages",
            dt.date(2024, 9, 9),
        ),
    ],
)
def test_a_report_s_crumb_and_its_posted_stamp_over_its_headline(
    crumb: str, stamp: str, day: dt.date
) -> None:
    page = "FERRY TRUST · for the islands\nAbout | Reports | Give\n" + f"{crumb}\n{stamp}\n\n"
    page += HEAD + LEAD + MORE
    structure = segment_text(page, TODAY)
    assert structure.title == HEAD.strip()
    assert structure.byline.published == day


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Aid, registered charity no. 1X472 · Quay Street 5, Suva · info@harbouraid.example",
        "Ferry Trust is a registered charity, number 1098765 · 12 Dock Road",
        "Sea Rescue Fund, a registered non-profit, Reg. 44-981 · help@searescue.example",
        "Island Care Foundation · registered foundation no. F/2231 · PO Box 14",
    ],
)
def test_a_charity_s_registration_line_is_boilerplate(line: str) -> None:
    page = HEAD + LEAD + MORE + "\n" + line + "\nMORE STORIES\nVolunteers clean the beach\n"
    assert kind_of(page, line, TODAY) == "boilerplate"
