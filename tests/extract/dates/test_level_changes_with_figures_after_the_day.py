"""A present verb that moves a level, right before its day, with the figures after the day ('the
fare climbs on 3 June by 20 cents', 'the levy rises on 1 June from $4 to $5'): a change already
set, so a day whose past reading is months back looks ahead; a month just gone stays behind."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

WED_28_MAY_2025 = dt.date(2025, 5, 28)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The ferry levy rises on June 1 from $4 to $5 a car.", "2025-06-01"),
        ("Bus fares climb on 3 June by 20 cents, the transit board said.", "2025-06-03"),
        ("Water charges go up on June 2 from 90 cents to a dollar a kilolitre.", "2025-06-02"),
        ("The toll increases on 4 June to $7, its operator confirmed.", "2025-06-04"),
    ],
)
def test_a_level_change_with_figures_after_its_day_looks_ahead(text: str, day: str) -> None:
    assert [(s, e) for _, s, e in surface_spans(text, WED_28_MAY_2025)] == [(day, day)]


def test_a_month_just_gone_stays_behind() -> None:
    text = "Canned fish exports rise in April from $5m to $6m."
    assert [(s, e) for _, s, e in surface_spans(text, WED_28_MAY_2025)] == [
        ("2025-04-01", "2025-04-30")
    ]
