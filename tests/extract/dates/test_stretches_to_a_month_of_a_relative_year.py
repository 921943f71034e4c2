"""A stretch that ends in a month of a relative year ('from early 2023 to April this year',
'between mid-2023 and May this year') ends in that year, not the first such month after its
start; and moving counted goods ('moved 96 million cigarettes ... from 2023 to April') is no
rescheduled event: the dates are one stretch."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import THU_14_AUG_2025, surface_spans


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "Police say the ring shipped about 1.2 tonnes of cocaine between mid-2023 and May "
            "this year.",
            "mid-2023 and May this year",
            "2023-06-01",
            "2025-05-31",
        ),
        (
            "Prosecutors say the gang moved about 80 million cigarettes through the port from "
            "early 2023 to April this year.",
            "from early 2023 to April this year",
            "2023-01-01",
            "2025-04-30",
        ),
        (
            "The smugglers carried 300 kilograms of gold across the border from 2022 to June "
            "last year, investigators said.",
            "from 2022 to June last year",
            "2022-01-01",
            "2024-06-30",
        ),
        (
            "Exports have climbed steadily from late 2023 to July this year, customs data show.",
            "from late 2023 to July this year",
            "2023-09-01",
            "2025-07-31",
        ),
    ],
)
def test_a_stretch_ends_in_its_relative_year(text: str, surface: str, start: str, end: str) -> None:
    assert (surface, start, end) in surface_spans(text, THU_14_AUG_2025)


def test_an_event_moved_between_two_dates_stays_two_dates() -> None:
    text = "The council moved the 2026 summit from May to June."
    assert len(surface_spans(text, THU_14_AUG_2025)) >= 2
