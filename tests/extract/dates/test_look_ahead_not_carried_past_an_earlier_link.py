"""A yearless month after a date that looks ahead takes the look-ahead along a connector
('will vote on 9 November and again in December'), but not when a word between tells of what
came before ('from 14 August, months after duties on pulp and paper went up in March'): that month is the
last such before publication (dates.json 'earlier_links')."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import spans

WED_08_OCT_2025 = dt.date(2025, 10, 8)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        (
            "The levy will apply from 14 August, five months after Beijing put a duty on pulp and paper in March.",
            ("March", "2025-03-01", "2025-03-31"),
        ),
        (
            "The port will shut from 2 November, weeks after crews cut fuel and water in April.",
            ("April", "2025-04-01", "2025-04-30"),
        ),
        (
            "Tolls will rise from 1 December, after the city set bus and tram fares in May.",
            ("May", "2025-05-01", "2025-05-31"),
        ),
    ],
)
def test_a_month_told_as_earlier_keeps_the_past_reading(
    text: str, month: tuple[str, str, str]
) -> None:
    assert spans(text, WED_08_OCT_2025)[-1] == month


def test_a_month_joined_to_a_look_ahead_still_looks_ahead() -> None:
    text = "The council will vote on 9 November and then again in January."
    assert spans(text, WED_08_OCT_2025)[-1] == ("January", "2026-01-01", "2026-01-31")
