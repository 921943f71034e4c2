"""A quoted email speaks from the day its header line says it was sent ('> Sent: Tuesday, 29
September 2026 11:40'): its 'on Thursday', 'today' and 'next week' count from that day, not from
the day the outer message was sent (claims.extract.dates.headings.sent_days)."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import iter_dates
from claims.extract.dates.headings import reference_day, sent_days

FRI_02_OCT_2026 = dt.date(2026, 10, 2)


def _dates_after(page: str, marker: str, published: dt.date) -> list[tuple[str, str]]:
    """(span, start) of the dates in the line holding marker, resolved from its reference day."""
    at = page.index(marker)
    line = page[at : page.index("\n", at)]
    day = reference_day(sent_days(page, published), at, published)
    return [(line[m.start : m.end], str(r.start)) for m, r in iter_dates(line, day)]


@pytest.mark.parametrize(
    ("page", "marker", "expected"),
    [
        (
            "From: Desk\nSent: Friday, 2 October 2026 09:14\n\nSee below.\n\n"
            "> From: Counsel\n> Sent: Tuesday, 29 September 2026 11:40\n>\n"
            "> The ministry will publish the list on Thursday.\n",
            "The ministry",
            [("Thursday", "2026-10-01")],
        ),
        (
            "Sent: Friday, 2 October 2026 09:14\nForwarding for info.\n\n"
            "-----Original Message-----\nSent: Monday, 28 September 2026 17:02\n"
            "The regulator fined the broker today.\n",
            "The regulator",
            [("today", "2026-09-28")],
        ),
        (
            "> > Sent: Wednesday, 30 September 2026 08:15\n"
            "> > Auditors arrive next week and stay until Friday.\n",
            "Auditors",
            [("next week", "2026-10-05"), ("Friday", "2026-10-02")],
        ),
        (
            "Sent: 2 October 2026 10:00\nThe board met yesterday.\n\n"
            "> Sent: 25 September 2026 16:30\n> The board had met yesterday as well.\n",
            "The board had",
            [("yesterday", "2026-09-24")],
        ),
    ],
)
def test_a_quoted_email_speaks_from_its_sent_day(
    page: str, marker: str, expected: list[tuple[str, str]]
) -> None:
    assert _dates_after(page, marker, FRI_02_OCT_2026) == expected


@pytest.mark.parametrize(
    "page",
    [
        "Sent: Thursday, 8 October 2026 09:00\nA line sent after publication.\n",
        "Sent: Monday, 1 October 2026 09:00\nIts weekday is wrong: 1 October is a Thursday.\n",
        "Sent: yesterday\nNo written day.\n",
    ],
)
def test_no_sent_day_without_a_sound_written_day(page: str) -> None:
    assert sent_days(page, FRI_02_OCT_2026) == []
