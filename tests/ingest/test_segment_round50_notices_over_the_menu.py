"""Round 50: a site's notice of a sentence or two set over its menu or breadcrumb (a season's
warning, an acknowledgement, a note on cookies or an outage) is the site's furniture: the search
for the headline goes on past it to the story's own headline under the menu."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

TODAY = dt.date(2026, 12, 1)
HEADLINE = "Port office bars three agents from the harbour after a fuel fraud"
LEAD = (
    "The port office on Monday barred three shipping agents from the harbour for a year after"
    " an audit found they had billed owners for fuel that was never delivered, it said.\n\n"
    "The agents may appeal to the transport ministry within 30 days.\n"
)
NOTICES = [
    "⚠ Storm season starts on 1 November — keep your boat plan up to date.",
    "We pay our respects to the elders of the lands on which our offices stand.",
    "This site uses cookies to count visits. No personal data is kept.",
    "Online payments are down until Friday. Please pay at the counter.",
]


@pytest.mark.parametrize("notice", NOTICES)
def test_a_notice_over_the_site_s_menu_gives_way_to_the_headline(notice: str) -> None:
    page = (
        "Harbour Authority (HA)\n"
        + notice
        + "\nHome | Ships | Permits | Notices | Contact\n"
        + "Home › Notices › 2026\n\n"
        + "NOTICE | Harbour Authority | Published 4 May 2026 | Print\n\n"
        + HEADLINE
        + "\n\n"
        + LEAD
    )
    assert segment_text(page, TODAY).title == HEADLINE
    assert kind_of(page, notice, TODAY) == "boilerplate"


@pytest.mark.parametrize("notice", NOTICES)
def test_a_notice_between_the_name_s_tagline_and_the_menu_is_the_site_s(notice: str) -> None:
    page = (
        "Harbour Complaints Service (HCS)\n"
        "Fair and free help for boat owners and small firms\n"
        + notice
        + "\nMake a complaint | Track a complaint | Decisions | Reports | About us\n"
        + "Home > Decisions > Case notes > Ports\n\n"
        + "Case note HC-26-012 | Published 4 May 2026 | Sector: ports | Outcome: upheld in part"
        + " | Firm: a shipping agent | Decision maker: an ombudsman\n\n"
        + HEADLINE
        + "\n\n"
        + LEAD
    )
    assert segment_text(page, TODAY).title == HEADLINE


@pytest.mark.parametrize(
    "strip",
    [
        "WRITTEN QUESTION 2025/26:417 · Tabled 3 March 2026 · Answered 17 March 2026 · Addressed"
        " to: Minister for Home Affairs · Answered by: Minister for Home Affairs · Committee:"
        " Justice",
        "Ruling R-26-031 | Decided 9 April 2026 | Panel: three members | Sector: coastal"
        " shipping and ferries | Outcome: complaint upheld in part | Appeal window: 28 days",
        "Notice 14/2026 · Issued 2 May 2026 by the harbour master's office · Applies to: all"
        " vessels over 24 metres · Replaces: Notice 9/2026 · Status: in force",
        "Advisory | Ref. PA-2026-07 | Published 11 June 2026 | Audience: agents, pilots and"
        " masters of visiting ships | Language: English and French | Pages: 3",
    ],
)
def test_a_long_strip_of_fields_over_the_headline_ends_no_search(strip: str) -> None:
    page = (
        "STATE ASSEMBLY · The Assembly\n"
        "Members | Committees | Papers and laws | Watch | About the Assembly\n"
        "You are here: Papers and laws › Written questions › 2025/26:417\n"
        + strip
        + "\n[Summary in English by the Assembly's clerks.]\n\n"
        + HEADLINE
        + "\n\n"
        + LEAD
    )
    assert segment_text(page, TODAY).title == HEADLINE
    assert kind_of(page, strip, TODAY) == "boilerplate"
