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


@pytest.mark.parametrize(
    ("page", "day"),
    [
        (
            "HARBOUR LINES | Vol. 6, No. 11 | November 2024\nPorts | Shipping\nThe quiet berth\n",
            dt.date(2024, 11, 1),
        ),
        (
            "ALPINE TRADE MONTHLY\nIssue 3 / 2025 | March\nFEATURE\nWhen the snow stopped\n",
            dt.date(2025, 3, 1),
        ),
        (
            "Delta Farmer | No. 7/2026 | July\nCrops | Water | Markets\nThe salt creeps in\n",
            dt.date(2026, 7, 1),
        ),
        (
            "THE MINING REVIEW\nVolume 41 number 2, February 2023\nCopper's long wait\n",
            dt.date(2023, 2, 1),
        ),
    ],
)
def test_a_masthead_that_numbers_its_issue_dates_the_page_from_its_month(
    page: str, day: dt.date
) -> None:
    assert implied_day(page) == day


@pytest.mark.parametrize(
    "page",
    [
        "Issue 4 | Spring edition\nThe ferry's last run\nIn March 2025 the line closed.",
        "Vol. 9, No. 3 | May-June 2025\nTwo months on the river\n",
        "Trade balance\nNo. 2 exporter in 2024\nShipments rose in May, the ministry said.",
    ],
)
def test_a_masthead_without_one_month_and_year_dates_nothing(page: str) -> None:
    assert implied_day(page) is None
