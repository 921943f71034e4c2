"""A wire stamp's numeric day whose order only the page's own written-out day settles
("11/03/2026" over a dateline "March 11"), and a day-month-year stamp joined by dashes or
slashes ("08-Oct-2025"), date the page."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.byline import find_date
from claims.ingest.segment import segment_text
from tests.ingest.helpers import TODAY

HEAD = "Port strike halts container traffic for a second day"


def published(stamp: str, lead: str) -> dt.date | None:
    page = f"HARBOUR WIRE | Markets\n{stamp}\n{HEAD}\n\n{lead}\n"
    return segment_text(page, TODAY).byline.published


@pytest.mark.parametrize(
    ("stamp", "lead", "expected"),
    [
        # the dateline writes the day month first: the stamp is day first
        (
            "11/03/2026 09:15 GMT+1 | 410 words",
            "LISBON, March 11 (HW) - Dockers at the main container terminal stayed out on"
            " Wednesday, the union said.",
            dt.date(2026, 3, 11),
        ),
        # the lead writes it day first: the same stamp read the other way round is month first
        (
            "03/11/2026 | 380 words",
            "Dockers stayed out on 11 March, the union said, and talks resume next week.",
            dt.date(2026, 3, 11),
        ),
        # a dateline in a later paragraph settles the order as well
        (
            "Posted 05/09/2025",
            "The union said talks had failed.\n\nVALENCIA, Sept 5 - Ships waited offshore for a"
            " berth as the stoppage entered its second day.",
            dt.date(2025, 9, 5),
        ),
        # the dateline is another day, 5 April: the stamp's own 4 May / 5 April reading still
        # takes the day it names, whichever order the page's prose would suggest elsewhere
        (
            "Posted 05/04/2025",
            "PORTO, April 5 - Ships waited offshore as the strike went on; on 2 May they left.",
            dt.date(2025, 4, 5),
        ),
    ],
)
def test_a_written_day_settles_a_numeric_stamps_order(
    stamp: str, lead: str, expected: dt.date
) -> None:
    assert published(stamp, lead) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("08-Oct-2025 11:42 GMT | (540 words)", dt.date(2025, 10, 8)),
        ("Filed 3-Feb-2026", dt.date(2026, 2, 3)),
        ("27/Jun/2025 06:00 UTC", dt.date(2025, 6, 27)),
        ("14-Sept-2024", dt.date(2024, 9, 14)),
        # a dash on one side only is no such stamp
        ("08-Oct 2025", None),
    ],
)
def test_a_dashed_day_month_year_is_a_date(text: str, expected: dt.date | None) -> None:
    found = find_date(text)
    assert (found[0] if found else None) == expected
