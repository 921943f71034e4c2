"""'The first eight months of 2025-26' counts its months from the month the split or fiscal year
starts in (its country's fiscal year, its season: claims/data/dates.json
'split_year_part_leads'), not from January; one claim, not also 'the first eight months' of the
calendar year. A plain year keeps counting from January."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import fiscal_home, iter_dates

PUBLISHED = dt.date(2026, 3, 27)


def dated(text: str) -> list[tuple[str, str, str]]:
    return [
        (text[m.surface_start : m.end], str(r.start), str(r.end))
        for m, r in iter_dates(text, PUBLISHED, home=fiscal_home(text))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pakistan's tax agency collected Rs 6.1 trillion in the first eight months of 2025-26.",
            ("the first eight months of 2025-26", "2025-07-01", "2026-02-28"),
        ),
        (
            "Kenya's tea earnings rose in the first six months of the 2025/26 financial year.",
            ("the first six months of the 2025/26 financial year", "2025-07-01", "2025-12-31"),
        ),
        (
            "Malawi collected MK900 billion in the first 11 months of fiscal 2025/26.",
            ("the first 11 months of fiscal 2025/26", "2025-04-01", "2026-02-28"),
        ),
        (
            "Canberra posted a surplus in the first three months of 2025-26, Treasury said.",
            ("the first three months of 2025-26", "2025-07-01", "2025-09-30"),
        ),
    ],
)
def test_the_first_months_of_a_split_year_count_from_its_start(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert dated(text) == [expected]


def test_the_first_months_of_a_calendar_year_count_from_january() -> None:
    assert dated("Steel output rose in the first eight months of 2025.") == [
        ("the first eight months of 2025", "2025-01-01", "2025-08-31")
    ]
