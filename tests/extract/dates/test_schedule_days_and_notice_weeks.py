"""A schedule's yearless numeric days after its labels ('ETA 24/11', 'ETD 26/11': ahead of the
notice) and after 'as of'; a notice's 'Week of 24 to 30 November 2025' is one stretch."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import iter_dates

MON_24_NOV_2025 = dt.date(2025, 11, 24)


def dated(text: str) -> list[tuple[str, str, str]]:
    return [
        (text[m.surface_start : m.end], str(r.start), str(r.end))
        for m, r in iter_dates(text, MON_24_NOV_2025, day_first=True)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ETA 29/11 | Ocean Nova | 96 pax | Berth 2", [("ETA 29/11", "2025-11-29", "2025-11-29")]),
        ("Berth 1 | ETD 2/12 | tender", [("ETD 2/12", "2025-12-02", "2025-12-02")]),
        (
            "As of 23/11, 87 calls had been completed.",
            [("As of 23/11", "2025-11-23", "2025-11-23")],
        ),
        (
            "Agents now give the tanker an ETA 27/11 at Berth 3.",
            [("ETA 27/11", "2025-11-27", "2025-11-27")],
        ),
    ],
)
def test_schedule_days(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dated(text) == expected


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("WEEKLY NOTICE — Week of 24 to 30 November 2025", "2025-11-24", "2025-11-30"),
        ("Sales in the week of 3 to 9 November rose.", "2025-11-03", "2025-11-09"),
        ("The week of May 5 to 11, 2025 was busy.", "2025-05-05", "2025-05-11"),
        ("Bookings for the week of 17 to 23 March 2025 fell.", "2025-03-17", "2025-03-23"),
    ],
)
def test_a_week_named_by_its_days(text: str, start: str, end: str) -> None:
    assert [(a, b) for _, a, b in dated(text)] == [(start, end)]
