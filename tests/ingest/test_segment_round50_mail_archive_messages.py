"""Round 50: a mailing list archive's message page. Its subject line, opening on the list's tag
in brackets, is the title; the clock stamp under the sender dates the page; the archive's links
to the previous and next messages, its sort line and the list's footer are furniture."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

TODAY = dt.date(2026, 12, 1)
BODY = (
    "Hello everyone,\n\n"
    "The port office has fined two reefer ships for switching off their trackers near the"
    " reserve, and it has told the agent to pay a bond of about 40,000 before they sail.\n\n"
    "Regards,\nMele\n\n"
    "_______________________________________________\n"
    "Reef-Watch mailing list\n"
    "Reef-Watch at lists.reefwatch.example\n"
)
CASES = [
    (
        "[Reef-Watch] Two reefers fined for dark transits near the reserve",
        "Tue Mar 3 10:01:22 UTC 2026",
        dt.date(2026, 3, 3),
    ),
    (
        "[reef-watch] Re: bond for the reefer agent?",
        "Fri May  8 21:40:05 CEST 2026",
        dt.date(2026, 5, 8),
    ),
    (
        "[Port Talk] Fines for two reefers, and a bond",
        "Mon Jun 15 07:12:44 +1200 2026",
        dt.date(2026, 6, 15),
    ),
    (
        "[RW-list] Trackers off: what the office did",
        "Sun Nov 1 23:59:01 GMT 2026",
        dt.date(2026, 11, 1),
    ),
]


@pytest.mark.parametrize(("subject", "stamp", "day"), CASES)
def test_a_list_message_s_subject_is_its_title_and_its_stamp_its_day(
    subject: str, stamp: str, day: dt.date
) -> None:
    nav = "Previous message (by thread): [Reef-Watch] Meeting notes for April"
    page = (
        "lists.reefwatch.example Mailing Lists\n"
        "Reef-Watch archives › March 2026 › thread index\n\n"
        f"{subject}\nMele Tonga mele at reef.example\n{stamp}\n"
        f"{nav}\nNext message (by thread): [Reef-Watch] Volunteer days\n"
        "Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]\n\n" + BODY
    )
    structure = segment_text(page, TODAY)
    assert structure.title == subject
    assert structure.byline.published == day
    assert kind_of(page, nav, TODAY) == "boilerplate"
    assert kind_of(page, "Reef-Watch at lists", TODAY) == "boilerplate"
    assert kind_of(page, "The port office has fined", TODAY) == "body"
