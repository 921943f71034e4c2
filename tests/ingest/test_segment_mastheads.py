"""Page tops: consent bars, institutions' names, report mastheads and promo lines are not the
headline nor body; the headline under them is the title."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import TANKERS_BODY, TODAY, kind_of

HEADLINE = "Port workers end their strike after a pay deal is reached"


@pytest.mark.parametrize(
    "bar",
    [
        "We value your privacy. Accept all | Manage options",
        "You value your privacy, so do we. Reject all | Settings",
        "This site uses tracking. Accept all cookies | More options",
        "Choose how your data is used: Allow all | Refuse",
    ],
)
def test_a_consent_bar_is_no_headline(bar: str) -> None:
    page = f"Harbour Times | Ports | Trade\n{bar}\n\n{HEADLINE}\nBy Lea Novak\n\n{TANKERS_BODY}"
    assert segment_text(page, TODAY).title == HEADLINE
    assert kind_of(page, bar, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "name",
    [
        "Ministry of Economy and Finance, Republic of Moldova",
        "DEPARTMENT OF TRADE AND INDUSTRY",
        "The Federal Chancellery",
        "An official website of the Government of Canada",
    ],
)
def test_an_institutions_name_above_the_headline_gives_way_to_it(name: str) -> None:
    page = f"{name}\nHome > News\n\nPress release\n12 May 2025\n\n{HEADLINE}\n\n{TANKERS_BODY}"
    assert segment_text(page, TODAY).title == HEADLINE
    assert kind_of(page, name, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "title",
    [
        "Council extends its freeze on the assets of two banks",
        "Ministry of Energy says fuel imports rose 4% in May",
        "Office rents in the capital climb for a third year",
        "Government of Chile raises its copper output forecast",
    ],
)
def test_a_headline_that_opens_with_an_institution_is_still_the_headline(title: str) -> None:
    page = f"{title}\nBy Lea Novak\n\n{TANKERS_BODY}"
    assert segment_text(page, TODAY).title == title


@pytest.mark.parametrize(
    "masthead",
    [
        "Coastal Freight Review | Issue 112",
        "THE HARBOUR LEDGER — International edition",
        "Arctic Shipping Watch: live updates",
        "GRAIN MARKETS MONTHLY - APRIL 2025",
    ],
)
def test_a_report_masthead_gives_way_to_the_headline_under_it(masthead: str) -> None:
    page = f"{masthead}\n{HEADLINE}\nDate: 2025-05-02 | Analyst: Ana Lind\n\n{TANKERS_BODY}"
    assert segment_text(page, TODAY).title == HEADLINE
    assert kind_of(page, masthead, TODAY) != "body"


@pytest.mark.parametrize(
    "title",
    [
        "Grain exports: April 2025",
        "Wheat harvest talks: live updates",
        "Freight rates report: week 14",
        "Consumer prices, Chile: March 2024",
    ],
)
def test_a_reports_own_dated_headline_stays_the_headline(title: str) -> None:
    page = f"{title}\nDate: 2025-05-02\n\n{TANKERS_BODY}"
    assert segment_text(page, TODAY).title == title


def test_a_masthead_that_dates_the_issue_keeps_its_period_as_a_claim() -> None:
    masthead = "FERTILISER WEEKLY | WEEK 9, 2025"
    page = f"{masthead}\n{HEADLINE}\nPublished: 28/02/2025\n\n{TANKERS_BODY}"
    assert segment_text(page, TODAY).title == HEADLINE
    assert kind_of(page, masthead, TODAY) == "title"  # a heading of the page: its claims count


@pytest.mark.parametrize(
    "line",
    [
        "Support independent journalism. Become a member for EUR 5 a month.",
        "Reference: PR-2025-0412",
        "Markets · Metals · Energy · Analysis",
        "Support quality journalism. Subscribe today.",
    ],
)
def test_a_plea_a_reference_or_a_dotted_menu_above_the_headline_is_furniture(line: str) -> None:
    page = f"Harbour Times\n{line}\n\n{HEADLINE}\nBy Lea Novak\n\n{TANKERS_BODY}"
    assert segment_text(page, TODAY).title == HEADLINE
    assert kind_of(page, line, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "promo",
    [
        "Upcoming webinar: Freight risk after the strike, Tuesday 3 June, 15:00 CET. Register",
        "Upcoming event: Port automation forum, 14 October, Rotterdam. Book now",
        "Live briefing for subscribers on Friday at noon. Register here",
        "Our shipping conference returns on 9 September | Book today",
    ],
)
def test_an_event_promo_line_in_the_page_is_not_body(promo: str) -> None:
    page = f"{HEADLINE}\nBy Lea Novak\n\n{TANKERS_BODY}{promo}\n"
    assert kind_of(page, promo, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "masthead",
    [
        "NATIONAL STATISTICS OFFICE" + " " * 30 + "Labour market 2025:11",
        "Harbour Board" + " " * 40 + "Issue 14",
        "FISHERIES AGENCY     Bulletin 2026/2",
    ],
)
def test_a_report_masthead_with_its_issue_across_the_line_gives_way_to_the_headline(
    masthead: str,
) -> None:
    page = f"{masthead}\n\n{HEADLINE}\n\nPublished 14 May 2025\n\n{TANKERS_BODY}"
    assert segment_text(page, TODAY).title == HEADLINE


@pytest.mark.parametrize(
    "issue",
    [
        "Issue 31 | May-June 2026 | Feature",
        "Issue 126 | June 2026 | Cover Story",
        "Volume 12 | March 2026 | Profile",
        "Copper Quarterly | Issue 3/2026",
    ],
)
def test_a_magazines_numbered_issue_line_is_its_stamp_not_a_heading(issue: str) -> None:
    page = f"THE CANE REVIEW\nMagazine | Money | Subscribe\n{issue}\n{HEADLINE}\n\n{TANKERS_BODY}"
    assert segment_text(page, TODAY).title == HEADLINE
    assert kind_of(page, issue, TODAY) == "boilerplate"  # its number and months date no event
