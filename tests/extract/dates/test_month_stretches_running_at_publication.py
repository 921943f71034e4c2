"""A yearless stretch of months over the turn of a year ('from November to March') that has
begun by publication and is not told in the past is the one running then, as a yearless day
stretch keeps the year it runs in; told in the past, it is the last one that has ended."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import resolved

MID_JANUARY = dt.date(2026, 1, 14)
EARLY_FEBRUARY = dt.date(2026, 2, 4)


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        (
            "From December to February, the pass is shut to lorries and buses.",
            MID_JANUARY,
            "2025-12-01",
            "2026-02-28",
        ),
        (
            "Reservoir levels fall from November to March, when the snowmelt begins.",
            MID_JANUARY,
            "2025-11-01",
            "2026-03-31",
        ),
        (
            "Between December and February the ferries sail only at weekends.",
            EARLY_FEBRUARY,
            "2025-12-01",
            "2026-02-28",
        ),
        (
            "From October to April, the grid has to import power from its neighbours.",
            EARLY_FEBRUARY,
            "2025-10-01",
            "2026-04-30",
        ),
    ],
)
def test_a_month_stretch_running_at_publication_is_that_one(
    text: str, published: dt.date, start: str, end: str
) -> None:
    [(_surface, got_start, got_end, _granularity)] = resolved(text, published)
    assert (got_start, got_end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "From November to March, the lake level sank to a third of its usual height.",
            "2024-11-01",
            "2025-03-31",
        ),
        ("Exports rose 6% from July to September.", "2025-07-01", "2025-09-30"),
    ],
)
def test_a_month_stretch_told_in_the_past_or_ended_keeps_its_reading(
    text: str, start: str, end: str
) -> None:
    [(_surface, got_start, got_end, _granularity)] = resolved(text, MID_JANUARY)
    assert (got_start, got_end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Dairy imports Jan-Nov: 388,000 tonnes", "2025-01-01", "2025-11-30"),
        ("Cheese exports Dec-Feb: 41,000 tonnes", "2024-12-01", "2025-02-28"),
        ("Tourist arrivals (November-March): 1.2 million", "2024-11-01", "2025-03-31"),
        ("Butter shipments Oct-Dec: 18 kt", "2025-10-01", "2025-12-31"),
    ],
)
def test_a_month_stretch_labelling_a_figure_is_a_period_reported(
    text: str, start: str, end: str
) -> None:
    [(_surface, got_start, got_end, _granularity)] = resolved(text, MID_JANUARY)
    assert (got_start, got_end) == (start, end)
