"""A breaking strip over the page's menu closes on a clock time ('... until 2 p.m.'): its 'p.m.'
ends no sentence, so the search for the headline goes on past it to the page's own headline,
in lower case or not."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text

PAGE = (
    "COASTAL DAILY\n"
    "{strip}\n"
    "News | Towns | Business | Sport\n"
    "Home > News > Towns\n"
    "{headline}\n"
    "By Nora Vale | 12 May 2026\n"
    "The town council on Monday approved a plan to rebuild the harbour wall, which storms"
    " damaged twice last winter, at a cost of about 3 million.\n"
)

CASES = {
    "BREAKING: Water cut in the old town until 4 p.m.": "council approves plan to rebuild the harbour wall",
    "Breaking: Coast road closed after crash, reopens at 6 a.m.": "Council approves plan to rebuild harbour wall after storms",
    "BREAKING: Ferry sailings suspended until 11.30 a.m.": "town votes to rebuild harbour wall damaged in winter storms",
    "Breaking: Power restored to the marina at 9 p.m.": "Harbour wall to be rebuilt at a cost of 3 million",
}


@pytest.mark.parametrize("strip", CASES)
def test_a_breaking_strip_closing_on_a_clock_gives_way_to_the_headline(strip: str) -> None:
    headline = CASES[strip]
    assert segment_text(PAGE.format(strip=strip, headline=headline)).title == headline
