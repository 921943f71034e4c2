"""A split year written with the noun of a trade's or an institution's year ('the 2025/26 gas
year', 'school year 2024-25') runs twelve months from the month that year starts in
(claims/data/dates.json 'named_split_years'), and 'the first two months of' it count from there;
a split year with no such noun keeps the page's reading."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import THU_06_NOV_2025, resolved


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Storage sites were 83% full when the 2025/26 gas year began.",
            "2025-10-01",
            "2026-09-30",
        ),
        ("Enrolment in state schools fell in the 2024-25 school year.", "2024-09-01", "2025-08-31"),
        (
            "Traders expect a deficit in sugar year 2025/26, the council said.",
            "2025-10-01",
            "2026-09-30",
        ),
        ("The reservoir filled twice during water year 2023-24.", "2023-10-01", "2024-09-30"),
    ],
)
def test_a_split_year_runs_from_the_month_its_noun_names(text: str, start: str, end: str) -> None:
    [(_surface, got_start, got_end, _g)] = resolved(text, THU_06_NOV_2025)
    assert (got_start, got_end) == (start, end)


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "Deliveries in the first two months of gas year 2025/26 rose 7%.",
            "the first two months of gas year 2025/26",
            "2025-10-01",
            "2025-11-30",
        ),
        (
            "Absences climbed in the first six weeks of the 2025-26 school year.",
            "the first six weeks of the 2025-26 school year",
            "2025-09-01",
            "2025-10-12",
        ),
    ],
)
def test_the_first_months_of_a_named_split_year(
    text: str, surface: str, start: str, end: str
) -> None:
    assert resolved(text, THU_06_NOV_2025) == [(surface, start, end, "other")]


def test_a_split_year_with_no_named_noun_keeps_the_default_reading() -> None:
    [(_surface, start, end, _g)] = resolved("Exports climbed in 2024/25.", THU_06_NOV_2025)
    assert (start, end) == ("2024-07-01", "2025-06-30")
