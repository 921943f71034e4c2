"""An opening run of a year's quarters counted ('the first three quarters of 2025'): from the
year's first day to the last counted quarter's end."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import THU_06_NOV_2025, spans


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Exports rose 6% in the first three quarters of 2025, customs said.",
            "2025-01-01",
            "2025-09-30",
        ),
        ("Sales had fallen during the first two quarters of 2024.", "2024-01-01", "2024-06-30"),
        ("The first 3 quarters of 2023 brought 41 new listings.", "2023-01-01", "2023-09-30"),
        (
            "Losses over the first three quarters of 2022 were written off.",
            "2022-01-01",
            "2022-09-30",
        ),
    ],
)
def test_opening_runs_of_quarters(text: str, start: str, end: str) -> None:
    assert [(a, b) for s, a, b in spans(text, THU_06_NOV_2025) if "quarters" in s] == [(start, end)]
