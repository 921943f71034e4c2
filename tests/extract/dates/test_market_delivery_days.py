"""A weekday a day-ahead market delivers on ('for Friday delivery', 'the Friday baseload price',
'Saturday and Sunday delivery': claims/data/dates.json 'weekday_market_periods_ahead') is the
next such day, though the trading is told in the past."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import spans

THU_20_NOV_2025 = dt.date(2025, 11, 20)


@pytest.mark.parametrize(
    ("text", "span", "day"),
    [
        (
            "Power prices jumped 41% on Thursday for Friday delivery as wind fell.",
            "Friday",
            "2025-11-21",
        ),
        ("* Baltic Friday base at EUR 148.62/MWh, up from EUR 105.41", "Friday", "2025-11-21"),
        ("German Monday baseload settled at EUR 96 in the auction.", "Monday", "2025-11-24"),
        ("Nordic prices for Saturday and Sunday delivery eased 8%.", "Saturday", "2025-11-22"),
    ],
)
def test_a_delivery_weekday_is_the_next_such_day(text: str, span: str, day: str) -> None:
    assert (span, day, day) in spans(text, THU_20_NOV_2025)


def test_a_plain_weekday_in_a_past_sentence_looks_back() -> None:
    found = spans("Prices fell 6% on Friday as wind returned.", THU_20_NOV_2025)
    assert found == [("Friday", "2025-11-14", "2025-11-14")]
