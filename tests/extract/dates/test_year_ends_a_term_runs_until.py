"""The end of a whole year after 'until' or 'till' ('until the end of 2031') is the year's last
day, the day a term runs to (claims/data/dates.json 'year_point_end_prepositions'), as 'by' and
'at' make it; a month's end after 'until' stays its late part, the 21st on."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import resolved

PUBLISHED = dt.date(2025, 3, 19)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The waiver stays in force until the end of 2029.", "2029-12-31"),
        ("The mine will run till the end of 2034, the operator said.", "2034-12-31"),
        ("Peacekeepers will remain in the district until the end of next year.", "2026-12-31"),
        (
            "The old tariff applied until the end of 2023, when the new schedule began.",
            "2023-12-31",
        ),
    ],
)
def test_the_end_of_a_year_a_term_runs_until_is_its_last_day(text: str, day: str) -> None:
    [(_surface, start, end, granularity)] = resolved(text, PUBLISHED)
    assert (start, end, granularity) == (day, day, "day")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The ferry carried 51,200 riders in its opening weeks, to the end of 2024.", "2024-12-31"),
        ("Output is counted from the first pour to the end of 2023.", "2023-12-31"),
        ("The line will be closed for repairs to the end of 2026.", "2026-12-31"),
        ("Claims filed up to the end of last year have all been paid.", "2024-12-31"),
    ],
)
def test_a_tally_to_the_end_of_a_year_runs_to_its_last_day(text: str, day: str) -> None:
    [(_surface, start, end, granularity)] = resolved(text, PUBLISHED)
    assert (start, end, granularity) == (day, day, "day")


def test_the_end_of_a_month_after_to_keeps_its_late_part_ahead() -> None:
    [(_surface, start, end, _granularity)] = resolved(
        "The lane will stay shut to the end of June.", PUBLISHED
    )
    assert (start, end) == ("2025-06-21", "2025-06-30")


def test_the_end_of_a_month_a_term_runs_until_is_its_late_part() -> None:
    [(_surface, start, end, _granularity)] = resolved(
        "The ban on night flights holds until the end of June.", PUBLISHED
    )
    assert (start, end) == ("2025-06-21", "2025-06-30")
