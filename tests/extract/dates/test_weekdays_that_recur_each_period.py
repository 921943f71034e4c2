"""A weekday that comes back each period is no date: one placed by 'of every month' or 'of each
week' (dates.json 'recurring_weekday_*'), and two weekdays joined as a stretch with a clock time
beside them, written out or as a dashed shorthand, with 'at' or 'between' before the clock too
('weekly_hours_clock_openers'). A one-off stretch told with its weekdays stays a date."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import WED_24_SEP_2025, surfaces


@pytest.mark.parametrize(
    "text",
    [
        "Samples are drawn on the first Wednesday of every month at three wells.",
        "The board used to meet on the last Thursday of each quarter.",
        "Fees will be collected on the second Monday of each month from January.",
        "Volunteers had counted the birds on the third Sunday of every month since 2019.",
    ],
)
def test_a_weekday_of_every_period_dates_nothing(text: str) -> None:
    assert not [s for s in surfaces(text, WED_24_SEP_2025) if "day" in s]


@pytest.mark.parametrize(
    "text",
    [
        "Help desk: Mon-Thu 9:00-13:00, closed on holidays.",
        "The morning bulletin goes out Tuesday to Sunday at 6 am.",
        "Enquiries by phone Sat–Sun between 10:00 and 12:00 only.",
        "Our counters were staffed Monday to Friday at 8.30 throughout the year.",
    ],
)
def test_weekly_hours_beside_a_pair_of_weekdays_date_nothing(text: str) -> None:
    assert surfaces(text, WED_24_SEP_2025) == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Ferries stayed in port Mon-Tue after the gale.", "Mon-Tue"),
        ("The panel met on Monday to agree the monthly rota.", "Monday"),
    ],
)
def test_a_one_off_weekday_stays_a_date(text: str, surface: str) -> None:
    assert surface in surfaces(text, WED_24_SEP_2025)
