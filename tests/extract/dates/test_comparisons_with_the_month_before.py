"""'a year earlier' (or 'a month earlier') in a paragraph that names no period of its own
compares with the month the paragraph right before reported last, as a monthly report reads
('Stocks rose in August.' then 'Yields were 1.6 t/ha, against 1.5 t/ha a year earlier': August
a year back); a year or a day there, or no period at all, leaves the count from publication."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import iter_dates
from tests.extract.dates.helpers import resolved

WED_10_SEP_2025 = dt.date(2025, 9, 10)


def _found(text: str, context: str) -> list[tuple[str, str, str]]:
    return [
        (text[m.surface_start : m.end], str(r.start), str(r.end))
        for m, r in iter_dates(text, WED_10_SEP_2025, context)
    ]


@pytest.mark.parametrize(
    ("context", "text", "surface", "start", "end"),
    [
        (
            "Palm oil stocks rose for a sixth month in August.\n\n",
            "Yields averaged 1.62 t/ha, against 1.55 t/ha a year earlier.",
            "a year earlier",
            "2024-08-01",
            "2024-08-31",
        ),
        (
            "Airlines flew 41 million passengers in July, the highest since 2019.\n\n",
            "Load factors reached 86%, up from 84% a year earlier.",
            "a year earlier",
            "2024-07-01",
            "2024-07-31",
        ),
        (
            "Output at the smelter slipped in June as a furnace was relined.\n\n",
            "Shipments were 12% lower than they had been a year before.",
            "a year before",
            "2024-06-01",
            "2024-06-30",
        ),
        (
            "Retail sales grew 2% in August.\n\n",
            "Online sales were unchanged from a month earlier.",
            "a month earlier",
            "2025-07-01",
            "2025-07-31",
        ),
    ],
)
def test_a_comparison_counts_from_the_month_reported_just_before(
    context: str, text: str, surface: str, start: str, end: str
) -> None:
    assert (surface, start, end) in _found(text, context)


@pytest.mark.parametrize(
    "context",
    [
        "Stocks rose sharply in 2024.\n\n",
        "Prices have climbed since March.\n\n",
        "The port reopened on 3 August.\n\n",
        "Analysts expect a weak harvest.\n\n",
    ],
)
def test_no_month_just_before_leaves_the_count_from_publication(context: str) -> None:
    text = "Yields averaged 1.62 t/ha, against 1.55 t/ha a year earlier."
    assert _found(text, context) == [("a year earlier", "2024-01-01", "2024-12-31")]


def test_a_period_in_its_own_paragraph_still_comes_first() -> None:
    found = resolved("Exports fell 3% in May from a year earlier.", WED_10_SEP_2025)
    assert ("a year earlier", "2024-05-01", "2024-05-31", "month") in found
