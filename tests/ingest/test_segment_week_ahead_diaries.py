"""A wire's week-ahead diary: its stamp line with an editor's note after a bar is metadata, the
diary's headline under it is the title, and a numeric stamp that reads both ways is read in the
order that stamps the diary shortly before the days it sets out under weekday headings."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text

DIARY = (
    "NORTHERN SEAS WIRE | DIARY\n"
    "{stamp} | Diary updated weekly; times GMT, dates subject to change\n"
    "WEEK AHEAD-Baltic and Nordic shipping diary, {span}\n"
    "{day1}\n"
    "- NORWAY: Statistics office releases monthly freight volumes (previous: 4.1 mln T).\n"
    "- SWEDEN: Port of the capital publishes its passenger count for the past month.\n"
    "{day2}\n"
    "- FINLAND: Maritime authority reports ice-breaker costs for the winter season so far.\n"
)

CASES = [  # stamp, span, two weekday headings, the stamp's day
    ("04/05/2026 16:20 GMT", "May 10-16", "SUNDAY, MAY 10", "MONDAY, MAY 11", dt.date(2026, 5, 4)),
    (
        "11/09/2025 09:00 GMT",
        "September 14-20",
        "SUNDAY, SEPTEMBER 14",
        "MONDAY, SEPTEMBER 15",
        dt.date(2025, 9, 11),
    ),
    (
        "06/02/2026 12:30 GMT",
        "February 8-14",
        "SUNDAY, FEBRUARY 8",
        "MONDAY, FEBRUARY 9",
        dt.date(2026, 2, 6),
    ),
    (
        "03/07/2025 18:45 GMT",
        "March 9-15",
        "SUNDAY, MARCH 9",
        "MONDAY, MARCH 10",
        dt.date(2025, 3, 7),
    ),
]


@pytest.mark.parametrize(("stamp", "span", "day1", "day2", "day"), CASES)
def test_a_diary_is_titled_by_its_headline_and_stamped_before_its_days(
    stamp: str, span: str, day1: str, day2: str, day: dt.date
) -> None:
    page = DIARY.format(stamp=stamp, span=span, day1=day1, day2=day2)
    structure = segment_text(page, dt.date(2026, 12, 1))
    assert structure.title == f"WEEK AHEAD-Baltic and Nordic shipping diary, {span}"
    assert structure.byline.published == day


@pytest.mark.parametrize(
    "line",
    [
        "OTHER DIARIES: Nordic company results, May 10-20 | Baltic bond auctions, May 2026",
        "Other diaries: Arctic fisheries quotas, June 2026 | Port strikes, June 1-7",
        "MORE CALENDARS: Central bank meetings, 2026 | Shipping fairs, May 12-14",
        "OTHER DIARIES: Energy auctions in the region, May 11-22 | Gulf sukuk sales, May 2026",
    ],
)
def test_a_wires_other_diaries_line_is_related(line: str) -> None:
    page = (
        DIARY.format(*(), **dict(zip(("stamp", "span", "day1", "day2"), CASES[0][:4], strict=True)))
        + line
        + "\n"
    )
    structure = segment_text(page, dt.date(2026, 12, 1))
    at = page.index(line)
    [kind] = [s.kind for s in structure.segments if s.start <= at < s.end]
    assert kind == "related"
