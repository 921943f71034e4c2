"""A season noun with its split year between it and the clause that says when it starts ('the
crop year 2024/25, which ran from 1 August to 31 July') states the page's season as 'the crop
year, which ...' does (claims/data/dates.json 'season_start_nouns'): its split years run from
that month."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import iter_dates, season_start

PUBLISHED = dt.date(2026, 2, 11)


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "Exports in the marketing year 2025/26, which runs from 1 October to 30 September, "
            "are forecast to fall.",
            "2025/26",
            "2025-10-01",
            "2026-09-30",
        ),
        (
            "The herding year 2024/25, which began on 1 May, was the worst in a decade.",
            "2024/25",
            "2024-05-01",
            "2025-04-30",
        ),
        (
            "Mills crushed less cane in the crushing season 2025-26, which opened in November.",
            "2025-26",
            "2025-11-01",
            "2026-10-31",
        ),
        (
            "The crop year 2024/25, which ran from 1 August to 31 July, ended with record stocks.",
            "2024/25",
            "2024-08-01",
            "2025-07-31",
        ),
    ],
)
def test_a_season_stated_after_its_split_year_dates_it(
    text: str, surface: str, start: str, end: str
) -> None:
    season = season_start(text)
    found = [
        (text[m.start : m.end], str(r.start), str(r.end))
        for m, r in iter_dates(text, PUBLISHED, season=season)
    ]
    assert (surface, start, end) in found
