"""A magazine feature set one paragraph a line with no blank lines: a pull quote set among the
paragraphs (a quotation, a dash and its speaker's name with a title, no verb of saying) is not
the story's text, and the paragraphs under it stay body, never a teaser's excerpt."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import kind_of

TOP = (
    "HARBOUR LIFE MAGAZINE | Issue 12 · June 2026\n"
    "Rebuilding the Quay\n"
    "The island's main pier has been shut for two years. Who pays for the repairs, and when"
    " will the ferries return?\n"
    "By Ana Lima · 7 min read\n"
    "The ferry company moved its boats to the north harbour in May 2024, when engineers found"
    " cracks in the pier's main supports.\n"
    "THE COST\n"
)
UNDER = (
    "About 2,400 passengers a day now take a bus to the north harbour, a trip that adds 40"
    " minutes each way.\n"
    "The works are budgeted at $31 million, of which $12 million has been spent so far.\n"
)


@pytest.mark.parametrize(
    "quote",
    [
        '"We have waited long enough for this pier." — Harbour Master Joan Pike',
        "“Every week of delay costs the island's shops.” — Chamber President Luis Ortega",
        '"The ferries will be back before the winter." - Minister Dana Cole',
        '"Nobody told us the bus would take this long." — Commuter Ravi Singh',
    ],
)
def test_a_pull_quote_among_the_paragraphs_is_not_body(quote: str) -> None:
    page = f"{TOP}{quote}\n{UNDER}ALSO IN THIS ISSUE\nYacht season opens early\n"
    assert kind_of(page, quote) == "boilerplate"
    assert kind_of(page, "About 2,400 passengers") == "body"
    assert kind_of(page, "The works are budgeted") == "body"


def test_a_quoted_paragraph_that_says_who_spoke_is_body() -> None:
    line = '"We have waited long enough," said harbour master Joan Pike. "Now we want dates."'
    page = f"{TOP}{line}\n{UNDER}"
    assert kind_of(page, line) == "body"
