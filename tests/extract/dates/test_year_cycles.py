"""A span of months with no year that gives the shape of a recurring year or season is no date
claim: one that covers twelve months across the turn of a year, or one a season or year runs
from as a habit. A span that passed, or one with its year, stays a date."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

PUBLISHED = dt.date(2026, 3, 5)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Coffee exports in the 2024/25 season (October-September) reached 1.2 mln bags.",
            "2024/25",
        ),
        (
            "The agency's 2023/24 financial year, which ran from April to March, closed in deficit.",
            "2023/24 financial year",
        ),
        ("Its licensing year 2025/26 runs from 1 September to 31 August.", "2025/26"),
        ("Under the charter the grazing year runs from mid-June to mid-June.", None),
    ],
)
def test_a_span_of_twelve_months_across_the_new_year_is_a_cycle(
    text: str, kept: str | None
) -> None:
    found = [surface for surface, _, _ in surface_spans(text, PUBLISHED)]
    assert found == ([kept] if kept else [])


@pytest.mark.parametrize(
    "text",
    [
        "The ski season in Zermatt usually runs from December to April.",
        "The fishing season, which runs from October to March, opened late this time.",
        "Officials said the rainy season typically runs from June to September.",
        "The school year runs from September to June in most districts.",
    ],
)
def test_what_a_season_or_year_runs_from_as_a_habit_is_no_date(text: str) -> None:
    assert [s for s, _, _ in surface_spans(text, PUBLISHED) if "from" in s] == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The strike lasted from November to February.",
            ("from November to February", "2025-11-01", "2026-02-28"),
        ),
        (
            "Exports from January to December rose 5%.",
            ("from January to December", "2025-01-01", "2025-12-31"),
        ),
        (
            "The market was closed from 1 July to 15 July.",
            ("from 1 July to 15 July", "2025-07-01", "2025-07-15"),
        ),
        (
            "The dealers ran the auction from July 2024 to June 2025.",
            ("from July 2024 to June 2025", "2024-07-01", "2025-06-30"),
        ),
    ],
)
def test_a_span_that_passed_or_names_its_year_stays_a_date(
    text: str, span: tuple[str, str, str]
) -> None:
    assert span in surface_spans(text, PUBLISHED)
