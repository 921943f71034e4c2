"""A newsletter sent by e-mail: the message's "Subject:" line lists the issue's stories split by
bars; the digest's own title line under it (its name, what it is, the issue's date) is the
page's title, and its date the page's publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

ITEMS = (
    "1. Fiji central bank lists two money changers\n"
    "The Reserve Bank of Fiji has barred two money changers from trading for six months, the"
    " bank said on Monday, after inspectors found gaps in their customer checks.\n\n"
    "2. Tonga port fees rise\n"
    "Tonga's port authority will raise berth fees by 8% from January, it said in a notice.\n"
)


@pytest.mark.parametrize(
    ("header", "title", "published"),
    [
        (
            "From: Island Compliance Brief <news@icbrief.example>\n"
            "Subject: Fiji bars money changers | Tonga port fees | Samoa audit",
            "ISLAND COMPLIANCE BRIEF - Weekly sanctions digest, 4 May 2026",
            dt.date(2026, 5, 4),
        ),
        (
            "From: Harbour Money <desk@harbourmoney.example>\n"
            "To: readers@harbourmoney.example\n"
            "Subject: Reserve bank bars two changers | Port fees up | Audit delayed",
            "Harbour Money - The Friday digest, 13 March 2026",
            dt.date(2026, 3, 13),
        ),
        (
            "Date: Tue, 2 Jun 2026 07:00\n"
            "Subject: Changers barred | Fees rise | New audit rules | Jobs",
            "PACIFIC LEDGER | Daily compliance briefing | 2 June 2026",
            dt.date(2026, 6, 2),
        ),
        (
            "From: The Reef Report <hello@reefreport.example>\n"
            "Subject: Two changers barred | Tonga fees | Samoa",
            "The Reef Report - Issue 88, 21 November 2025",
            dt.date(2025, 11, 21),
        ),
    ],
)
def test_the_digest_title_under_a_listing_subject_line_is_the_title(
    header: str, title: str, published: dt.date
) -> None:
    page = f"{header}\n{title}\nIssue 12 | 4 min read\n\n{ITEMS}"
    structure = segment_text(page)
    assert structure.title == title
    assert structure.byline.published == published
    subject = header.splitlines()[-1]
    assert kind_of(page, subject) != "body"
    assert kind_of(page, "The Reserve Bank of Fiji has barred") == "body"


def test_a_subject_line_that_names_one_story_stays_the_title() -> None:
    """A message about one story names it in its subject: no list of items, so no digest."""
    page = (
        "From: Ministry of Trade <press@trade.example>\n"
        "Subject: Tonga raises port fees by 8% from January\n"
        "Trade Ministry Bulletin - Weekly notes, 4 May 2026\n\n"
        "Tonga's port authority will raise berth fees by 8% from January, it said in a notice.\n"
    )
    assert segment_text(page).title == "Subject: Tonga raises port fees by 8% from January"
