"""A year before a name and a noun ('the 2024 Varnavas fire') is attributive as before a plain
noun; a month and year in digits ('03/2023') is a month where a date is meant (after a
preposition, or as a timeline line's label); 'at today's prices' is a price level, no day."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import resolved

TUE_03_NOV_2026 = dt.date(2026, 11, 3)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The burned area is almost twice that of the 2024 Varnavas fire.", "2024"),
        ("Residents still remember the 2019 Mendocino blaze and its smoke.", "2019"),
        ("Investigators cited a 2022 Senate report on the dam's spillway.", "2022"),
        ("Insurers paid out less than they did after the 2021 Texas freeze.", "2021"),
    ],
)
def test_a_year_before_a_name_and_a_noun_is_a_date(text: str, year: str) -> None:
    assert (year, f"{year}-01-01", f"{year}-12-31", "year") in resolved(text, TUE_03_NOV_2026)


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        ("03/2023 - Legislature approves a water trust", "03/2023", "2023-03-01", "2023-03-31"),
        ("- 11/2024: Dam inspection finds two cracks", "11/2024", "2024-11-01", "2024-11-30"),
        ("The levy rose in 07/2022 after the vote.", "in 07/2022", "2022-07-01", "2022-07-31"),
        ("9/2019 – Second pumping station opens", "9/2019", "2019-09-01", "2019-09-30"),
    ],
)
def test_a_month_and_year_in_digits_is_a_month(
    text: str, surface: str, start: str, end: str
) -> None:
    assert resolved(text, TUE_03_NOV_2026) == [(surface, start, end, "month")]


@pytest.mark.parametrize(
    "text",
    [
        "He scored 3/2024 on the test.",
        "The ratio stood at 12/2030 in the model.",
    ],
)
def test_digits_with_a_slash_mid_sentence_are_no_month(text: str) -> None:
    assert resolved(text, TUE_03_NOV_2026) == []


@pytest.mark.parametrize(
    "text",
    [
        "At today's prices, a single bar is worth more than $1.8 million.",
        "The collection would fetch about $40 million at today's market prices.",
        "At today's exchange rate the loan is worth $2 billion.",
        "The deal is worth $3bn at today's values, analysts said.",
    ],
)
def test_at_todays_prices_is_no_day(text: str) -> None:
    assert resolved(text, TUE_03_NOV_2026) == []


def test_todays_decision_is_still_a_day() -> None:
    [(surface, start, _, _)] = resolved("Investors welcomed today's decision.", TUE_03_NOV_2026)
    assert (surface, start) == ("today", "2026-11-03")
