"""A broadcaster's story page closes on its list of other clips under 'WATCH NEXT' (or 'LISTEN
NEXT'), as a paper's does under 'READ NEXT': the list is other stories, never the page's own."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import kind_of

STORY = (
    "Flood barrier opens a year late after costs double\nBy River TV staff · 3 March 2026\n\n"
    "The city's flood barrier opened on Monday, a year late, after its cost doubled to about"
    " $80 million, the works department said.\n\nTags: floods · city works\n"
)


@pytest.mark.parametrize(
    ("label", "clip"),
    [
        ("WATCH NEXT", "▶ Bus fares rise 9% in the capital (02:10)"),
        ("Watch next", "▶ Court lifts freeze on builder's accounts (01:35)"),
        ("LISTEN NEXT", "Podcast: Why rice costs 20% more this year (24:00)"),
        ("Read next", "Port strike ends after 12 days"),
    ],
)
def test_the_next_clips_list_is_no_story_text(label: str, clip: str) -> None:
    page = f"{STORY}{label}\n{clip}\n"
    assert kind_of(page, clip) != "body"
    assert kind_of(page, "The city's flood barrier opened") == "body"
