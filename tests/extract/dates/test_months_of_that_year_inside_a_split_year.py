"""A month 'of that year' after a period that runs across two calendar years (a fiscal year, a
marketing year, a season) is the one inside that period: 'fiscal 2024, which ended in September
of that year' is September 2024, not September of the year the period starts in."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import THU_06_NOV_2025, spans


@pytest.mark.parametrize(
    ("text", "month", "start"),
    [
        (
            "Exports fell in the 2023/24 marketing year, which closed in June of that year.",
            "June",
            "2024-06-01",
        ),
        (
            "In the US government's fiscal 2024, which ended in September of that year, "
            "seizures fell.",
            "September",
            "2024-09-01",
        ),
        (
            "Landings dropped in fiscal 2023, and in August of that year the quota was cut.",
            "August",
            "2023-08-01",
        ),
        ("Rain hit in 2019, and in June of that year the river flooded.", "June", "2019-06-01"),
    ],
)
def test_the_month_falls_inside_the_period(text: str, month: str, start: str) -> None:
    found = {s: b for s, b, _ in spans(text, THU_06_NOV_2025)}
    assert found[month] == start
