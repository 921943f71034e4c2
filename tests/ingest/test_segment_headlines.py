"""Which line is the headline: site names, section labels, kickers, breadcrumbs, mastheads,
taglines and sign-up lines above it are furniture; a short headline is still the title."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import ABOVE, HEAD, TANKERS_BODY, TODAY, kind_of, kinds


def test_site_name_and_section_labels_above_the_headline_are_furniture() -> None:
    text = (
        "Global Affairs Canada\nNews release\nWorld | Politics\n\n"
        "Canada lists new targets on invasion anniversary\n\n"
        "By Jane Roe | Example Outlet | February 24, 2024\n\nThe body starts here.\n"
    )
    structure = segment_text(text)
    assert structure.title == "Canada lists new targets on invasion anniversary"
    assert structure.byline.published is not None and structure.byline.outlet == "Example Outlet"
    assert kinds(text)[0] == (
        "boilerplate",
        "Global Affairs Canada\nNews release\nWorld | Politics",
    )
    assert kinds(text)[-1] == ("body", "The body starts here.")


def test_a_live_kicker_above_the_headline_does_not_make_the_page_a_feed() -> None:
    text = (
        "Live updates\nRussia fires drones at the grid\n\nby Jo Poe March 4, 2026 8:15 AM\n\nOk.\n"
    )
    assert [k for k, _ in kinds(text)] == ["boilerplate", "title", "byline", "body"]


@pytest.mark.parametrize(
    "labels",
    [
        "THE PACIFIC LEDGER\nPolitics | Economy | Asia\n\nSanctions",
        "Your privacy matters to us\nWe and our partners use cookies on this site.\nAccept all | Reject all\nTHE OBSERVER\nInvestigations",
        "Ministry for Foreign Affairs\nMedia release",
        "Markets / Energy\nNews   World   Business",
    ],
)
def test_a_headline_under_site_names_and_section_labels_is_the_title(labels: str) -> None:
    text = (
        f"{labels}\n\nTanker insurers raise war-risk premiums again\n"
        "A standfirst that explains the story in a sentence\nBy Jo Lane | 2 May 2024\n\nBody.\n"
    )
    structure = segment_text(text)
    assert structure.title == "Tanker insurers raise war-risk premiums again"
    assert ("body", "A standfirst that explains the story in a sentence") in kinds(text)
    assert kinds(text)[0][0] == "boilerplate"


@pytest.mark.parametrize(
    ("top", "title"),
    [
        (
            "Grain exports rise\nShipments of wheat and maize rose by a fifth in May",
            "Grain exports rise",
        ),
        (
            "Ports close after storm\nThree terminals shut as winds reach 120 km/h",
            "Ports close after storm",
        ),
        (
            "Kyiv bans 40 tankers\nThe list targets ships that carry Russian crude",
            "Kyiv bans 40 tankers",
        ),
        (
            "Business News\nMinisters approve a new fuel tax for trucks",
            "Ministers approve a new fuel tax for trucks",
        ),
    ],
)
def test_a_short_headline_is_not_taken_for_a_section_label(top: str, title: str) -> None:
    text = f"{top}\nBy Jo Lane | 2 May 2024\n\nBody text follows here.\n"
    assert segment_text(text).title == title


@pytest.mark.parametrize(
    "line",
    [
        "Baltic Energy Monitor | Monthly report | November 2025",
        "Grain Desk | Issue 14 | March 2024",
        "Freight Outlook · Quarterly review · Sept 2023",
        "Weekly brief | Jan. 2026",
    ],
)
def test_a_masthead_with_its_issue_month_is_no_headline(line: str) -> None:
    headline = "Russian oil export earnings slide to the lowest level since 2023"
    page = f"{line}\n\n{headline}\nPublished on 6 November 2025\n\n{TANKERS_BODY}"
    structure = segment_text(page)
    assert structure.title == headline
    assert kind_of(page, line) != "body"


@pytest.mark.parametrize(
    "crumbs",
    [
        "Home > Foreign Policy > Trade Measures > Press Releases",
        "Markets › Metals › Copper",
        "Home » News » World",
        "Home > Government > Sanctions",
    ],
)
def test_a_breadcrumb_with_arrows_above_the_headline_is_furniture(crumbs: str) -> None:
    page = f"{crumbs}\n\n{HEAD}{ABOVE}"
    structure = segment_text(page)
    assert kind_of(page, crumbs) == "boilerplate"
    assert structure.title == HEAD.strip()


@pytest.mark.parametrize(
    "crumbs",
    [
        "Home > News > June 2026",
        "Newsroom › Releases › 2025",
        "Home » Media Centre » Statements » Sept. 2024",
        "Home > Announcements > March 2025",
    ],
)
def test_a_breadcrumb_closed_by_its_archive_month_is_furniture(crumbs: str) -> None:
    page = f"{crumbs}\n\nMEDIA RELEASE\n\n{HEAD}{ABOVE}"
    structure = segment_text(page)
    assert kind_of(page, crumbs) == "boilerplate"
    assert structure.title == HEAD.strip()


@pytest.mark.parametrize(
    ("site", "headline"),
    [
        ("HARBOUR DATA — Port Intelligence", "Container Monitor: Baltic Volumes Up 6% in March"),
        ("Grain Desk – Market Notes", "Wheat exports slow as Black Sea freight rates climb"),
        ("METALS WATCH | Research", "Copper premiums hit a two-year high on smelter outages"),
        ("Energy Brief — Daily", "Gas storage refill lags last year's pace by 9 points"),
    ],
)
def test_a_site_name_with_a_tagline_gives_way_to_the_headline(site: str, headline: str) -> None:
    page = f"{site}\n{headline}\nBy Ana Lind\n\n{ABOVE}"
    structure = segment_text(page, TODAY)
    assert structure.title == headline
    assert kind_of(page, site, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for our weekly briefing",
        "Sign up to the morning digest",
        "News  Land  Air  Naval  Events",
        "World  Business  Markets  Opinion",
    ],
)
def test_sign_up_lines_and_menus_split_by_gaps_are_not_the_headline(line: str) -> None:
    headline = "Why freight rates keep climbing on the Asia-Europe route"
    page = f"{line}\nEXPLAINER\n{headline}\nBy Ana Lind | 3 March 2025\n\n{ABOVE}"
    structure = segment_text(page, TODAY)
    assert structure.title == headline
    assert kind_of(page, line, TODAY) == "boilerplate"
