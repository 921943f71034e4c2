"""Quarters and halves of fiscal years ('Q2 FY26', 'H1 F2026'): counted from the first month of
the fiscal year of the country named nearest, or of the one the page sets out by naming a
calendar period and its label together ('the six months ended 31 December 2025 ("H1 F2026")')."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import fiscal_start, iter_dates

PUBLISHED = dt.date(2026, 2, 12)


def dated(text: str, published: dt.date = PUBLISHED) -> list[tuple[str, str, str]]:
    return [
        (text[m.surface_start : m.end], str(r.start), str(r.end))
        for m, r in iter_dates(text, published, fiscal=fiscal_start(text))
    ]


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "The Indian retailer reports Q2 FY26 revenue of Rs 3,412 crore.",
            "Q2 FY26",
            "2025-07-01",
            "2025-09-30",
        ),
        (
            "Indian exporters expect orders to pick up in Q4 FY26.",
            "in Q4 FY26",
            "2026-01-01",
            "2026-03-31",
        ),
        (
            "For the first half (H1 FY26), the Indian lender's profit rose 12%.",
            "For the first half (H1 FY26)",
            "2025-04-01",
            "2025-09-30",
        ),
        (
            "Thai exporters shipped 4% more rice in Q1 fiscal 2026.",
            "in Q1 fiscal 2026",
            "2025-10-01",
            "2025-12-31",
        ),
        (
            "Canadian miners cut output in the second quarter of fiscal 2025.",
            "in the second quarter of fiscal 2025",
            "2024-07-01",
            "2024-09-30",
        ),
    ],
)
def test_a_fiscal_quarter_or_half_counts_from_its_country_fiscal_year(
    text: str, surface: str, start: str, end: str
) -> None:
    assert (surface, start, end) in dated(text)


def test_a_page_sets_out_its_own_fiscal_year_by_labelling_a_period() -> None:
    text = (
        'The group expects to report, for the six months ended 31 December 2025 ("H1 F2026"), '
        "higher earnings. Realisations rose to R34.10/kg (H1 F2025: R31.85/kg); the plan ends "
        "by the end of F2026, and there were 43 days of outages in H1 F2025."
    )
    assert fiscal_start(text) == (7, False, False)
    found = dated(text)
    assert ("H1 F2025", "2024-07-01", "2024-12-31") in found
    assert ("in H1 F2025", "2024-07-01", "2024-12-31") in found
    assert not any(s == "H1 F2026" for s, _, _ in found)  # the same period, renamed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Results for the quarter ended September 30, 2025 (Q2 FY26) were strong.",
            (4, False, False),
        ),
        ("Sales for the three months to 30 June 2025 (Q1 FY2026) rose.", (4, False, False)),
        ("Earnings for the year ended 30 June 2025 (FY25) fell.", (7, False, False)),
        ("Profit for the six months ended September 30, 2025 (H1 FY2025) rose.", (4, True, False)),
        ("Sales for the six months to June 2025 (Q2 FY26) rose.", None),  # no day: not a stamp
        ("Revenue for the quarter ended March 31, 2025 (Q1 FY25) rose.", None),  # a calendar year
    ],
)
def test_fiscal_start_from_a_labelled_period(
    text: str, expected: tuple[int, bool, bool] | None
) -> None:
    assert fiscal_start(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Thailand is paying for the line.\n2032-33 – Phase 2 opening, if all goes to plan.",
        "Bangkok expects the second stretch to open in 2029-30, officials said.",
        "Thai planners see the airport link finished in 2027-28.",
    ],
)
def test_a_split_year_on_a_thai_page_is_a_range_of_years(text: str) -> None:
    [(_, start, end)] = dated(text)
    assert start.endswith("-01-01") and end.endswith("-12-31")


def test_a_split_year_on_an_indian_page_is_its_fiscal_year() -> None:
    assert ("in 2023-24", "2023-04-01", "2024-03-31") in dated(
        "India produced 20,000 tonnes of mica scrap in 2023-24."
    )
