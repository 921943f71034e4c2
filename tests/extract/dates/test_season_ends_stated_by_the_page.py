"""A page that says when its season, crop or marketing year ended ('the 2022-23 crop year,
that closed in July') gives its split years that month as their last and the month after it as
their first, as a stated start does (claims.extract.dates.finder.season_start)."""

from __future__ import annotations

import pytest

from claims.extract.dates.finder import iter_dates, season_start
from tests.extract.dates.helpers import THU_06_NOV_2025


@pytest.mark.parametrize(
    ("page", "months"),
    [
        (
            "Crushers handled 7 million tonnes over the 2022-23 crop year that closed in July.",
            (8, 7),
        ),
        ("Shipments in the marketing year that closed on 30 September hit a record.", (10, 9)),
        ("The 2023/24 season, which ended in March, was the wettest in a decade.", (4, 3)),
        ("Growers said the harvest year finished in June with prices at a low.", (7, 6)),
    ],
)
def test_the_month_a_page_says_its_season_ended_in(page: str, months: tuple[int, int]) -> None:
    assert season_start(page) == months


def test_its_split_year_runs_to_that_month() -> None:
    page = "Crushers handled 7 million tonnes over the 2022-23 crop year that closed in July."
    found = [
        (str(r.start), str(r.end))
        for m, r in iter_dates(page, THU_06_NOV_2025, season=season_start(page))
        if page[m.start : m.end] == "2022-23"
    ]
    assert found == [("2022-08-01", "2023-07-31")]
