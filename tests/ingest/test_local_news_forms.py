"""A local news site's story: a crosshead over two paragraphs or more right under a fact box of
label lines ('Total: €12m') is the story's next section, never a teaser; an advert tagged
'[Advert]' in brackets is the site's, never the story."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import kind_of

TOP = (
    "TOWN NEWS · local news in English\nCity | Transport | Sport\n"
    "Water charges to rise 6% as council agrees its budget\n"
    "Posted 12/02/2026 · 09:10 | Eva Novak\n\n"
    "Households will pay 6% more for water from March, after the council agreed a budget of"
    " €210 million on Tuesday night by 19 votes to 8.\n\n"
    "BUDGET IN FIGURES\nTotal spending: €210m\nRoads: €18.5m\nDebt at year-end: €96m\n\n"
)
SECTION = (
    "{heading}\nThe budget sets aside €6 million for eight electric buses, half paid by a"
    " national grant, the transport office said.\n"
    "Bus fares will rise by 20 cents from April, to €1.40 for a single ticket in the centre.\n\n"
)


@pytest.mark.parametrize(
    "heading",
    ["BUSES AND FARES", "WHAT THE BUSES WILL COST", "Buses and the new fares", "FARES GO UP AGAIN"],
)
def test_a_crosshead_under_a_fact_box_is_the_story(heading: str) -> None:
    page = TOP + SECTION.format(heading=heading) + "Share: Facebook | Email\n"
    assert kind_of(page, heading) == "body"
    assert kind_of(page, "Bus fares will rise by 20 cents") == "body"


@pytest.mark.parametrize(
    "advert",
    [
        "[Advert] Spring sale at Domus: up to 30% off until 15 March",
        "[ADVERTISEMENT] New flats in Old Town from €99,000",
        "[Advert] Book your winter tyres now, 4 for the price of 3",
    ],
)
def test_a_bracketed_advert_tag_marks_the_site_advert(advert: str) -> None:
    page = TOP + SECTION.format(heading="BUSES AND FARES") + advert + "\n"
    assert kind_of(page, advert) == "boilerplate"
