"""'ahead of' before a date, or a few words before it in its phrase, names the event an act
prepares for: a soft look-ahead (future_cue). A weekday is the coming one; a month or a day of a
month is the coming one only when its past reading lies months back, so a recent past event the
act came before keeps its past date. A lead measured before 'ahead of' ('5% ahead of March')
compares with the date and points nowhere."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import WED_24_SEP_2025, spans

THU_29_JAN_2026 = dt.date(2026, 1, 29)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Riot police were deployed ahead of Saturday's cup final.", ("Saturday", "2025-09-27")),
        (
            "Hauliers have been stockpiling fuel ahead of the December strike.",
            ("December", "2025-12-01"),
        ),
        (
            "The council is clearing drains ahead of the storms forecast for January.",
            ("January", "2026-01-01"),
        ),
        (
            "Ahead of the ballot on Friday, the union has sent out 4,000 leaflets.",
            ("Friday", "2025-09-26"),
        ),
        (
            "Traders hoarded rice ahead of the levy on 2 March, brokers said.",
            ("2 March", "2026-03-02"),
        ),
    ],
)
def test_the_event_an_act_prepares_for_lies_ahead(text: str, expected: tuple[str, str]) -> None:
    found = {span: start for span, start, _ in spans(text, WED_24_SEP_2025)}
    assert found[expected[0]] == expected[1]


@pytest.mark.parametrize(
    ("text", "span", "start"),
    [
        ("Shares rose ahead of the merger vote in November.", "November", "2025-11-01"),
        ("Fares climbed ahead of the holiday rush in December.", "December", "2025-12-01"),
        ("Imports surged ahead of the tariff rise on 15 January.", "15 January", "2026-01-15"),
    ],
)
def test_a_recent_past_event_keeps_its_past_date(text: str, span: str, start: str) -> None:
    found = {s: first for s, first, _ in spans(text, THU_29_JAN_2026)}
    assert found[span] == start


@pytest.mark.parametrize(
    "text",
    [
        "Sales are running 6% ahead of March.",
        "Arrivals are well ahead of the pace in March.",
        "Planting is running ten days ahead of March.",
    ],
)
def test_a_measured_lead_compares_with_a_past_month(text: str) -> None:
    found = {s: first for s, first, _ in spans(text, WED_24_SEP_2025)}
    assert found["March"] == "2025-03-01"


def test_a_deadline_a_past_sentence_saw_pass_stays_behind() -> None:
    text = "The carrier scrapped 40 flights ahead of the deadline on Monday."
    assert spans(text, WED_24_SEP_2025) == [("Monday", "2025-09-22", "2025-09-22")]
