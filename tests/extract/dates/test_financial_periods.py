"""Periods of a year as financial and seasonal news writes them:

- a year's possessive before its quarter or half ("last year's third quarter", "2024's second
  half"): one date, that quarter of that year;
- "last quarter", "next quarter", "this quarter", "the current quarter": calendar quarters from
  publication; "the current fiscal year": this year;
- "the year-earlier period", "year-ago levels", "the year-before quarter": the period the text
  spoke of last, a year back (else the year before publication);
- "the spring of last year": that season of the year named relative to publication;
- "in the fall" where it ends a clause: the season ("a fall in prices" is no date).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import resolved

WED_15_OCT_2025 = dt.date(2025, 10, 15)


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "The loss compares with a profit in last year's third quarter.",
            "last year's third quarter",
            "2024-07-01",
            "2024-09-30",
        ),
        ("Revenue rose in 2024's second half.", "2024's second half", "2024-07-01", "2024-12-31"),
        (
            "Margins narrowed in this year's first quarter.",
            "this year's first quarter",
            "2025-01-01",
            "2025-03-31",
        ),
        (
            "Deliveries picked up in 2023's final quarter.",
            "2023's final quarter",
            "2023-10-01",
            "2023-12-31",
        ),
    ],
)
def test_a_years_possessive_dates_its_quarter(
    text: str, surface: str, start: str, end: str
) -> None:
    assert resolved(text, WED_15_OCT_2025) == [(surface, start, end, "other")]


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "Growth slowed last quarter, the agency said.",
            "last quarter",
            "2025-07-01",
            "2025-09-30",
        ),
        ("Exports should pick up next quarter.", "next quarter", "2026-01-01", "2026-03-31"),
        ("Bookings have held up this quarter.", "this quarter", "2025-10-01", "2025-12-31"),
        (
            "Profit is set to rise 12% in the current quarter.",
            "the current quarter",
            "2025-10-01",
            "2025-12-31",
        ),
    ],
)
def test_a_quarter_named_from_publication(text: str, surface: str, start: str, end: str) -> None:
    assert (surface, start, end, "other") in resolved(text, WED_15_OCT_2025)


def test_the_current_fiscal_year_is_this_year() -> None:
    text = "Orders rose during the current fiscal year."
    assert resolved(text, WED_15_OCT_2025) == [
        ("the current fiscal year", "2025-01-01", "2025-12-31", "year")
    ]


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "Profit rose to $5 million in the third quarter from $4 million in the year-earlier"
            " quarter.",
            "year-earlier quarter",
            "2024-07-01",
            "2024-09-30",
        ),
        (
            "Sales in September were 8% above year-ago levels.",
            "year-ago levels",
            "2024-09-01",
            "2024-09-30",
        ),
        (
            "Output in 2024 was 3% below the year-before figure.",
            "year-before figure",
            "2023-01-01",
            "2023-12-31",
        ),
        (
            "The company earned $2 a share, against $1.50 in the year-earlier period.",
            "year-earlier period",
            "2024-01-01",
            "2024-12-31",
        ),
    ],
)
def test_a_year_earlier_period_is_the_one_spoken_of_a_year_back(
    text: str, surface: str, start: str, end: str
) -> None:
    assert (surface, start, end) in [r[:3] for r in resolved(text, WED_15_OCT_2025)]


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "Prices peaked in the spring of last year.",
            "in the spring of last year",
            "2024-03-01",
            "2024-05-31",
        ),
        (
            "Work on the bridge starts in the summer of next year.",
            "in the summer of next year",
            "2026-06-01",
            "2026-08-31",
        ),
        (
            "Stocks ran low in the autumn of this year.",
            "in the autumn of this year",
            "2025-09-01",
            "2025-11-30",
        ),
        (
            "Fares rose during the summer of last year.",
            "during the summer of last year",
            "2024-06-01",
            "2024-08-31",
        ),
    ],
)
def test_a_season_of_a_year_named_from_publication(
    text: str, surface: str, start: str, end: str
) -> None:
    assert resolved(text, WED_15_OCT_2025) == [(surface, start, end, "other")]


@pytest.mark.parametrize(
    ("text", "surface", "start"),
    [
        ("Prices rose in the fall.", "in the fall", "2025-09-01"),
        (
            "Prices climbed over the summer and fell in the fall, traders said.",
            "in the fall",
            "2025-09-01",
        ),
        ("Shipments will resume in the fall.", "in the fall", "2025-09-01"),
        (
            "The mill ran at full capacity through the fall; it then shut.",
            "through the fall",
            "2025-09-01",
        ),
    ],
)
def test_the_fall_ending_a_clause_is_the_season(text: str, surface: str, start: str) -> None:
    assert (surface, start) in [r[:2] for r in resolved(text, WED_15_OCT_2025)]


@pytest.mark.parametrize(
    "text",
    [
        "The fall in prices was steep.",
        "Shares dropped after the fall.",
        "Analysts blamed the fall on weak demand.",
        "Investors were worried by the fall of the rouble.",
    ],
)
def test_a_fall_that_is_a_drop_is_no_date(text: str) -> None:
    assert resolved(text, WED_15_OCT_2025) == []


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        ("* Q2 adj EBITDA 6.12 bln crowns vs 6.40 bln expected", "Q2", "2025-04-01", "2025-06-30"),
        ("The utility's Q3 EBITDA beat forecasts.", "Q3", "2025-07-01", "2025-09-30"),
        ("The bank's Q2 net profit rose 12%.", "Q2", "2025-04-01", "2025-06-30"),
        ("Q1 operating income fell to 310 million euros.", "Q1", "2025-01-01", "2025-03-31"),
    ],
)
def test_a_quarter_before_a_results_measure_dates_it(
    text: str, surface: str, start: str, end: str
) -> None:
    assert (surface, start, end, "other") in resolved(text, WED_15_OCT_2025)
