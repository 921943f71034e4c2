"""A post in a channel's export speaks from the day its header gives ('[3.05.2026 14:10] Port
Office:'): its 'today', 'yesterday' and 'next week' count from that day, not from the export's
last post, which dates the page (claims.extract.dates.headings.entry_days)."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import iter_dates
from claims.extract.dates.headings import entry_days, reference_day

LAST = dt.date(2026, 5, 8)


def _dates_in(page: str, marker: str, published: dt.date) -> list[tuple[str, str]]:
    """(span, start) of the dates in the line holding marker, resolved from its reference day."""
    at = page.index(marker)
    line = page[at : page.index("\n", at)]
    day = reference_day(entry_days(page, published), at, published)
    return [(line[m.start : m.end], str(r.start)) for m, r in iter_dates(line, day)]


@pytest.mark.parametrize(
    ("page", "marker", "expected"),
    [
        (
            "[04.05.2026 09:10] Port Office:\nThe north quay reopened today after repairs.\n"
            "[08.05.2026 16:00] Port Office:\nDredging starts on Monday.\n",
            "The north quay",
            [("today", "2026-05-04")],
        ),
        (
            "[05.05.2026 08:00] Water Board:\nA main burst yesterday in the old town.\n"
            "👁 2K\n[08.05.2026 10:00] Water Board:\nSupply is back.\n",
            "A main burst",
            [("yesterday", "2026-05-04")],
        ),
        (
            "[06/05/2026 19:45] Rail Operator:\nForwarded from Ministry of Transport\n"
            "Fares rise next week on the coastal line.\n"
            "[07/05/2026 07:30] Rail Operator:\nTrains run normally.\n",
            "Fares rise",
            [("next week", "2026-05-11")],
        ),
        (
            "[01.05.2026 12:00] Tax Service:\nOur offices closed early today.\n"
            "[08.05.2026 11:15] Tax Service:\nThe deadline was moved.\n",
            "Our offices",
            [("today", "2026-05-01")],
        ),
    ],
)
def test_a_post_speaks_from_its_own_day(
    page: str, marker: str, expected: list[tuple[str, str]]
) -> None:
    assert _dates_in(page, marker, LAST) == expected


def test_one_stamped_line_makes_no_export() -> None:
    page = "[04.05.2026 09:10] Port Office:\nThe quay reopened today.\n"
    assert entry_days(page, LAST) == []
