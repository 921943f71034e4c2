"""A lead that names a week by its first day ('week beginning 4 May', 'the week starting ...',
a table's 'w/c 18 May') dates that week: the day and the six after it (dates.json
'week_from_leads'); the day alone stays one day."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

TUE_02_JUN_2026 = dt.date(2026, 6, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Busiest week: 2,840 t, w/c 11 May", ("w/c 11 May", "2026-05-11", "2026-05-17")),
        (
            "Ferry bookings peaked in the week commencing 18 May.",
            ("the week commencing 18 May", "2026-05-18", "2026-05-24"),
        ),
        (
            "Strikes will disrupt rail services in the week beginning 8 June 2026.",
            ("the week beginning 8 June 2026", "2026-06-08", "2026-06-14"),
        ),
        (
            "Auction volumes for the week starting 25 May were the lowest this year.",
            ("the week starting 25 May", "2026-05-25", "2026-05-31"),
        ),
    ],
)
def test_a_week_named_by_its_first_day_runs_seven_days(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in surface_spans(text, TUE_02_JUN_2026)


def test_the_day_alone_is_one_day() -> None:
    text = "Bookings peaked on 18 May."
    assert surface_spans(text, TUE_02_JUN_2026) == [("on 18 May", "2026-05-18", "2026-05-18")]
