"""The top of a broadcaster's or a local site's page: the channel's name with its number over
the site's menu ("LAGOON 7 NEWS | Apia") is the site's name, never the headline; a breaking strip
of another story over the site's breadcrumb gives way to the page's own headline under them."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

HEADLINE = "Council Freezes Accounts Of Two Quarry Firms Over Unpaid Levies"
STANDFIRST = "The firms owe the district more than BZ$400,000, the council says"
LEAD = (
    "The district council has frozen the bank accounts of two quarry companies that it says owe"
    " more than BZ$400,000 in unpaid extraction levies, the council's treasurer said on Monday.\n"
)


@pytest.mark.parametrize(
    ("name", "menu"),
    [
        ("HARBOUR 8 NEWS | Grenada", "Home   News   Sports   Weather   LIVE TV"),
        ("Channel 5 | Belmopan", "Home | News | Business | Watch live"),
        ("TV3 Ghana", "News  Politics  Sport  Entertainment  Live"),
        ("COAST 24 | St Lucia", "Home > News > Local"),
    ],
)
def test_a_channel_name_with_its_number_over_the_menu_is_no_headline(name: str, menu: str) -> None:
    page = (
        f"{name}\n{menu}\n{HEADLINE}\n{STANDFIRST}\n"
        "By Ana Cal | Published: Monday, March 9, 2026, 6:10 p.m.\n\n"
        f"{LEAD}"
    )
    structure = segment_text(page)
    assert structure.title == HEADLINE
    assert kind_of(page, name) == "boilerplate"


def test_a_figure_in_a_headline_over_a_menu_keeps_it_a_headline() -> None:
    """A headline's count is no channel's number: the line stays the title."""
    page = f"Council Freezes 12 Accounts\nHome | News | Business\n\n{LEAD}"
    assert segment_text(page).title == "Council Freezes 12 Accounts"


@pytest.mark.parametrize(
    ("strip", "crumb"),
    [
        (
            "BREAKING: Inter-island plane held on the ground by fog - more soon",
            "Front page > Local",
        ),
        ("Breaking news: Airport runway shut after bird strike", "Home > News > Transport"),
        ("Just in - Power cut hits the north of the island", "News / Local / Energy"),
        ("BREAKING: Road to the port closed after a landslide", "Home | News | Roads"),
    ],
)
def test_a_breaking_strip_over_the_breadcrumb_gives_way_to_the_headline(
    strip: str, crumb: str
) -> None:
    headline = "New bridge carries twice the cars planners expected in its first month"
    page = (
        f"ISLAND POST - Local news for the south\n{strip}\n{crumb}\n{headline}\n"
        "Updated 02.03.2026 10:40 | By Hanna Berg | 9 comments\n\n"
        "Drivers crossed the new harbour bridge 88,000 times in February, twice the number the"
        " roads office had planned for, according to counts it released on Monday.\n"
    )
    assert segment_text(page).title == headline
    assert kind_of(page, strip) != "body"
