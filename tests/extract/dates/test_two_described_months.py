"""Two months joined by 'and' after a describing word ('a wet March and April') are one stretch,
the latest such pair of months, as one described month is the latest such month."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import spans

TUE_02_JUN_2026 = dt.date(2026, 6, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Planting was late after a wet March and April.",
            ("March and April", "2026-03-01", "2026-04-30"),
        ),
        (
            "A mild January and February cut gas demand by a tenth.",
            ("January and February", "2026-01-01", "2026-02-28"),
        ),
        (
            "Hoteliers blamed a quiet February and March for the drop in takings.",
            ("February and March", "2026-02-01", "2026-03-31"),
        ),
        (
            "After a record April and May, exports are expected to slow.",
            ("April and May", "2026-04-01", "2026-05-31"),
        ),
    ],
)
def test_two_described_months_are_one_stretch(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in spans(text, TUE_02_JUN_2026)


def test_one_described_month_stays_a_month() -> None:
    text = "Planting was late after a wet March."
    assert spans(text, TUE_02_JUN_2026) == [("March", "2026-03-01", "2026-03-31")]
