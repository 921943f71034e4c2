"""A page that states the day its year ends on ('results for the year to 31 July 2026') sets out
its own fiscal year: its fiscal years and their halves run from the month after; a country named
before an expression in its paragraph still gives that country's year."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import fiscal_home, fiscal_start, iter_dates

PUBLISHED = dt.date(2026, 3, 25)


def dated(text: str) -> list[tuple[str, str, str]]:
    return [
        (text[m.start : m.end], str(r.start), str(r.end))
        for m, r in iter_dates(text, PUBLISHED, fiscal=fiscal_start(text), home=fiscal_home(text))
    ]


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "The first half of the 2026 financial year was a strong one for the co-operative. "
            "We expect full-year collections of 1.5 billion kgMS for the year to 31 July 2026.",
            "first half of the 2026 financial year",
            "2025-08-01",
            "2026-01-31",
        ),
        (
            "Annual report for the year ended 31 August 2025. Membership grew in the second half "
            "of the 2025 financial year as new branches opened.",
            "second half of the 2025 financial year",
            "2025-03-01",
            "2025-08-31",
        ),
        (
            "Group results for the financial year ending September 30, 2026 will follow. "
            "Spending in the 2026 financial year is budgeted at $40m.",
            "2026 financial year",
            "2025-10-01",
            "2026-09-30",
        ),
        (
            "The club's accounts for the year to 31 May 2025 show a loss. Gate receipts fell "
            "in the first half of the 2025 financial year.",
            "first half of the 2025 financial year",
            "2024-06-01",
            "2024-11-30",
        ),
    ],
)
def test_a_stated_year_end_sets_out_the_fiscal_year(
    text: str, surface: str, start: str, end: str
) -> None:
    assert any(s.endswith(surface) and (a, b) == (start, end) for s, a, b in dated(text))


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose 3% in the year to 31 December 2025.",  # a calendar year
        "Prices rose 3% in the year to 15 March 2025.",  # no month's last day
        "Prices rose 3% in the year to March.",  # no day
        "Profit for the half year ended September 30, 2025 rose.",  # a part of a year
    ],
)
def test_no_fiscal_year_set_out(text: str) -> None:
    assert fiscal_start(text) is None


def test_a_country_named_before_keeps_its_own_year() -> None:
    text = "Prices rose 3% in the year to 31 March 2025. In the US, fiscal 2025 spending rose."
    assert ("fiscal 2025", "2024-10-01", "2025-09-30") in dated(text)
