"""A page saved one paragraph a line with no blank line anywhere: a short section heading between
its paragraphs opens more of the article, never a teaser; another story's headline over its
excerpt at the foot of such a page stays one."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import kind_of

TOP = (
    "HARBOUR POST | Business\n"
    "Port authority raises berth fees for the first time in a decade\n"
    "By Mara Lind | 4 March 2026\n"
    "The port authority will raise berth fees by 12% from July, its board said on Tuesday, the"
    " first increase since 2016.\n"
    "The board said the extra income, about $9 million a year, would pay for dredging the outer"
    " channel and a new quay.\n"
)
UNDER = (
    "Shipping lines said the rise would add about $400 to the cost of a typical call, and two of"
    " them said they would pass it on.\n"
    "The authority handled 1.2 million containers last year, up 6% on the year before.\n"
    "The fee schedule will be published in the official gazette next month.\n"
)

PAGES = {
    "What the new fees cover": UNDER,
    "Why shipping lines object": UNDER,
    "Where the money goes": (
        "About two thirds of the new income is meant for the channel, which has silted up since"
        " the floods of 2024, a spokeswoman said.\n"
        "Work on the quay is due to start in the autumn and to take two years.\n"
    ),
    "How importers have reacted": (
        "Importers' groups have warned that the higher fees would push up the price of food,"
        " most of which arrives by sea.\n"
        "They have asked the minister to delay the increase until next year.\n"
    ),
}


@pytest.mark.parametrize("heading", PAGES)
def test_a_section_heading_between_paragraphs_with_no_blank_lines_is_body(heading: str) -> None:
    page = f"{TOP}{heading}\n{PAGES[heading]}"
    assert kind_of(page, heading) == "body"
    assert kind_of(page, PAGES[heading].splitlines()[-1]) == "body"


def test_another_storys_headline_over_its_excerpt_at_the_foot_stays_a_teaser() -> None:
    teaser = (
        "Customs clears record tonnage at the free zone\n"
        "Volumes at the free zone rose for a fifth month, helped by car imports from Asia and"
        " by a new bonded warehouse.\n"
        "Ferry operator orders two hybrid vessels for the island routes\n"
        "The order, worth about $80 million, is the largest the yard has taken in ten years.\n"
    )
    page = f"{TOP}{UNDER}More from Business\n{teaser}"
    assert kind_of(page, "Customs clears record tonnage") == "related"
    assert kind_of(page, "Ferry operator orders") == "related"
