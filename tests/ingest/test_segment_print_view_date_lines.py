"""A site's print view: 'Published on SITE (address)' and the printing stamp over the headline,
the story's own day line under its byline. The site line names no day, so it stamps nothing: the
day under the byline is the page's publication date and metadata, not an event of the body."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

LEAD = (
    "HARBOUR CITY — The port authority said it had closed two berths to foreign trawlers after an"
    " inspection found undeclared catch aboard three of them.\n"
)


@pytest.mark.parametrize(
    ("top", "day_line", "day"),
    [
        (
            "Published on COAST TIMES (https://www.coasttimes.example/en)\n"
            "Printed: Fri, 14/03/2025 - 09:10",
            "Thursday, 13 March 2025 - 18:05",
            dt.date(2025, 3, 13),
        ),
        (
            "Published on The Delta Courier (https://deltacourier.example)\n"
            "Printed on 2 October 2024",
            "Tuesday, 1 October 2024 - 22:30",
            dt.date(2024, 10, 1),
        ),
        (
            "[ Print ]  [ Close window ]\nPublished on REEF NEWS (https://reefnews.example/)",
            "Monday, 7 July 2025 - 07:45",
            dt.date(2025, 7, 7),
        ),
        (
            "Posted on Lagoon Daily (https://lagoondaily.example/news)\n"
            "Printed: Sun, 19/01/2026 - 11:02",
            "Saturday, 18 January 2026 - 16:20",
            dt.date(2026, 1, 18),
        ),
    ],
)
def test_the_story_day_under_a_print_views_site_line_is_its_date(
    top: str, day_line: str, day: dt.date
) -> None:
    page = (
        top
        + "\n\nPort shuts two berths to foreign trawlers\n\nBy Rosa Quintero\n"
        + day_line
        + "\n\n"
        + LEAD
    )
    assert segment_text(page).byline.published == day
    assert kind_of(page, day_line) == "byline"
