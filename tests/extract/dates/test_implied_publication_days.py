"""Pages that state no publication day still tell when they speak from: the issue they appear in
(by season or month) or a month their opening names beside 'last month'; their yearless and
relative dates count from that day (dates.json 'implied_day')."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.headings import implied_day


@pytest.mark.parametrize(
    ("page", "day"),
    [
        (
            "Salt and Iron\n\nThis story appears in the Winter 2024 issue of Ore.\n\nMiners",
            dt.date(2024, 12, 1),
        ),
        ("From our Spring 2026 edition: how the delta lost its fish.", dt.date(2026, 3, 1)),
        ("Reprinted from the March 2025 issue of Harbour Quarterly.", dt.date(2025, 3, 1)),
        ("First printed in the fall 2023 number of the review.", dt.date(2023, 9, 1)),
    ],
)
def test_an_issue_named_by_its_period_dates_the_page_from_its_first_day(
    page: str, day: dt.date
) -> None:
    assert implied_day(page) == day


@pytest.mark.parametrize(
    ("page", "day"),
    [
        (
            "Ferry punctuality slips to 81% in June\n\nFewer boats left on time last month, the"
            " operator said. Its 2025 target was 90%.",
            dt.date(2025, 7, 1),
        ),
        (
            "Port volumes hit record in December\n\nThe harbour handled more boxes than ever"
            " last month. In 2024 it handled 1.2 million.",
            dt.date(2025, 1, 1),
        ),
        (
            "Steel output rose 4% in March\n\nMills worked longer shifts over the past month"
            " to beat the 2026 tariff deadline.",
            dt.date(2026, 4, 1),
        ),
    ],
)
def test_a_month_named_beside_last_month_dates_the_page_in_the_month_after(
    page: str, day: dt.date
) -> None:
    assert implied_day(page) == day


@pytest.mark.parametrize(
    "page",
    [
        "Ferry punctuality slips in June and July\n\nFewer boats left on time last month in 2025.",
        "Ferry punctuality slips to 81% in June\n\nThe operator blamed the weather in 2025.",
        "Ferry punctuality slips to 81% in June\n\nFewer boats left on time last month.",
    ],
)
def test_no_implied_day_without_one_month_a_previous_month_word_and_a_year(page: str) -> None:
    assert implied_day(page) is None
