"""A page that says when its season, crop or marketing year starts gives its split years
("2025/26") that month as their first (claims/data/dates.json 'season_start_nouns',
'season_start_verbs'); a page that does not keeps the July-to-June reading."""

from __future__ import annotations

import pytest

from claims.extract.dates.finder import iter_dates, season_start
from tests.extract.dates.helpers import THU_06_NOV_2025


@pytest.mark.parametrize(
    ("page", "month"),
    [
        ("Brazil's cane crush in the season that started on April 1 ran ahead of forecasts.", 4),
        ("The coffee crop year, which began on 1 October, is expected to be a record.", 10),
        ("The cotton marketing year runs from August to July, the department said.", 8),
        ("Thailand's sugar campaign opens in December once mills finish repairs.", 12),
        ("Output rose 4% in the season, helped by late rains.", None),
        ("The season began with a heavy defeat in August.", None),  # no start of a crop year
    ],
)
def test_the_month_a_page_says_its_season_starts_in(page: str, month: int | None) -> None:
    assert season_start(page) == month


@pytest.mark.parametrize(
    ("text", "month", "start", "end"),
    [
        ("Mills may export 2 million tons in the 2025/26 season.", 10, "2025-10-01", "2026-09-30"),
        ("Arrivals reached 900,000 tonnes in 2024/25, up a tenth.", 10, "2024-10-01", "2025-09-30"),
        ("Cane output will climb in 2025/26, the group said.", 4, "2025-04-01", "2026-03-31"),
        ("Shipments in the 2022/23 crop year fell by a third.", 8, "2022-08-01", "2023-07-31"),
        ("Shipments in the 2022/23 crop year fell by a third.", None, "2022-07-01", "2023-06-30"),
    ],
)
def test_a_split_year_starts_in_the_month_the_page_gives_its_season(
    text: str, month: int | None, start: str, end: str
) -> None:
    [(_, got)] = [(m, r) for m, r in iter_dates(text, THU_06_NOV_2025, season=month)]
    assert (str(got.start), str(got.end)) == (start, end)
