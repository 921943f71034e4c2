"""Round-25 date families: the days at a month's edge ('the first days of January'), an event
planned ahead of which a figure moved ('ahead of a planned issue in March'), and a day counted
back from the day a figure is reported for, not the day it was announced ('a week earlier')."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import TUE_20_MAY_2025, WED_12_MAR_2025, days, one, spans

THU_29_JAN_2026 = dt.date(2026, 1, 29)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The last sailings left in the first days of January.",
            ("the first days of January", "2025-01-01", "2025-01-10"),
        ),
        (
            "Fighting eased in the closing days of April, officials said.",
            ("the closing days of April", "2025-04-21", "2025-04-30"),
        ),
        (
            "The deal was signed in the final days of December 2023.",
            ("the final days of December 2023", "2023-12-21", "2023-12-31"),
        ),
        (
            "Stocks had run low by the last few days of March.",
            ("the last few days of March", "2025-03-21", "2025-03-31"),
        ),
    ],
)
def test_days_at_a_months_edge_are_its_early_or_late_part(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert one(text, TUE_20_MAY_2025) == expected


@pytest.mark.parametrize(
    ("text", "month", "start"),
    [
        (
            "Its bonds rose on Monday, ahead of a planned bond issue in March.",
            "March",
            "2026-03-01",
        ),
        ("Shares climbed ahead of the proposed merger vote in May.", "May", "2026-05-01"),
        ("The firm cut prices ahead of its expected listing in April.", "April", "2026-04-01"),
        (
            "Dealers bought gold ahead of the scheduled rate decision in June, traders said.",
            "June",
            "2026-06-01",
        ),
    ],
)
def test_a_month_of_a_planned_event_ahead_looks_ahead(text: str, month: str, start: str) -> None:
    found = {span: first for span, first, _ in spans(text, THU_29_JAN_2026)}
    assert found[month] == start


def test_a_month_of_an_event_with_no_plan_stays_in_the_past() -> None:
    text = "Shares rose ahead of the merger vote in November."
    assert one(text, THU_29_JAN_2026) == ("November", "2025-11-01", "2025-11-30")


@pytest.mark.parametrize(
    ("context", "text", "expected"),
    [
        (
            "Prices at the weekly auction fell 6% on Tuesday, brokers said on Wednesday.",
            "The average had stood at $2.21 a week earlier.",
            "2025-03-04",
        ),
        (
            "Output dropped to 1.2 million barrels on Monday, the ministry said on Tuesday.",
            "It had been 1.4 million barrels the day before.",
            "2025-03-09",
        ),
        (
            "Turnover hit a record on Friday, the exchange said on Monday.",
            "Two days earlier it was half that.",
            "2025-03-05",
        ),
        (
            "The ministry said on Tuesday that troops had crossed the river.",
            "A week earlier, talks had collapsed.",
            "2025-03-04",
        ),
    ],
)
def test_a_day_counted_back_starts_from_the_day_a_figure_is_for(
    context: str, text: str, expected: str
) -> None:
    [(_, start)] = days(text, context + "\n", WED_12_MAR_2025)
    assert start == expected
