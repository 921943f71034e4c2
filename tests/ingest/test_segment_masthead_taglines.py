"""A paper's masthead line that sets its name beside a tagline naming its place and kind ("The
Coast Herald — Mombasa's daily") and its edition ("English digital edition"): the site's name,
never the headline; the story's headline under the date bar and menu is the title, whatever its
casing."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text

UNDER = (
    "Friday, 9 October 2026 · Mombasa 29°C\n"
    "Coast | Port | Business | Sport\n"
    "{head}\n"
    "By Amina Said, in Mombasa\n"
    "The port authority said on Thursday that it would add two berths by March, after cargo"
    " volumes rose 12% in the first nine months of the year.\n"
)
HEAD = "port to add two berths as cargo volumes climb"


@pytest.mark.parametrize(
    "masthead",
    [
        "THE COAST HERALD — Mombasa's daily | English digital edition",
        "LA VOZ DEL SUR — Arequipa's regional daily | English online edition",
        "KIVU TIMES · Goma's independent weekly",
        "LE PHARE — Port-Gentil's oldest newspaper | International edition",
    ],
)
def test_a_masthead_with_its_tagline_gives_way_to_the_headline(masthead: str) -> None:
    page = masthead + "\n" + UNDER.format(head=HEAD)
    assert segment_text(page).title == HEAD


def test_a_headline_about_a_paper_stays_the_headline() -> None:
    head = "Fire guts the city's oldest newspaper"
    page = "COAST HERALD\n" + UNDER.format(head=head)
    assert segment_text(page).title == head
