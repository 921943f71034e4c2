"""Strips and boxes around a story: a breaking-news strip of other headlines, an issue's "also in
this issue" line, a ranking, an events box and reader comments are not the story's body; an arrow
breadcrumb, a site name with an ampersand in the title bar and a "Name | Place" byline under the
headline do not take the headline's place."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import ABOVE, BELOW, HEAD, kind_of

STORY = "Rail operator cuts fares on four regional lines from June"
STORY_TEXT = (
    "The state rail operator said on Thursday that it would cut fares on four regional lines"
    " by an average of 12 percent from June, after passenger numbers fell for a second year.\n"
)


@pytest.mark.parametrize(
    "strip",
    [
        "BREAKING: Senate passes farm bill worth $4 billion | Airport strike called off",
        "Breaking news: Court frees two reporters | Flood warning lifted for 3 districts",
        "LATEST - Mayor resigns after audit | Ferry sinks near port | Markets close higher",
        "Just in: Central bank holds rate at 6% | Harbour reopens",
    ],
)
def test_a_breaking_strip_of_headlines_above_the_story_is_teasers(strip: str) -> None:
    page = f"CITY POST\nHome | News | Sport\n{strip}\n\n{STORY}\n\nBy Ana Ruiz\n\n{STORY_TEXT}"
    assert segment_text(page).title == STORY
    assert kind_of(page, strip) not in ("body", "title")


@pytest.mark.parametrize(
    "strip",
    [
        "Breaking: Assembly approves new water charges for farms",
        "BREAKING NEWS - Two miners trapped after shaft collapse in the north",
        "Just in: Airport strike called off after late-night pay deal",
        "Developing: Flood warnings issued for three river valleys",
    ],
)
def test_a_breaking_line_over_the_page_headline_is_not_the_headline(strip: str) -> None:
    page = f"CITY POST\nHome | News | Sport\n{strip}\n{STORY}\n\nBy Ana Ruiz\n\n{STORY_TEXT}"
    assert segment_text(page).title == STORY
    assert kind_of(page, strip) not in ("body", "title")


@pytest.mark.parametrize(
    "under",
    ["By Ana Ruiz | 4 May 2026", "Updated 10:42 BST", "Police say the road will stay shut."],
)
def test_a_breaking_headline_with_no_headline_under_it_stays_the_headline(under: str) -> None:
    headline = "Breaking: Bridge closed after barge strikes a pier"
    page = f"CITY POST\nHome | News | Sport\n{headline}\n{under}\n\n{STORY_TEXT}"
    assert segment_text(page).title == headline


@pytest.mark.parametrize(
    "line",
    [
        "Also in this issue: Wool prices fall for a third month; Jute exports reach 1.2 million bales",
        "Also in this edition: Port fees rise 8%; two new berths open in Gdansk",
        "ALSO IN THIS ISSUE: Steel output slips; a guide to 2026 tariffs",
        "Also in today's edition: Wheat harvest beats forecast by 5%",
    ],
)
def test_an_also_in_this_issue_line_is_teasers(line: str) -> None:
    page = f"{HEAD}{ABOVE}{line}{BELOW}"
    assert kind_of(page, line) == "related"


@pytest.mark.parametrize(
    ("label", "entries"),
    [
        ("RANKING", "1. Storm cuts power to 40,000 homes\n2. Bread prices up 7% on the year"),
        ("Events", "Port Logistics Summit 2026 | Hamburg | 3-4 March 2026 | Fee EUR 450"),
        (
            "Upcoming events",
            "Webinar: Cutting energy use by 20% | 9 July 2026, 10:00 CET\nExpo 2026 | 1 May",
        ),
        ("Comments (12)", "old_tom: They shut the cinema in 2018 and now this."),
    ],
)
def test_a_ranking_events_box_or_comments_under_the_story_are_not_body(
    label: str, entries: str
) -> None:
    page = f"{HEAD}{ABOVE}{label}\n{entries}{BELOW}"
    first = entries.splitlines()[0]
    assert kind_of(page, first) == "related"
    assert kind_of(page, "The central bank kept") == "body"


@pytest.mark.parametrize(
    "crumb",
    [
        "Media Statements > Minister for Housing and Public Works",
        "Newsroom > Department of Agriculture and Rural Affairs",
        "Home › Press Office › Secretary of State for Transport and Ports",
        "Releases » Office of the Chief Medical Officer of Health",
    ],
)
def test_an_arrow_breadcrumb_is_never_the_headline(crumb: str) -> None:
    page = f"State Government | Statements | Search\n\n{crumb}\n\n{STORY}\n\n{STORY_TEXT}"
    assert segment_text(page).title == STORY


@pytest.mark.parametrize(
    "site",
    [
        "The Wolds & Humber Echo",
        "Tees & Wear Post",
        "The Dales & Moor Times",
        "Hill & Vale Gazette",
    ],
)
def test_a_title_bar_site_name_with_an_ampersand_is_no_part_of_the_title(site: str) -> None:
    page = f"{STORY} | {site}\n{site.upper()}\nNews  Sport  Jobs\n\n{STORY}\n\n{STORY_TEXT}"
    assert segment_text(page).title == STORY


@pytest.mark.parametrize(
    "byline",
    ["Abdi Farah | Nairobi", "Maria Lopez | Lima", "Jean Dupont | Lyon", "Kofi Mensah | Accra"],
)
def test_a_name_and_place_byline_under_the_headline_keeps_it_the_headline(byline: str) -> None:
    page = f"EAST COAST MONITOR\nNews | Business | Sport\n\nPOLITICS\n\n{STORY}\n\n{byline}\n"
    page += f"20 January 2026 · 4 min read\n\n{STORY_TEXT}"
    assert segment_text(page).title == STORY


@pytest.mark.parametrize(
    "plea",
    [
        "Basin Review is a nonprofit newsroom. Donate today: $15 a month keeps a reporter working.",
        "Please give now: every $5 helps us report on the river.",
        "Support us today: join 4,000 readers who fund our work.",
        "We rely on readers. Chip in here: $3 a week pays for a photo.",
    ],
)
def test_a_donation_plea_with_a_figure_is_furniture(plea: str) -> None:
    page = f"{HEAD}{ABOVE}{plea}{BELOW}"
    assert kind_of(page, plea) == "boilerplate"
