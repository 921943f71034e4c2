"""A weekday in a headline in capitals ('PORT WORKERS TO WALK OUT ON THURSDAY') or with every
word capitalised is found, and its direction is read from the headline's verbs as in lower case."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import iter_dates

PUBLISHED = dt.date(2026, 3, 4)  # a Wednesday


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], str(r.start)) for m, r in iter_dates(text, PUBLISHED)]


@pytest.mark.parametrize(
    ("headline", "surface", "day"),
    [
        ("PORT WORKERS TO WALK OUT ON THURSDAY OVER PAY", "THURSDAY", "2026-03-05"),
        ("MINISTER RESIGNED ON SUNDAY AFTER PROTESTS", "SUNDAY", "2026-03-01"),
        ("TRAINS CANCELLED NEXT SATURDAY ON NORTHERN LINE", "NEXT SATURDAY", "2026-03-07"),
        ("Bakers To Raise Bread Prices On Friday", "Friday", "2026-03-06"),
        ("VILLAGE WELL RUN DRY SINCE MONDAY, FARMERS SAY", "MONDAY", "2026-03-02"),
    ],
)
def test_a_weekday_in_a_capital_headline(headline: str, surface: str, day: str) -> None:
    assert _found(headline) == [(surface, day)]


def test_a_lone_capital_weekday_word_is_no_headline_date() -> None:
    assert _found("SUNDAY\nThe paper's weekend edition.") == []


def test_a_capital_weekday_before_its_date_is_that_date() -> None:
    found = _found("ORDERS MADE ON TUESDAY, 3 MARCH 2026")
    assert [day for _, day in found] == ["2026-03-03"]
