"""A page of a day named by that day, written out with its year, on the day of publication: a
digest's, a guide's or a listings page's heading ('Evening digest, 2 May 2025', 'TV guide:
Friday 2 May 2025'), or a record's with its noun after the day ('Talk show – 2 May 2025 –
transcript') is the page's own stamp, no claim (dates.json 'record_day_nouns'). Another day
in such a heading stays a date."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import FRI_14_MAR_2025, surfaces


@pytest.mark.parametrize(
    "text",
    [
        "HARBOUR NOTES - Evening shipping digest, 14 March 2025",
        "Radio guide: Friday 14 March 2025",
        "What's on — Friday, 14 March 2025",
        "Farm Hour – 14 March 2025 – transcript",
    ],
)
def test_the_page_s_own_day_in_its_heading_dates_nothing(text: str) -> None:
    assert surfaces(text, FRI_14_MAR_2025) == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Radio guide: Saturday 15 March 2025", "Saturday 15 March 2025"),
        ("Farm Hour – 7 March 2025 – transcript", "7 March 2025"),
    ],
)
def test_another_day_in_such_a_heading_stays_a_date(text: str, surface: str) -> None:
    assert surface in surfaces(text, FRI_14_MAR_2025)
