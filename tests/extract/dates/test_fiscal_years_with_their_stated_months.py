"""A fiscal year whose own clause states the months it runs over ('the 2024/25 financial year,
which ran from April to March') starts in the first month named, whatever the country; the
stated run is the shape of the year, no claim of its own."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import WED_24_SEP_2025, spans


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "The kingdom used 1,310 GWh in the 2024/25 financial year, which ran from April to March.",
            "2024-04-01",
            "2025-03-31",
        ),
        (
            "Spending rose in the 2023-24 fiscal year, which runs from October to September.",
            "2023-10-01",
            "2024-09-30",
        ),
        (
            "Revenue in fiscal 2025, which ran from July to June, rose by a tenth.",
            "2024-07-01",
            "2025-06-30",
        ),
        (
            "Output in the 2024 financial year, which usually runs from March to February, rose.",
            "2023-03-01",
            "2024-02-29",
        ),
    ],
)
def test_a_fiscal_year_with_its_stated_months(text: str, start: str, end: str) -> None:
    assert [(a, b) for _, a, b in spans(text, WED_24_SEP_2025)] == [(start, end)]
