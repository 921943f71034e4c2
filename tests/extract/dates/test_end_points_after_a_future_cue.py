"""An end point ('until', 'through') after a future cue looks ahead though a past verb stands
earlier in its clause ('rules that were due to lapse will now stay until 31 December'): the verb
after the cue governs the date. A past verb after the cue still tells how long something lasted."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

PUBLISHED = dt.date(2026, 9, 3)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The water limits that were due to lapse this month will now stay until 31 August.",
            ("until 31 August", "2027-08-31", "2027-08-31"),
        ),
        (
            "Fishing quotas that expired in June will be kept through 30 April, officials said.",
            ("through 30 April", "2027-04-30", "2027-04-30"),
        ),
        (
            "The ban, which was imposed last year, will remain in force until 15 July.",
            ("until 15 July", "2027-07-15", "2027-07-15"),
        ),
        (
            "Stores that closed early are set to keep shorter hours until 2 May.",
            ("until 2 May", "2027-05-02", "2027-05-02"),
        ),
    ],
)
def test_an_end_point_after_a_future_cue_looks_ahead(text: str, span: tuple[str, str, str]) -> None:
    assert span in surface_spans(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The curfew lasted until 6 August.", ("until 6 August", "2026-08-06", "2026-08-06")),
        (
            "Staff who will run the vote worked until 20 August.",
            ("until 20 August", "2026-08-20", "2026-08-20"),
        ),
    ],
)
def test_a_past_verb_after_the_cue_tells_how_long_it_lasted(
    text: str, span: tuple[str, str, str]
) -> None:
    assert span in surface_spans(text, PUBLISHED)
