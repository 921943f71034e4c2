"""A page set with no blank line anywhere, a heading of its own right under its headline and its
running text further down that one block (a legal act's preamble, a diary's first day, a report
summary's first section): the heading opens the page's own text, never a teaser whose guessed
excerpt would take the rest of the page."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import kind_of

RUNNING = (
    "The committee met twice in the spring and agreed that the rules should be simpler for small"
    " firms that trade across the border.\n"
    "It asked the secretariat to draft new forms, and said they would apply from the first day of"
    " the next quarter.\n"
    "Members will review the forms at their autumn session and may change them after that.\n"
)

PAGES = {
    "act": (
        "Gazette of the Northern Trade Union\n"
        "DECISION No 14/2026 OF THE JOINT TRADE COMMITTEE\n"
        "of 3 March 2026\n"
        "amending the customs forms used for small consignments between the two states\n"
    ),
    "diary": (
        "HARBOUR WIRE | DIARY\n"
        "WEEK AHEAD-Northern ports and shipping diary, April 6-12\n"
        "MONDAY, APRIL 6 AND TUESDAY, APRIL 7\n"
    ),
    "report": (
        "OFFICE OF THE STATE INSPECTOR\n"
        "Report of the State Inspector on the Regional Water Boards\n"
        "Paper No. 12 of 2026 | Released: 4 May 2026\n"
        "Overview of what the inspectors found\n"
    ),
    "minutes": (
        "Minutes of the Joint Trade Committee spring session\n"
        "Held at the council hall, 2 April 2026\n"
        "Items discussed and what was agreed\n"
    ),
}


@pytest.mark.parametrize("kind", PAGES)
def test_a_heading_under_the_headline_opens_the_body(kind: str) -> None:
    page = PAGES[kind] + RUNNING
    heading = PAGES[kind].splitlines()[-1]
    assert kind_of(page, heading) == "body"
    assert kind_of(page, "Members will review the forms") == "body"


def test_teasers_at_the_foot_of_such_a_page_stay_teasers() -> None:
    page = (
        PAGES["minutes"]
        + RUNNING
        + "Customs agents protest at slower border checks\n"
        + "Queues at the main crossing grew to six hours on Friday, agents said.\n"
    )
    assert kind_of(page, "Customs agents protest") == "related"
