"""A page with no publication date that opens with a report heading naming its period speaks
from that period's last day (claims.extract.dates.headings.report_heading_day)."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.headings import report_heading_day

BODY = (
    "Dealers took more cars than a year before, the trade body said on Monday, while rural "
    "demand held up after a wet season and urban showrooms reported slower footfall in June."
)


@pytest.mark.parametrize(
    ("page", "day"),
    [
        (f"Trade Monitor | Login\nMonthly Sales Report | July 2026\n\n{BODY}", "2026-07-31"),
        (f"Weekly port bulletin - 14 May 2024\n\n{BODY}", "2024-05-14"),
        (f"Freight Desk\nQuarterly review\nFebruary 2025 edition\n\n{BODY}", "2025-02-28"),
        (f"Energy Notes | Data | Newsletters\nOutlook: September 2023\n\n{BODY}", "2023-09-30"),
        # a bimonthly issue's cover months, a quarter: the last day of the last month
        (f"DELTA TRADE MONTHLY | Issue 41 | July–August 2026\n{BODY}", "2026-08-31"),
        (f"Coast Farmer\nIssue 7 | November-December 2024 | Feature\n\n{BODY}", "2024-12-31"),
        (f"Freight Desk | Quarterly review | Q3 2025\n\n{BODY}", "2025-09-30"),
        (f"Issue 12 / May to June 2025\n{BODY}", "2025-06-30"),
    ],
)
def test_a_report_heading_above_the_body_dates_the_page(page: str, day: str) -> None:
    assert report_heading_day(page) == dt.date.fromisoformat(day)


@pytest.mark.parametrize(
    "page",
    [
        f"Cars and trucks\n\n{BODY}\nArchive: July 2026",  # below the body: no heading
        f"Sales report\n\n{BODY}",  # no period named
        f"Sales in 2026\n\n{BODY}",  # a year only: too wide to count days from
        f"Sales from March 2025 to July 2026\n\n{BODY}",  # two dates: no single period
        f"Half-year review | H1 2025\n\n{BODY}",  # six months: too wide to count days from
        f"Our Spring 2025 issue\n\n{BODY}",  # an issue named by its season: implied_day's
    ],
)
def test_no_report_heading_leaves_the_page_undated(page: str) -> None:
    assert report_heading_day(page) is None
