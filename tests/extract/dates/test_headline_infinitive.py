"""A headline that drops 'is to' before its verb ('Dockers to strike on Friday') tells a plan: its
weekday or yearless day is the next one, not the last (finder._headline_infinitive)."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import iter_dates

THU_12_JUN_2025 = dt.date(2025, 6, 12)


def _starts(text: str) -> list[str]:
    return [str(r.start) for _, r in iter_dates(text, THU_12_JUN_2025)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Regulator to publish review on Friday", ["2025-06-13"]),
        ("SPORT\nUnions to strike on Tuesday over pay\n", ["2025-06-17"]),
        ("Dock workers to walk out on Wednesday after talks fail", ["2025-06-18"]),
        ("Harbour board to set new berth fees on Monday", ["2025-06-16"]),
        ("Visits to clinics rose on Friday", ["2025-06-06"]),
        ("Exports to the bloc fell on Monday", ["2025-06-09"]),
        ("The minister went to see the plant on Friday.", ["2025-06-06"]),
    ],
)
def test_a_headline_plan_looks_ahead(text: str, expected: list[str]) -> None:
    assert _starts(text) == expected
