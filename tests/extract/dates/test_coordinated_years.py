"""Coordinated days or parts of months share the 'last/next year' written after the last one."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import THU_06_NOV_2025, spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The festival fell in October this year, against late September and early October"
            " last year.",
            # the two parts touch: one stretch (test_abutting_parts_of_months), in that year
            [("2025-10-01", "2025-10-31"), ("2024-09-21", "2024-10-10")],
        ),
        (
            "The plant shut on 2 May and 9 June last year.",
            [("2024-05-02", "2024-05-02"), ("2024-06-09", "2024-06-09")],
        ),
        (
            "Votes are planned for early March or late April next year.",
            [("2026-03-01", "2026-03-10"), ("2026-04-21", "2026-04-30")],
        ),
        (
            "Inspections took place on 12 August, and on 3 October last year.",
            [("2024-08-12", "2024-08-12"), ("2024-10-03", "2024-10-03")],
        ),
    ],
)
def test_coordinated_dates_share_the_year_named_after_them(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(s, e) for _, s, e in spans(text, THU_06_NOV_2025)] == expected


def test_a_date_not_coordinated_keeps_its_own_year() -> None:
    text = "The fund paid out on 3 March, weeks after a review, and on 4 May last year."
    assert [s for _, s, _ in spans(text, THU_06_NOV_2025)] == ["2025-03-03", "2024-05-04"]
