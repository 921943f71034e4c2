"""A page that says when its season, crop or marketing year starts gives its split years
("2025/26", "2025-26") that month as their first, and the month its run ends in, when it says,
as their last (claims/data/dates.json 'season_start_nouns', 'season_start_verbs'); a page that
does not keeps the July-to-June reading of slashed years and reads dashed ones as two years."""

from __future__ import annotations

import pytest

from claims.extract.dates.finder import iter_dates, season_start
from tests.extract.dates.helpers import THU_06_NOV_2025


@pytest.mark.parametrize(
    ("page", "months"),
    [
        (
            "Brazil's cane crush in the season that started on April 1 ran ahead of forecasts.",
            (4, 3),
        ),
        ("The coffee crop year, which began on 1 October, is expected to be a record.", (10, 9)),
        ("The cotton marketing year runs from August to July, the department said.", (8, 7)),
        ("Thailand's sugar campaign opens in December once mills finish repairs.", (12, 11)),
        ("Output rose 4% in the season, helped by late rains.", None),
        ("The season began with a heavy defeat in August.", None),  # no start of a crop year
    ],
)
def test_the_month_a_page_says_its_season_starts_in(
    page: str, months: tuple[int, int] | None
) -> None:
    assert season_start(page) == months


@pytest.mark.parametrize(
    ("page", "months"),
    [
        (
            "The cruise season in Hobart, which runs from October to April, is the busiest yet.",
            (10, 4),
        ),
        ("The ski season at Thredbo runs from June to October, the resort said.", (6, 10)),
        ("Our krill season opened in December and runs until March.", (12, 11)),  # no run
        ("The whaling season, which ran from 1 November to 31 January, ended early.", (11, 1)),
    ],
)
def test_a_season_run_stated_with_its_last_month(page: str, months: tuple[int, int]) -> None:
    assert season_start(page) == months


@pytest.mark.parametrize(
    ("page", "text", "start", "end"),
    [
        (
            "The cruise season in Hobart, which runs from October to April, is the busiest yet.",
            "Hobart expects 90 calls in the 2025-26 season, up from 74.",
            "2025-10-01",
            "2026-04-30",
        ),
        (
            "The ski season at Thredbo runs from June to October, the resort said.",
            "Lift passes sold for 2024/25 fell by a tenth.",
            "2024-06-01",
            "2025-10-31",
        ),
        (
            "The whaling season, which ran from 1 November to 31 January, ended early.",
            "The fleet took 230 whales in 2023-24, the agency said.",
            "2023-11-01",
            "2024-01-31",
        ),
        (
            "The festival season runs from November to February across the islands.",
            "Organisers hope for a bigger 2026-27 programme after a wet start.",
            "2026-11-01",
            "2027-02-28",
        ),
    ],
)
def test_a_split_year_spans_the_season_run_the_page_states(
    page: str, text: str, start: str, end: str
) -> None:
    found = [r for _m, r in iter_dates(text, THU_06_NOV_2025, season=season_start(page))]
    assert [(str(r.start), str(r.end)) for r in found] == [(start, end)]


def test_a_dashed_year_on_a_page_with_no_season_reads_as_two_years() -> None:
    text = "Exports climbed in 2024-25 as new mines opened."
    [found] = [r for _m, r in iter_dates(text, THU_06_NOV_2025)]
    assert (str(found.start), str(found.end)) == ("2024-01-01", "2025-12-31")


@pytest.mark.parametrize(
    ("text", "months", "start", "end"),
    [
        (
            "Mills may export 2 million tons in the 2025/26 season.",
            (10, 9),
            "2025-10-01",
            "2026-09-30",
        ),
        (
            "Arrivals reached 900,000 tonnes in 2024/25, up a tenth.",
            (10, 9),
            "2024-10-01",
            "2025-09-30",
        ),
        ("Cane output will climb in 2025/26, the group said.", (4, 3), "2025-04-01", "2026-03-31"),
        ("Shipments in the 2022/23 crop year fell by a third.", (8, 7), "2022-08-01", "2023-07-31"),
        ("Shipments in the 2022/23 crop year fell by a third.", None, "2022-07-01", "2023-06-30"),
    ],
)
def test_a_split_year_starts_in_the_month_the_page_gives_its_season(
    text: str, months: tuple[int, int] | None, start: str, end: str
) -> None:
    [(_, got)] = [(m, r) for m, r in iter_dates(text, THU_06_NOV_2025, season=months)]
    assert (str(got.start), str(got.end)) == (start, end)
