"""'since at least 2008': a bound word between 'since' and a date still makes a 'since' bound,
kept in the surface like 'since' alone."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import THU_06_NOV_2025, surface_spans


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "It was the busiest month since at least 2008.",
            "since at least 2008",
            "2008-01-01",
            "2008-12-31",
        ),
        (
            "Rates have not been this low since at least 2011, the bank said.",
            "since at least 2011",
            "2011-01-01",
            "2011-12-31",
        ),
        (
            "No ship had called there since at least March 2019.",
            "since at least March 2019",
            "2019-03-01",
            "2019-03-31",
        ),
        (
            "Stocks will be the lowest since at least 1998 if the trend holds.",
            "since at least 1998",
            "1998-01-01",
            "1998-12-31",
        ),
    ],
)
def test_since_at_least_a_year_is_a_since_bound(
    text: str, surface: str, start: str, end: str
) -> None:
    assert surface_spans(text, THU_06_NOV_2025) == [(surface, start, end)]
