"""A statement opened by a dated dateline ('Porto, 3 June 2024 — ...') speaks from that day:
on a page posted later, its 'today', 'yesterday' and weekdays count from the dateline's day, not
from publication (claims.extract.dates.headings.dateline_days)."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import iter_dates
from claims.extract.dates.headings import dateline_days, reference_day

THU_12_JUN_2025 = dt.date(2025, 6, 12)


def _dates_in(page: str, marker: str, published: dt.date) -> list[tuple[str, str]]:
    """(span, start) of the dates in the line holding marker, resolved from its reference day."""
    at = page.index(marker)
    line = page[at : page.index("\n", at)]
    day = reference_day(dateline_days(page, published), at, published)
    return [(line[m.start : m.end], str(r.start)) for m, r in iter_dates(line, day)]


@pytest.mark.parametrize(
    ("page", "marker", "expected"),
    [
        (
            "Notice 14/2025 · Posted 12/06/2025\n\nSTATEMENT\n\n"
            "Valletta, 10 June 2025 — The finance office today sold €900 million of notes.\n",
            "The finance office",
            [("today", "2025-06-10")],
        ),
        (
            "Posted 12 June 2025\n\n"
            "Tallinn, 9 June 2025 — The port authority said yesterday it would close berth 4.\n",
            "The port",
            [("yesterday", "2025-06-08")],
        ),
        (
            "Geneva, Switzerland, 11 June 2025 — Delegates agreed on Monday to extend the talks.\n",
            "Delegates",
            [("Monday", "2025-06-09")],
        ),
        (
            "Accra, 6 June 2025 — The central bank held rates today.\n\n"
            "It will meet again on 24 July, the governor said on Tuesday.\n",
            "It will",
            [("24 July", "2025-07-24"), ("Tuesday", "2025-06-03")],
        ),
    ],
)
def test_a_dated_statement_speaks_from_its_dateline(
    page: str, marker: str, expected: list[tuple[str, str]]
) -> None:
    assert _dates_in(page, marker, THU_12_JUN_2025) == expected


def test_a_dateline_without_its_year_or_after_publication_sets_no_day() -> None:
    assert dateline_days("LIMA, June 10 (Wire) - Copper rose today.\n", THU_12_JUN_2025) == []
    assert dateline_days("Oslo, 20 June 2025 — Talks open today.\n", THU_12_JUN_2025) == []
