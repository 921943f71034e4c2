"""Tops and feet of pages that are documents rather than stories (a board, a status list, a
listings page, a press kit, an advisory): rows, selectors, kit strips and reference lines are no
headline; stamps over the headline date the page; teaser lists, event promos and a credit block
at the foot are no body, while a list of measures stays the page's own."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

LEAD = (
    "The district board shut two warehouses this week once inspectors discovered altered"
    " stock ledgers; a review is due within a month.\n"
)


@pytest.mark.parametrize(
    "row",
    [
        "08:15 | AB 310 | Harbourtown | Gulf Air Link | C2 | 7 | BOARDING",
        "09:40 | XR 77 | Lakeside | Northern Hop | C5 | — | DELAYED 20 min",
        "Route 4  |  Dock A  |  Ferry Gull  |  On time",
        "Online banking (retail) ........... Operational",
    ],
)
def test_a_board_row_or_a_status_row_is_no_headline(row: str) -> None:
    page = f"HARBOURTOWN TERMINAL\n\nSailings today\n\n{row}\nSchedule notes: {LEAD}"
    assert segment_text(page).title != row


@pytest.mark.parametrize(
    "strip",
    [
        "‹ Mon 3   [ TUE 4 ]   Wed 5 ›   Filter: all ▾",
        "Week 12   [ Week 13 ]   Week 14",
        "Morning   [ Afternoon ]   Evening   Night",
    ],
)
def test_a_selector_strip_is_no_headline(strip: str) -> None:
    page = (
        f"VALLEY RADIO\n{strip}\n\nRadio schedule: Tuesday 4 May 2027\n\n07:00  Early news\n{LEAD}"
    )
    assert segment_text(page).title == "Radio schedule: Tuesday 4 May 2027"


@pytest.mark.parametrize(
    "strip",
    [
        "MEDIA PACK · Annual Report 2026 · Part 2 of 6: KEY DATA",
        "PRESS FOLDER · Harbour Review · Document 4 of 7",
        "INVESTOR KIT | Results 2025 | Sheet 1 of 3: SUMMARY",
    ],
)
def test_a_press_kits_strip_is_no_headline(strip: str) -> None:
    page = f"NORTH RIVER AUTHORITY\n{strip}\n\nHarbour Review 2026: the year in numbers\n\n{LEAD}"
    assert segment_text(page).title == "Harbour Review 2026: the year in numbers"


@pytest.mark.parametrize(
    "number",
    ["TECHNICAL BULLETIN  TB-2025/112", "OPERATIONS NOTICE ON-12/2024", "FLEET CIRCULAR FC-77/3"],
)
def test_a_documents_reference_line_gives_way_to_its_subject(number: str) -> None:
    page = (
        "COASTAL LINES Ltd · Port Ash                 Schedules | Tariffs | Contact\n"
        f"{number}\n"
        "Issued: 02.03.2027  |  Valid from: 09.03.2027  |  Category: Operations\n\n"
        "Two depots closed after audit: services to the northern islands changed\n\n"
        f"{LEAD}"
    )
    title = "Two depots closed after audit: services to the northern islands changed"
    assert segment_text(page).title == title


@pytest.mark.parametrize(
    "stamp",
    [
        "Mira Olsen (Fellow, Water Programme) | 3 May 2027 | Reviewed by one outside reader | PDF",
        "Tomas Berg (Senior Analyst) | 3 May 2027 | 18 pages",
        "Ana Ruiz | 3 May 2027 | Working paper | ⤓ PDF (1 MB)",
    ],
)
def test_an_authors_name_with_a_role_and_a_dated_strip_is_the_byline(stamp: str) -> None:
    page = f"DELTA INSTITUTE\n\nWhy the river ports are silting up faster\n\n{stamp}\n\n{LEAD}"
    structure = segment_text(page)
    assert structure.byline.published == dt.date(2027, 5, 3)
    assert kind_of(page, stamp) not in ("body", "title")


@pytest.mark.parametrize(
    "stamp",
    [
        "EMBARGOED until 09:00 CET, Friday 7 May 2027 — not for release before that time",
        "Screen refreshed: Fri 7 May 2027 10:05  ·  updates every minute",
        "Status as of 7 May 2027 · all times local",
    ],
)
def test_a_stamp_over_the_headline_dates_a_page_with_no_other_day(stamp: str) -> None:
    page = f"PORT ASH AUTHORITY\n{stamp}\n\nDepot closures: the figures\n\n{LEAD}"
    assert segment_text(page).byline.published == dt.date(2027, 5, 7)


@pytest.mark.parametrize(
    ("label", "teaser"),
    [
        ("IN THE JUNE EDITION", "→ Grain barges: freight rates up 9% on low water"),
        ("VILLAGE NOTICES", "· Library closed on Friday for repairs"),
        ("COMING UP ON VALLEY RADIO", "› Sat 9: Farm hour — the 300 farms that stayed"),
    ],
)
def test_a_list_of_an_issues_or_a_boards_other_items_is_no_body(label: str, teaser: str) -> None:
    page = f"Depots closed after audit\n\n{LEAD}\n{label}\n{teaser}\n· Another item here\n"
    assert kind_of(page, teaser) == "related"


@pytest.mark.parametrize(
    "line",
    [
        "SAVE THE DATE · Harbour Forum, Port Ash, 4–5 May 2027 · Tickets £90",
        "UPCOMING · Grain Logistics Day, 12 June 2027 · Early booking £40",
        "Files of the media pack: 1 Release · 2 Photos · 3 Charts (12 files)",
    ],
)
def test_an_event_promo_or_a_kits_list_is_no_body(line: str) -> None:
    page = f"Depots closed after audit\n\n{LEAD}\n{line}\n"
    assert kind_of(page, line) not in ("body", "title")


@pytest.mark.parametrize(
    "rows",
    [
        ["AVAILABILITY · past 30 days", "Online banking 99.82% available", "Card gateway 98.7% up"],
        ["LOAD FACTOR · May", "Route A 81% full", "Route B 64% full", "Route C 77% full"],
        ["Ferry line 94% on time", "Bus line 88% on time", "Tram line 97% on time"],
    ],
)
def test_a_list_of_measures_stays_the_pages_own(rows: list[str]) -> None:
    block = "\n".join(rows)
    page = f"Depots closed after audit\n\n{LEAD}\n{block}\n\nThe council meets again in June.\n"
    for row in rows:
        assert kind_of(page, row) == "body"


@pytest.mark.parametrize(
    "credit",
    [
        "Powered by PageKit · All times UTC",
        "Hosted on StatusBoard",
        "Site by Harbour Web · Times in CET",
    ],
)
def test_the_operators_note_over_the_sites_credit_is_no_body(credit: str) -> None:
    note = "The service is run for the region's four water utilities. Target uptime: 99.5%."
    page = f"Depots closed after audit\n\n{LEAD}\n{note}\n{credit}\n"
    assert kind_of(page, note) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "SPONSORED · Insure your boat in five minutes — HarbourCover",
        "PAID CONTENT | Ten ways to cut your fuel bill — GreenPump",
        "Reader poll: Should parking be free on Sundays? ○ Yes ○ No — 2,406 votes",
        "Quick poll: Do you trust the new timetable? Yes 40% · No 60% (318 responses)",
        "Issued by authority of Harbour Council · Print run 4,000 copies",
        "Published under authority of Lake District Board · 900 copies printed",
        "Questions? Call the council office at 555-0142 on weekdays from 9:00 to 17:00",
        "Any questions? Email the depot team or visit the front desk, Monday to Friday",
        "This notice supersedes Notice TN-14/2026 of 02.03.2026.",
        "This bulletin replaces the bulletin of 4 May 2026",
    ],
)
def test_page_furniture_lines_in_a_documents_body_are_no_body(line: str) -> None:
    page = f"Depots closed after audit\n\n{LEAD}\n{line}\n\nThe council meets again in June.\n"
    assert kind_of(page, line) == "boilerplate"
