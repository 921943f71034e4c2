"""An issuer's name (a harbour office, a union's local, a utility, a customs service) over its
document's reference line, whose pieces number and date it: the document's own headline comes
under them, and the name and the reference line are no headline."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

TOPS = [
    (
        "PORT AUTHORITY OF NORTH BAY\nHarbour Office | Notice 12/2026 | Issued 3/05/2026\n",
        "WEEKLY BERTH NOTICE — Week of 4 to 10 May 2026",
    ),
    (
        "Dockers' Union, Branch 220 — Eastport\n"
        "MEMBERS' NEWS | May 2, 2026 | Bulletin 2026-14\n"
        "Unity • Safety\n",
        "NEW ROSTER AGREED: WHAT CHANGES ON THE NIGHT SHIFT",
    ),
    (
        "Lakeside Water Board\nCustomer Services | Circular 7/2026 | 28 April 2026\n",
        "Supply interruptions planned in the eastern districts next week",
    ),
    (
        "CUSTOMS SERVICE OF THE REPUBLIC\n"
        "Tariff Division | Decision No. 88/2026 | Dated 6 May 2026\n",
        "Duty on imported used tyres raised for the second time this year",
    ),
]
TEXT = (
    "Three vessels are due this week, and one berth will close for two days for repairs to its"
    " fenders, the office said.\n"
)


@pytest.mark.parametrize(("top", "headline"), TOPS)
def test_the_headline_under_an_issuers_reference_line_is_the_title(top: str, headline: str) -> None:
    page = f"{top}{headline}\n{TEXT}"
    assert segment_text(page).title == headline
    assert kind_of(page, top.splitlines()[0]) == "boilerplate"
    assert kind_of(page, TEXT[:30]) == "body"


def test_a_headline_over_its_byline_and_text_stays_the_title() -> None:
    headline = "Harbour Office Closes Berth Two For Repairs"
    page = f"{headline}\nBy Ana Ruiz | Notice 12/2026 | 3 May 2026\n{TEXT}"
    assert segment_text(page).title == headline


def test_a_newsletters_name_over_its_issue_line_keeps_its_issue_number_out() -> None:
    page = (
        "The Freight Letter\n"
        "Issue 88 | Friday, 1 May 2026 | 5 min read\n\n"
        "Good morning. Rates rose again this week, and two carriers cut sailings.\n"
    )
    assert segment_text(page).title == "The Freight Letter"
