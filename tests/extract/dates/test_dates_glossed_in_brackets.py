"""A date glossed in brackets right after it by another date of the same period ('fiscal year
2024 (October 2023-September 2024)', 'the year ended 30 June 2023 (FY2022-23)'): one date over
both, read as the one that names its months; two dates of different periods stay two."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

SAT_01_MAR_2025 = dt.date(2025, 3, 1)


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "The utility's fiscal year 2024 (October 2023-September 2024) closed with a profit.",
            "fiscal year 2024 (October 2023-September 2024",
            "2023-10-01",
            "2024-09-30",
        ),
        (
            "The carrier spent Tk 900 crore on towers in FY2023-24 (July 2023-June 2024) alone.",
            "FY2023-24 (July 2023-June 2024",
            "2023-07-01",
            "2024-06-30",
        ),
        (
            "The audit spans the year ended 31 July 2024 (FY2023-2024) at the port.",
            "the year ended 31 July 2024 (FY2023-2024",
            "2023-08-01",
            "2024-07-31",
        ),
        (
            "Pilots walked out on Monday (24 February) over rosters.",
            "on Monday (24 February",
            "2025-02-24",
            "2025-02-24",
        ),
    ],
)
def test_a_glossed_date_is_one_date(text: str, surface: str, start: str, end: str) -> None:
    found = surface_spans(text, SAT_01_MAR_2025)
    assert (surface, start, end) in found
    assert len(found) == 1


def test_a_bracketed_date_of_another_period_stays_a_date_of_its_own() -> None:
    text = "Grain exports fell in 2024 (in 2022 they had risen), traders said."
    assert len(surface_spans(text, SAT_01_MAR_2025)) == 2
    text = "Landings were 4,000 t in March 2024 (2,900 t in March 2023)."
    assert len(surface_spans(text, SAT_01_MAR_2025)) == 2
