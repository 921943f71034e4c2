"""'two years earlier', 'five years later', 'three months earlier': the period the text spoke
of last, that many years (months) back or on; a delay ('two years earlier than planned') and a
duration ('for three years after') are no dates."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import WED_12_MAR_2025, resolved


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "Wheat output fell to 41 tonnes in 2023, from 55 tonnes two years earlier.",
            "two years earlier",
            "2021-01-01",
            "2021-12-31",
        ),
        (
            "The fleet numbered 120 ships in 2020, against 90 three years earlier.",
            "three years earlier",
            "2017-01-01",
            "2017-12-31",
        ),
        (
            "Exports reached 3.1 million barrels a day in March 2024, up from 2.4 million "
            "two years earlier.",
            "two years earlier",
            "2022-03-01",
            "2022-03-31",
        ),
        (
            "The plant opened in 2015; five years later it employed 900 people.",
            "five years later",
            "2020-01-01",
            "2020-12-31",
        ),
        (
            "The lake stood at 478 metres in October 2024, 2 metres lower than three months "
            "earlier.",
            "three months earlier",
            "2024-07-01",
            "2024-07-31",
        ),
    ],
)
def test_a_counted_year_or_month_moves_the_last_period(
    text: str, surface: str, start: str, end: str
) -> None:
    assert (surface, start, end) in [r[:3] for r in resolved(text, WED_12_MAR_2025)]


@pytest.mark.parametrize(
    "text",
    [
        "The bridge opened in 2019, two years earlier than planned.",
        "The company stayed in the market for three years after the merger in 2012.",
    ],
)
def test_a_delay_or_a_duration_is_no_counted_year(text: str) -> None:
    assert [r[0] for r in resolved(text, WED_12_MAR_2025) if "years" in r[0]] == []


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "Remittances reached $21.5 billion in 2024, the central bank said last Friday, "
            "up from $19.8 billion the year before.",
            "the year before",
            "2023-01-01",
            "2023-12-31",
        ),
        (
            "Exports climbed to 4.1 million tonnes in February, the agency said on Tuesday, "
            "against 3.9 million tonnes a year earlier.",
            "a year earlier",
            "2024-02-01",
            "2024-02-29",
        ),
        (
            "Card spending fell 3% in the fourth quarter of 2024, the bank reported on Monday, "
            "after a rise in the previous quarter.",
            "the previous quarter",
            "2024-07-01",
            "2024-09-30",
        ),
        (
            "Arrivals hit 2.3 million in 2024, officials told reporters on Friday, against "
            "1.9 million the year before.",
            "the year before",
            "2023-01-01",
            "2023-12-31",
        ),
    ],
)
def test_the_day_a_figure_was_announced_is_no_base_for_its_comparison(
    text: str, surface: str, start: str, end: str
) -> None:
    assert (surface, start, end) in [r[:3] for r in resolved(text, WED_12_MAR_2025)]
