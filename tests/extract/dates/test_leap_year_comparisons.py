"""A period that ends with a month's last day ends with that month's last day a year back or on:
a comparison with a leap year runs to 29 February, one from it to 28 February."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import spans


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Output in the first two months of 2025 fell 8% from the same period a year earlier.",
            dt.date(2025, 3, 20),
            ("a year earlier", "2024-01-01", "2024-02-29"),
        ),
        (
            "Imports for January-February 2025 were 6% below a year earlier.",
            dt.date(2025, 3, 20),
            ("a year earlier", "2024-01-01", "2024-02-29"),
        ),
        (
            "Sales from December 2024 to February 2025 were 4.2 million, against 4.0 million a year earlier.",
            dt.date(2025, 3, 20),
            ("a year earlier", "2023-12-01", "2024-02-29"),
        ),
        (
            "Exports in the year to February 2024 grew, after falling a year earlier.",
            dt.date(2024, 3, 20),
            ("a year earlier", "2022-03-01", "2023-02-28"),
        ),
    ],
)
def test_a_year_back_keeps_the_month_end(
    text: str, published: dt.date, expected: tuple[str, str, str]
) -> None:
    assert expected in spans(text, published)
