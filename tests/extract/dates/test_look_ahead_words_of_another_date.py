"""A look-ahead word governs the date right after it: a later date in the same stretch of words
('prolonged until 30 April a ban imposed in January') is read on its own; a month a trade is for,
with its delivery word after it ('bids for May shipment'), is the coming one; Easter Tuesday is
a feast day, and a weekday after 'Whit' or 'Easter' is no weekday of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import resolved

TUE_30_JUN_2026 = dt.date(2026, 6, 30)
THU_12_FEB_2026 = dt.date(2026, 2, 12)


@pytest.mark.parametrize(
    ("text", "month_start"),
    [
        (
            "The board prolonged until 30 November a ban imposed in January on two traders.",
            "2026-01-01",
        ),
        (
            "The agency kept until 15 December the curbs first set in March on the port.",
            "2026-03-01",
        ),
        (
            "Officials renewed till 31 October a licence suspended in April for the mill.",
            "2026-04-01",
        ),
        (
            "The court has extended until 20 December an order made in May against the firm.",
            "2026-05-01",
        ),
    ],
)
def test_a_month_after_another_date_is_not_pushed_ahead(text: str, month_start: str) -> None:
    starts = [s for _, s, _, g in resolved(text, TUE_30_JUN_2026) if g == "month"]
    assert starts == [month_start]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Offers for April loading were quoted at $410 a tonne.", "2026-04-01"),
        ("Mills booked cargoes for March shipment last week.", "2026-03-01"),
        ("Bids for May shipments firmed on the day.", "2026-05-01"),
        ("Sellers asked more for June loadings than a week ago.", "2026-06-01"),
    ],
)
def test_a_month_a_trade_is_for_looks_ahead(text: str, start: str) -> None:
    assert start in [s for _, s, _, _ in resolved(text, THU_12_FEB_2026)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Shops stay shut on Easter Tuesday in the valley.", "2025-04-22"),
        ("The office reopened after Easter Tuesday, 22 April.", "2025-04-22"),
    ],
)
def test_easter_tuesday_is_a_feast_day(text: str, day: str) -> None:
    assert (day, day) in [(s, e) for _, s, e, _ in resolved(text, dt.date(2025, 12, 9))]


@pytest.mark.parametrize(
    "text",
    ["Extra trains after Whit Monday were cut.", "Buses ran a Sunday timetable on Whit Monday."],
)
def test_a_weekday_after_whit_is_no_weekday(text: str) -> None:
    assert all(not s.startswith("Monday") for s, _, _, _ in resolved(text, dt.date(2025, 12, 9)))


@pytest.mark.parametrize(
    "text",
    ["* January shipments at 310,000 T, down 4%", "Its January loadings fell to 12 cargoes."],
)
def test_a_month_of_shipments_without_for_is_the_one_they_went_out_in(text: str) -> None:
    assert [s for _, s, _, _ in resolved(text, THU_12_FEB_2026)] == ["2026-01-01"]
