"""Two months joined by 'and' with a relative year after them ('in September and October last
year') are one date: both months of that year, not a month pair and a separate year."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

THU_09_APR_2026 = dt.date(2026, 4, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iraq filed its requests in September and October last year.",
            ("in September and October last year", "2025-09-01", "2025-10-31"),
        ),
        (
            "Shipments slowed over May and June last year.",
            ("over May and June last year", "2025-05-01", "2025-06-30"),
        ),
        (
            "Growers will plant in July and August next year.",
            ("in July and August next year", "2027-07-01", "2027-08-31"),
        ),
        (
            "Rates were cut in January and February this year.",
            ("in January and February this year", "2026-01-01", "2026-02-28"),
        ),
    ],
)
def test_a_month_pair_of_a_relative_year_is_one_date(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert surface_spans(text, THU_09_APR_2026) == [expected]
