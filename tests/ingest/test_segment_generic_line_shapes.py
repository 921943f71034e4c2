"""Line shapes read the same on any kind of page: a strip of three pieces or more and any short
line over the site's menu are no headline when one stands under them; a row set with dot
leaders is none either; a labelled stamp with its full day and clock gives the page's day; a
middle dot may separate a numeric date's parts; a schedule's title naming its day dates it;
rows of one shape flattened from a table are no teasers; and a box of other items under its
label is out of the story."""

from __future__ import annotations

import pytest

from claims.ingest.byline import find_date, publication_date
from claims.ingest.segment import _pager, segment_text
from tests.ingest.helpers import TODAY, kind_of

HEADLINE = "Hill villages get a second water main after a dry summer"
LEAD = (
    "The district council said on Friday that a second main would reach the four hill villages"
    " by spring, after tankers had supplied them for eleven weeks.\n"
)


def _page(top: str, under: str = "") -> str:
    return f"{top}\n\n{HEADLINE}\n{under}\n\n{LEAD}"


@pytest.mark.parametrize(
    "top",
    [
        "VALE 9 TODAY\nLive  |  Radio 88.1  |  Cymraeg\nHome   Local   Sport   Farming   Weather",
        "HILL HERALD\nNews for the upland parishes and their farms\nHome > Local > Water",
        "CIVIC WORKS\nRoads · Water · Waste · Parks · Jobs (12 open)\nYou are here: Services / Water",
        "Notice sent to every household · Large print on request · Also in Welsh",
        "Opinion › Utilities › No. 2026/31",
        "NETWORK\nPumping station ......... Operational\nReservoir 2 .............. Reduced",
    ],
)
def test_strips_names_over_menus_and_leader_rows_give_way_to_the_headline(top: str) -> None:
    assert segment_text(_page(top), TODAY).title == HEADLINE


def test_a_headline_over_a_breadcrumb_with_no_headline_under_it_stays_the_title() -> None:
    page = f"{HEADLINE}\nHome > Local > Water\n\n{LEAD}"
    assert segment_text(page, TODAY).title == HEADLINE


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("Last sync: Fri 23/10/2026 06:15 GMT   ⟳ reloads every 30 s", "2026-10-23"),
        ("Ref: WX/2026/88 · Desk: WATER · Sent: 02.11.2026 17:40 XST", "2026-11-02"),
        ("Fetched: 1 November 2026 08:05", "2026-11-01"),
    ],
)
def test_a_labelled_stamp_with_its_clock_dates_the_page(stamp: str, day: str) -> None:
    published = segment_text(_page(stamp, ""), TODAY).byline.published
    assert published is not None and published.isoformat() == day


def test_opening_hours_under_a_label_are_no_stamp() -> None:
    page = _page("Issued 2 October 2026", "Open day: Sunday 18 October 2026, 10:00-16:00")
    published = segment_text(page, TODAY).byline.published
    assert published is not None and published.isoformat() == "2026-10-02"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("By Ana Petrov  ·  Split  ·  14·03·2026  ·  4 min read", "2026-03-14"),
        ("Posted 2·11·2025 · Water desk", "2025-11-02"),
        ("Desk · 09·06·2024 · 3 min", "2024-06-09"),
    ],
)
def test_a_middle_dot_may_split_a_numeric_date(line: str, day: str) -> None:
    published = publication_date(line)
    assert published is not None and published.isoformat() == day


def test_middle_dots_between_words_are_no_date() -> None:
    assert find_date("Water · 12 · News") is None


@pytest.mark.parametrize(
    "title",
    ["Listings: Friday 6 November 2026", "Guide: Sat 7 November 2026", "Today: 5 November 2026"],
)
def test_a_listing_titled_by_its_day_is_dated_by_it(title: str) -> None:
    page = f"{title}\n\n06:00  Morning show\nNews and weather from the valleys.\n"
    published = segment_text(page, TODAY).byline.published
    assert published is not None and published.day in (5, 6, 7)


def test_a_headline_with_its_own_date_inside_is_not_a_listing_day() -> None:
    page = f"Reservoir: repairs end on 3 November 2026 after leak\n\n{LEAD}"
    assert segment_text(page, TODAY).byline.published != "2026-11-03"


ROWS = (
    "The following runs change this week:\n"
    "R12 · Hilltop Loop · run 40A · due 04/11 → cancelled\n"
    "R14 · Quarry Road · run 41B · due 05/11 → diverted\n"
    "R15 · Mill Lane · run 09C · due 06/11 → late by 20 minutes\n"
    "In all, nine runs in two weeks are affected, the operator said.\n"
)


@pytest.mark.parametrize("row", ROWS.splitlines()[1:])
def test_rows_of_one_shape_in_the_story_stay_body(row: str) -> None:
    page = f"{HEADLINE}\n\n{LEAD}\n{ROWS}\nThe council will review the plan in March.\n"
    assert kind_of(page, row, TODAY) == "body"


@pytest.mark.parametrize(
    ("label", "item"),
    [
        (
            "OTHER FILES IN THIS PACK",
            "2/4 Map of the route  ·  3/4 Costs (1,200 homes)  ·  4/4 Q&A",
        ),
        ("Coming up next weekend", "Sat 14  20:00  The dry summer: a film"),
        ("Still to come later tonight", "Wed 11  21:30  Hill farming: a year on"),
    ],
)
def test_a_box_of_other_items_under_its_label_is_out_of_the_story(label: str, item: str) -> None:
    page = f"{HEADLINE}\n\n{LEAD}\n{label}\n{item}\n"
    assert kind_of(page, item, TODAY) == "related"


def test_a_digest_s_own_coming_up_points_stay_body() -> None:
    point = "- The board is expected to name its new chair at next month's meeting."
    page = f"{HEADLINE}\n\n{LEAD}\nComing up\n{point}\n- Tenders close by the end of May.\n"
    assert kind_of(page, point, TODAY) == "body"


@pytest.mark.parametrize(
    "pager",
    [
        "‹ Mon 9   [ Tue 10 ]   Wed 11 ›      Station: Vale FM | Vale Two",
        "< Earlier notice | Later notice >",
        "◄ Week 44   Week 45   Week 46 ►",
    ],
)
def test_a_pager_between_neighbouring_pages_is_furniture(pager: str) -> None:
    page = f"{HEADLINE}\n{pager}\n\n{LEAD}"
    assert kind_of(page, pager, TODAY) == "boilerplate"


def test_a_sentence_between_arrows_is_no_pager() -> None:
    assert not _pager("‹ The council said 40 homes were cut off for two days last week. ›")
    assert not _pager("‹ Residents of the four hill villages waited eleven weeks for water ›")


@pytest.mark.parametrize(
    "bar",
    ["Share: Email | X | Print | Copy link", "Print | Share | CY | EN", "Share · Save · Print"],
)
def test_a_headline_over_its_share_bar_stays_the_headline(bar: str) -> None:
    page = f"{HEADLINE}\nA note on the works\n{bar}\nPosted 3 November 2026\n\n{LEAD}"
    assert segment_text(page, TODAY).title == HEADLINE


@pytest.mark.parametrize(
    "rows",
    [
        "08:10 | BX 12 | Hilltop | Vale Air | 3 | LEFT 08:14\n09:00 | BX 14 | Quarry | Vale Air | 4 | LATE",
        "Pump 1\t2.4 bar\tOK\nPump 2\t0.0 bar\tDOWN",
        "R1   06:10   Mill Lane   On time\nR2   06:40   Quarry Road   Late",
    ],
)
def test_a_board_s_rows_under_its_name_are_no_headline(rows: str) -> None:
    page = f"Valley Transit · Live board\nDepartures from Hilltop\n{rows}\n\n{LEAD}"
    assert segment_text(page, TODAY).title == "Departures from Hilltop"


@pytest.mark.parametrize(
    "label", ["WORKS NOTICE  WN-2026/17", "Circular CX/2026-04", "ADVISORY  AB-12/3"]
)
def test_a_document_label_with_its_reference_gives_way_to_the_headline(label: str) -> None:
    page = f"{label}\nSent: 02.11.2026  |  Valid from: 09.11.2026\n{HEADLINE}\n\n{LEAD}"
    assert segment_text(page, TODAY).title == HEADLINE


def test_a_short_headline_with_a_figure_stays_the_headline() -> None:
    page = f"Fuel tax up 4%\nDrivers face higher prices at the pump from next month on\n\n{LEAD}"
    assert segment_text(page, TODAY).title == "Fuel tax up 4%"
