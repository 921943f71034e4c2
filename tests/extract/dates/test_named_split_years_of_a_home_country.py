"""A named split year that starts in another month in the page's home country runs from that
month there (dates.json 'named_split_years_by_country'): an Australian page's water year runs
July to June; elsewhere it keeps the noun's own month (October)."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import iter_dates

FRI_11_JUL_2025 = dt.date(2025, 7, 11)


def _split(text: str, home: str | None) -> list[tuple[str, str]]:
    return [
        (str(r.start), str(r.end))
        for m, r in iter_dates(text, FRI_11_JUL_2025, home=home)
        if "-" in text[m.start : m.end] or "/" in text[m.start : m.end]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Opening allocations for the 2026-27 water year were set at 12% of entitlement.",
        "Carryover from water year 2024/25 will be capped at half, the authority said.",
        "Irrigators traded 410 GL on the market across the 2025/26 water year's first week.",
    ],
)
def test_an_australian_water_year_runs_july_to_june(text: str) -> None:
    got = _split(text, "Australia")
    assert got and all(start[5:7] == "07" and end[5:7] == "06" for start, end in got)


def test_elsewhere_the_water_year_keeps_october() -> None:
    text = "Snowpack over the 2024-25 water year stayed below normal, the state said."
    assert _split(text, "Chile") == [("2024-10-01", "2025-09-30")]
    assert _split(text, None) == [("2024-10-01", "2025-09-30")]
