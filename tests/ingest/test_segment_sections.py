"""Headings inside the article: section headings, timelines, fact boxes and live entries stay
body; another story's headline between paragraphs is still a teaser."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import (
    ABOVE,
    BELOW,
    HEAD,
    TANKERS_BODY,
    TANKERS_HEAD,
    TODAY,
    kind_of,
    kinds,
)

LIVE_HEAD = "Flood talks in Geneva: live updates\nLast updated: Friday 14 March 2025 21:40 GMT\n\n"


@pytest.mark.parametrize(
    "heading",
    ["Trade and reserves", "Fiscal outlook", "Removals after court rulings", "Prices at the pump"],
)
def test_a_short_heading_inside_the_article_opens_body_not_a_teaser(heading: str) -> None:
    paragraph = "Exports rose 4% in May, and the central bank added $2 billion to its reserves."
    more = (
        "The ministry said the figures would be revised next month once customs data for the "
        "whole quarter were in, and that it saw no reason to change its forecast for the year."
    )
    text = (
        "A headline about trade and reserves\n\nBy Ed Poe | 4 May 2024\n\nFirst paragraph.\n\n"
        f"{heading}\n{paragraph}\n\n{more}\n"
    )
    assert ("body", f"First paragraph.\n\n{heading}\n{paragraph}\n\n{more}") in kinds(text)


def test_a_full_headline_over_an_excerpt_mid_article_is_still_a_teaser() -> None:
    teaser = "Regulators open an inquiry into the collapse of a regional shipping lender"
    more = (
        "The ministry said the figures would be revised next month once customs data for the "
        "whole quarter were in, and that it saw no reason to change its forecast for the year."
    )
    text = (
        "A headline about trade and reserves\n\nBy Ed Poe | 4 May 2024\n\nFirst paragraph.\n\n"
        f"{teaser}\nThe lender had 40 branches.\n\n{more}\n"
    )
    assert ("related", f"{teaser}\nThe lender had 40 branches.") in kinds(text)


@pytest.mark.parametrize(
    "box",
    [
        "Key points\n- Ports closed for two days after the storm hit\n- Losses put at EUR 40m",
        "At a glance\n2023: 410 ship calls\n2024: 388 ship calls\nSource: port authority",
        "Key figures (as of 3 May)\nGDP, first quarter: +1.2% y/y\nKey rate: 16%",
        "Incident summary\nShip: NORD STAR | Flag: Malta | Crew: 19 | Injured: 2",
        "The list includes:\n- 12 tankers flagged in Gabon and Comoros;\n- four ship managers in Dubai;",
    ],
)
def test_fact_boxes_and_lists_are_body_not_teasers(box: str) -> None:
    text = f"A headline about ports and storms\n\nBy Ed Poe | 4 May 2024\n\nFirst paragraph.\n\n{box}\n\nLast paragraph.\n"
    assert ("body", f"First paragraph.\n\n{box}\n\nLast paragraph.") in kinds(text)


@pytest.mark.parametrize(
    "timeline",
    [
        "Timeline\n12.05.2019 – Port ban on three tankers\n03.11.2021 – Fleet owners listed\n",
        "Key dates\n2020-01-14 — Export controls on drone parts tightened\n2023-06-02 — Ban renewed\n",
        "Chronology\n5 March 2018: First travel bans imposed\n20 July 2022: Oil embargo agreed\n",
        "How we got here\nMay 4, 2017 - Embassy staff expelled over spying row\n"
        "June 9, 2024 - New listings\n",
    ],
)
def test_a_dated_timeline_is_body(timeline: str) -> None:
    page = f"{TANKERS_HEAD}{TANKERS_BODY}{timeline}"
    for entry in timeline.splitlines()[1:]:
        assert kind_of(page, entry) == "body"
    long_page = f"{TANKERS_HEAD}{TANKERS_BODY * 8}{timeline}"
    for entry in timeline.splitlines()[1:]:
        assert kind_of(long_page, entry) == "body"


@pytest.mark.parametrize(
    ("heading", "paragraph"),
    [
        (
            "Wages and jobs",
            "Average pay rose 4.1 percent in the year, the slowest pace since 2021.",
        ),
        ("Outlook for the harvest", "Grain output is forecast at 61 million tonnes this year."),
        ("Exports under pressure", "Shipments of steel fell by a fifth in the third quarter."),
        ("Reserves and the currency", "Reserves stood at $14 billion at the end of September."),
    ],
)
def test_a_short_heading_between_body_paragraphs_is_body(heading: str, paragraph: str) -> None:
    page = f"{HEAD}{ABOVE}{heading}\n{paragraph}{BELOW}"
    assert kind_of(page, heading) == "body"
    assert kind_of(page, paragraph) == "body"


@pytest.mark.parametrize(
    "heading",
    [
        "3. Prices of services",
        "2. Measures against ships",
        "4.1 Method and coverage",
        "IV. Outlook",
    ],
)
def test_a_numbered_section_heading_is_body(heading: str) -> None:
    paragraph = "Fares for rail travel rose 6% in the month, more than in any month since 2019."
    page = f"{HEAD}{ABOVE}{heading}\n{paragraph}\n\nContact us\n"
    assert kind_of(page, paragraph) == "body"


@pytest.mark.parametrize(
    "teaser",
    [
        "Port workers walk out for a second day over unpaid overtime\n"
        "Unions say the strike could spread to three more terminals.",
        "Drought pushes wheat prices to a two-year high in the south\n"
        "Farmers have cut their planting plans for next season.",
    ],
)
def test_another_storys_headline_between_paragraphs_stays_a_teaser(teaser: str) -> None:
    page = f"{HEAD}{ABOVE}{teaser}{BELOW}"
    assert kind_of(page, teaser.splitlines()[1]) == "related"


@pytest.mark.parametrize(
    "entry",
    [
        "21:40\nThat's all from us tonight\nTalks resume on Saturday, an official said.",
        "19:05\nMediators report progress in the talks\nGaps have narrowed since Wednesday.",
        "08.15 GMT\nDelegations leave without a statement\nBoth sides left at 10pm.",
    ],
)
def test_a_live_entrys_headline_under_its_time_is_body(entry: str) -> None:
    page = f"{LIVE_HEAD}{entry}\n\nRelated: Aid convoys blocked for a third day\n"
    for line in entry.splitlines()[1:]:
        assert kind_of(page, line) == "body"


@pytest.mark.parametrize(
    "label", ["Key events", "KEY POINTS", "At a glance", "What we know so far"]
)
def test_a_live_pages_own_summary_is_body(label: str) -> None:
    point = "Negotiators to resume talks on Saturday"
    page = (
        f"{LIVE_HEAD}{label}\n{point}\nQatar says the gaps have narrowed\n\n21:40\nNo deal yet.\n"
    )
    assert kind_of(page, point) == "body"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Dwell times and rates", "Outlook"),
        ("Prices at the pump", "What comes next"),
        ("Crossings by month", "Policy view"),
        ("Refinery outages", "Risks to the forecast"),
    ],
)
def test_a_section_followed_by_another_section_is_body(first: str, second: str) -> None:
    """A report runs section after section: a short heading over its paragraph, then the next
    heading over its own; neither is a teaser of another story."""
    para1 = (
        "Average waiting times at the two terminals rose to six days from four, the longest in"
        " more than a year, while spot rates eased for a third week running."
    )
    para2 = (
        "We now expect volumes to recover slowly over the summer, though a return of higher"
        " duties would cut our forecast by about two percent."
    )
    page = f"{HEAD}{ABOVE}{first}\n{para1}\n\n{second}\n{para2}{BELOW}"
    assert kind_of(page, first, TODAY) == "body"
    assert kind_of(page, para1, TODAY) == "body"
    assert kind_of(page, para2, TODAY) == "body"


BOX_HEADINGS = [
    "KEY PRICES (Friday delivery, EUR/MWh)",
    "Spot rates (USD per tonne)",
    "Baltic index (points, week 44)",
]


@pytest.mark.parametrize("box", BOX_HEADINGS)
def test_a_section_over_a_fact_box_whose_heading_closes_on_a_bracket_is_body(box: str) -> None:
    page = (
        "Grain freight rates climb for a third week\n\n"
        "Rates for Panamax bulk carriers rose 6% this week as harvest exports picked up in the"
        " Black Sea and South America, brokers said on Friday.\n\n"
        "Rates over the month\n"
        "Panamax rates averaged $14,200 a day in October, 11% higher than a year earlier but 3%"
        " below September, and the year-to-date average is $12,950.\n\n"
        f"{box}\nPanamax: 15,100 (+6.0%)\nSupramax: 13,400 (+2.1%)\n"
    )
    assert kind_of(page, "Rates over the month") == "body"
    assert kind_of(page, "Panamax rates averaged") == "body"


@pytest.mark.parametrize(
    "paragraph",
    [
        "[14] The applicant held two accounts at the bank, which were frozen on 3 May 2025.",
        "(7) The authority imposed a penalty of EUR 40,000 on the firm for late reporting.",
        "¶ 22 The tribunal found that the suspension had been lawful throughout the period.",
    ],
)
def test_a_heading_over_a_numbered_paragraph_is_body(paragraph: str) -> None:
    page = (
        f"{HEAD}{ABOVE}Lifting of the freeze on the joint accounts\n{paragraph}\n\n"
        "Costs\n[15] Each party is to bear its own costs of the application.\n"
    )
    assert kind_of(page, "Lifting of the freeze") == "body"
    assert kind_of(page, paragraph) == "body"
