"""Analysts' shorthand for periods: a year up to a month ('2025 through May'), 'the 3m to April',
and a quarter heading what it measured ('Q3 output', a headline's 'Q1 Results')."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import THU_26_JUN_2025, spans


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2025 through May: 14.5 million litres", "2025-01-01", "2025-05-31"),
        ("Seizures in 2024 to August rose 12%, customs said.", "2024-01-01", "2024-08-31"),
        ("- 2023 until October: 1,140 arrests", "2023-01-01", "2023-10-31"),
        ("Sales in 2022 thru March were flat.", "2022-01-01", "2022-03-31"),
    ],
)
def test_a_year_up_to_a_month(text: str, start: str, end: str) -> None:
    assert [(s, e) for _, s, e in spans(text, THU_26_JUN_2025)] == [(start, end)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Unemployment rate (3m to April): 4.7%", "2025-02-01", "2025-04-30"),
        ("Regular pay grew 5.1% in the 3m to March.", "2025-01-01", "2025-03-31"),
        ("Exports rose 2% in the 6m to May 2025.", "2024-12-01", "2025-05-31"),
        ("Vacancies (12m to April 2024): 890,000", "2023-05-01", "2024-04-30"),
    ],
)
def test_months_to_a_month_in_shorthand(text: str, start: str, end: str) -> None:
    assert (start, end) in [(s, e) for _, s, e in spans(text, THU_26_JUN_2025)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Andora Nickel Q1 Output Rises 9% As New Shaft Opens", "2025-01-01", "2025-03-31"),
        ("The lender's Q2 results beat forecasts.", "2025-04-01", "2025-06-30"),
        ("Q4 Earnings Slide At Steelmaker", "2024-10-01", "2024-12-31"),
        ("Q3 exports fell sharply, the ministry said.", "2024-07-01", "2024-09-30"),
    ],
)
def test_a_quarter_heading_what_it_measured(text: str, start: str, end: str) -> None:
    assert (start, end) in [(s, e) for _, s, e in spans(text, THU_26_JUN_2025)]


@pytest.mark.parametrize("text", ["The H2 model sold well.", "Its Q7 chip ships soon."])
def test_no_quarter_without_a_measure(text: str) -> None:
    assert spans(text, THU_26_JUN_2025) == []
