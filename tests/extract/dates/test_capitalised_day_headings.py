"""Day headings written in capitals ('TUESDAY, 10 FEBRUARY', 'MONDAY, MARCH 3') are dates, so
their day numbers are never counted as quantities; a capitalised 'MAY 10' inside a headline line
may be the verb and stays out."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import spans
from tests.extract.quantities.helpers import Rows

WED_11_FEB_2026 = dt.date(2026, 2, 11)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WEDNESDAY, 11 FEBRUARY\n\nCrews worked overnight.", ("11 FEBRUARY", "2026-02-11")),
        ("SUNDAY 8 FEBRUARY\n\nThe line was shut.", ("8 FEBRUARY", "2026-02-08")),
        ("MONDAY, FEBRUARY 9\n\nThe first call came in.", ("FEBRUARY 9", "2026-02-09")),
        ("Updates\nJANUARY 30\nThe port reopened.", ("JANUARY 30", "2026-01-30")),
        ("THE PLANT CLOSED ON 4 DECEMBER 2025", ("4 DECEMBER 2025", "2025-12-04")),
    ],
)
def test_a_capitalised_day_and_month_is_a_date(text: str, expected: tuple[str, str]) -> None:
    span, day = expected
    assert (span, day, day) in spans(text, WED_11_FEB_2026)


@pytest.mark.parametrize(
    "text",
    ["MARKETS MAY 10 YEARS AHEAD OF TIME", "SHARES MAY 3% HIGHER ON THE WEEK"],
)
def test_a_capitalised_may_before_a_number_in_a_line_is_no_day(text: str) -> None:
    assert spans(text, WED_11_FEB_2026) == []


@pytest.mark.parametrize(
    "text",
    [
        "TUESDAY, 10 FEBRUARY\n\nInvestigators arrived at the site.",
        "MONDAY, MARCH 9\n\nThe first call came in.",
    ],
)
def test_a_capitalised_day_heading_is_no_quantity(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "quantity", "2026-03-11") == []
