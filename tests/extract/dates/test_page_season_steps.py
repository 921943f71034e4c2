"""'last season' and 'next season' on a page that says when its season runs: the season before or
after the one publication falls in, from its first month to its last (dates.json
'page_season_steps'); a page that states no season leaves them undated."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import iter_dates

OCT_2025 = dt.date(2025, 10, 8)


def _found(text: str, season: tuple[int, int] | None) -> list[tuple[str, str, str]]:
    return [
        (text[m.surface_start : m.end], str(r.start), str(r.end))
        for m, r in iter_dates(text, OCT_2025, season=season)
    ]


@pytest.mark.parametrize(
    ("text", "season", "span", "start", "end"),
    [
        (
            "Mills crushed 2.1 million tonnes of cane, up from 1.8 million last season.",
            (9, 8),
            "last season",
            "2024-09-01",
            "2025-08-31",
        ),
        (
            "Last season the fleet landed 640 tonnes of scallops.",
            (4, 11),
            "Last season",
            "2024-04-01",
            "2024-11-30",
        ),
        (
            "Traders said stocks left over from last season would cover two months of demand.",
            (10, 9),
            "last season",
            "2024-10-01",
            "2025-09-30",
        ),
        (
            "Growers expect to plant a fifth more next season if prices hold.",
            (7, 6),
            "next season",
            "2026-07-01",
            "2027-06-30",
        ),
    ],
)
def test_a_season_step_counts_from_the_page_season_of_publication(
    text: str, season: tuple[int, int], span: str, start: str, end: str
) -> None:
    assert (span, start, end) in _found(text, season)


@pytest.mark.parametrize(
    ("text", "season"),
    [
        ("Mills crushed 2.1 million tonnes of cane, up from 1.8 million last season.", None),
        ("Last season's record crop weighed on prices.", (9, 8)),
    ],
)
def test_no_page_season_or_a_possessive_gives_no_season_step(
    text: str, season: tuple[int, int] | None
) -> None:
    assert not any("season" in span for span, _, _ in _found(text, season))


@pytest.mark.parametrize(
    ("text", "season", "span", "start", "end"),
    [
        (
            "Shipments fell 12% in the first five weeks, the exporters' union said.",
            (9, 8),
            "the first five weeks",
            "2025-09-01",
            "2025-10-05",
        ),
        (
            "Mills have crushed 3.4 million tonnes in the first four weeks.",
            (9, 8),
            "the first four weeks",
            "2025-09-01",
            "2025-09-28",
        ),
        (
            "Arrivals at the ports over the first nine weeks reached 410,000 bags.",
            (8, 7),
            "the first nine weeks",
            "2025-08-01",
            "2025-10-02",
        ),
        (
            "* Sales up 9% in first five weeks",
            (9, 8),
            "first five weeks",
            "2025-09-01",
            "2025-10-05",
        ),
    ],
)
def test_first_weeks_that_end_near_publication_count_from_the_season_start(
    text: str, season: tuple[int, int], span: str, start: str, end: str
) -> None:
    assert (span, start, end) in _found(text, season)


@pytest.mark.parametrize(
    ("text", "season"),
    [
        ("The new line carried 90,000 riders in its first two weeks.", (9, 8)),
        ("Shipments fell 12% in the first five weeks, the exporters' union said.", None),
        ("Shipments fell 12% in the first five weeks, the exporters' union said.", (4, 3)),
    ],
)
def test_first_weeks_far_from_publication_or_without_a_season_stay_undated(
    text: str, season: tuple[int, int] | None
) -> None:
    assert not any("weeks" in span for span, _, _ in _found(text, season))
