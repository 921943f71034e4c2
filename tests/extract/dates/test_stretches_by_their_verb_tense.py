"""A yearless stretch ('from 22 April to 30 July', 'from July to January') takes its years from
its clause's verb: a present schedule verb before it ('delegates meet from ...', 'the harvest
runs from ...') tells one still ahead or running (claims/data/dates.json 'schedule_verbs'); a
verb in the past ('the survey ran from ...') one that has ended, the year before when this
year's would end weeks after publication ('told_past_span_kinds')."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import (
    THU_26_JUN_2025,
    TUE_10_JUN_2025,
    TUE_20_MAY_2025,
    WED_24_SEP_2025,
    one,
)


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        (
            "Delegates meet in Geneva from November 24 to December 5 to settle the text.",
            WED_24_SEP_2025,
            "2025-11-24",
            "2025-12-05",
        ),
        (
            "The inquiry resumes from 10 November to 5 December, the clerk said.",
            WED_24_SEP_2025,
            "2025-11-10",
            "2025-12-05",
        ),
        (
            "Early picking has begun; the main harvest runs from July to January.",
            THU_26_JUN_2025,
            "2025-07-01",
            "2026-01-31",
        ),
        (
            "The summer ferry to the islands runs from May to October.",
            THU_26_JUN_2025,
            "2025-05-01",
            "2025-10-31",
        ),
    ],
)
def test_a_stretch_after_a_present_schedule_verb_is_ahead_or_running(
    text: str, published: object, start: str, end: str
) -> None:
    _span, got_start, got_end = one(text, published)  # type: ignore[arg-type]
    assert (got_start, got_end) == (start, end)


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        ("The survey ran from April 22 to July 30.", TUE_20_MAY_2025, "2024-04-22", "2024-07-30"),
        (
            "Inspectors were stationed at the border from 3 May to 28 August.",
            TUE_10_JUN_2025,
            "2024-05-03",
            "2024-08-28",
        ),
        (
            "The strike lasted from 12 April to 20 July, the union said.",
            TUE_20_MAY_2025,
            "2024-04-12",
            "2024-07-20",
        ),
        (
            "The museum was closed from 1 May to 30 September for repairs.",
            TUE_10_JUN_2025,
            "2024-05-01",
            "2024-09-30",
        ),
    ],
)
def test_a_stretch_told_in_the_past_has_ended(
    text: str, published: object, start: str, end: str
) -> None:
    _span, got_start, got_end = one(text, published)  # type: ignore[arg-type]
    assert (got_start, got_end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "The museum is closed from 1 May to 30 September for repairs.",
            "2025-05-01",
            "2025-09-30",
        ),
        ("Talks were held from 2 to 9 June in Bonn.", "2025-06-02", "2025-06-09"),  # days ahead
    ],
)
def test_a_stretch_running_at_publication_keeps_its_year(text: str, start: str, end: str) -> None:
    _span, got_start, got_end = one(text, TUE_10_JUN_2025)
    assert (got_start, got_end) == (start, end)
