"""A blog page saved with its HTML character references undecoded: the segmenter reads its lines
decoded (a site's name and tagline split by '&ndash;', a headline with '&#8217;'), the title is
kept as saved, like the text, and the platform's share and like widgets are furniture."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

PAGE = (
    "{site} &ndash; News from the islands\n"
    "Home &raquo; News &raquo; Courts &amp; Crime\n"
    "{headline}\n"
    "Posted on May 4, 2026 by Newsdesk &nbsp;|&nbsp; 3 Comments\n"
    "The High Court on Monday fined the owner&#8217;s company SBD&nbsp;2.4&nbsp;million for"
    " landing undeclared catches, the court&#8217;s registrar said.\n"
    "The company has 30 days to pay, and its lawyer said it would appeal.\n"
    "Share this:\n"
    "Facebook | X | Email\n"
    "Like this:\n"
    "Like Loading...\n"
)

HEADLINES = {
    "Harbour Gazette": "COURT FINES TRAWLER OWNER&#8217;S FIRM",
    "Lagoon Weekly": "Trawler firm fined over &quot;undeclared&quot; catches",
    "Reef Times": "Court fines trawler owner&#8217;s company SBD&nbsp;2.4m",
    "Atoll Post": "Fishing firm fined &ndash; owner to appeal",
}


@pytest.mark.parametrize("site", HEADLINES)
def test_the_headline_under_the_sites_name_is_the_title_as_saved(site: str) -> None:
    headline = HEADLINES[site]
    page = PAGE.format(site=site, headline=headline)
    structure = segment_text(page)
    assert structure.title == headline
    assert kind_of(page, f"{site} &ndash;") == "boilerplate"
    assert kind_of(page, "The High Court on Monday") == "body"
    for widget in ("Share this:", "Like this:", "Like Loading..."):
        assert kind_of(page, widget) == "boilerplate"
