"""A 'Q' and a digit that run straight into a thousands group ('Q1,375') are a price in a
currency written with that letter (the quetzal), not a quarter; a quarter token set apart
from the figures after it still reads as one."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import spans

MID_JANUARY = dt.date(2026, 1, 14)


@pytest.mark.parametrize(
    "text",
    [
        "A kilo of cardamom sold for Q1,375 at the Cobán market.",
        "Coffee growers say buyers now pay them Q2,100 per hundredweight of parchment.",
        "The municipality raised the stall fee to Q3,250 a year after the fire.",
        "Teachers will receive a bonus of Q4,800 once the budget is approved.",
    ],
)
def test_a_quarter_token_running_into_a_thousands_group_is_a_price(text: str) -> None:
    assert spans(text, MID_JANUARY) == []


@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        ("Sales in Q1 rose 4% on the year.", "Q1", "2026-01-01", "2026-03-31"),
        ("In Q3, 1,200 jobs were cut at the plant.", "Q3", "2025-07-01", "2025-09-30"),
        ("Revenue, Q2 2025: $3.4 million", "Q2 2025", "2025-04-01", "2025-06-30"),
    ],
)
def test_a_quarter_set_apart_from_a_figure_still_reads(
    text: str, span: str, start: str, end: str
) -> None:
    assert spans(text, MID_JANUARY) == [(span, start, end)]
