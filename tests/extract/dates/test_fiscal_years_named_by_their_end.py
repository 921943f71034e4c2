"""'the fiscal year that ended this month', 'the financial year which closed in March': the
fiscal year that ends in that month (claims/data/dates.json 'fiscal_end_verbs'), the country's
when its fiscal year ends then ('fiscal_years'), else the twelve months to that month's end."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import iter_dates

WED_30_JUL_2025 = dt.date(2025, 7, 30)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (  # Nepal's year runs mid-July to mid-July
            "Nepal earned a record sum from power sales in the fiscal year that ended this month.",
            "2024-07-16",
            "2025-07-16",
        ),
        (
            "Pakistan's current-account gap widened in the fiscal year that ended in June.",
            "2024-07-01",
            "2025-06-30",
        ),
        (
            "Australian iron ore earnings fell in the financial year that ended last month.",
            "2024-07-01",
            "2025-06-30",
        ),
        (  # no country named: the twelve months to the month's end
            "The group's profit doubled in the financial year which closed in March.",
            "2024-04-01",
            "2025-03-31",
        ),
        (
            "Its sales rose 4% in the fiscal year that ended in September 2024.",
            "2023-10-01",
            "2024-09-30",
        ),
    ],
)
def test_a_fiscal_year_named_by_the_month_it_ended_in(text: str, start: str, end: str) -> None:
    found = [(str(r.start), str(r.end)) for _m, r in iter_dates(text, WED_30_JUL_2025)]
    assert found == [(start, end)]


def test_a_fiscal_year_after_its_own_year_keeps_that_year() -> None:
    text = "Revenue fell in the 2024 fiscal year, which ended in September of that year."
    found = [text[m.start : m.end] for m, _r in iter_dates(text, WED_30_JUL_2025)]
    assert found == ["2024 fiscal year", "September"]
