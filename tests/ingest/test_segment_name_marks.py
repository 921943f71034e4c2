"""A site's or an office's name over the page's menu gives way to the headline under it, even when
the name closes on its acronym in brackets or a channel's round-the-clock mark; a headline that
closes on a bracketed word stays the headline."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

STORY = "Regulator caps water bills for a second year as drought eases"
LEAD = (
    "The regulator said on Monday that household water bills would rise by no more than 2"
    " percent next year, the second year running that it has capped them.\n"
)


@pytest.mark.parametrize(
    ("name", "menu"),
    [
        ("National Water Services Regulator (NWSR)", "Home | About Us | Decisions | Media"),
        ("Ministry of Public Works and Housing (MPWH)", "Home > Media Centre > Press Releases"),
        ("RIVERSIDE NEWS 24x7", "LIVE TV | Nation | World | Business | Sport"),
        ("Capital Radio 24/7", "Listen Live | News | Weather | Podcasts"),
    ],
)
def test_a_name_with_its_acronym_or_channel_mark_over_the_menu_is_no_headline(
    name: str, menu: str
) -> None:
    page = f"{name}\n{menu}\n\n{STORY}\n\n{LEAD}"
    assert segment_text(page).title == STORY
    assert kind_of(page, name) == "boilerplate"


@pytest.mark.parametrize(
    "headline",
    [
        "Court frees four activists held since March (UPDATED)",
        "Rail strike ends after pay deal, union says (AP)",
    ],
)
def test_a_headline_closing_on_a_bracketed_word_stays_the_headline(headline: str) -> None:
    page = f"CITY POST\nHome | News | Sport\n\n{headline}\n\n{LEAD}"
    assert segment_text(page).title == headline
