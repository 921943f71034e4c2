"""A page that writes its split years as fiscal years ('the 2024/25 financial year') and whose
home country keeps a fiscal year other than the calendar's reads its bare split years ('moved
159 Mt in 2024/25') as that country's fiscal years too (claims.extract.dates.finder.season_start);
a page with no such statement keeps the plain reading."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import fiscal_home, iter_dates, season_start

PUBLISHED = dt.date(2025, 12, 5)


def dated(text: str) -> list[tuple[str, str, str]]:
    return [
        (text[m.start : m.end], str(r.start), str(r.end))
        for m, r in iter_dates(text, PUBLISHED, season=season_start(text), home=fiscal_home(text))
    ]


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "SOUTH AFRICA: PORTS REPORT\nThe authority reported its results for the 2024/25 "
            "financial year to Parliament.\nThe Durban terminal handled 2.9 million boxes in "
            "2024/25, up from 2.7 million in 2023/24.",
            "2024/25",
            "2024-04-01",
            "2025-03-31",
        ),
        (
            "SOUTH AFRICA: PORTS REPORT\nThe authority reported its results for the 2024/25 "
            "financial year to Parliament.\nThe Durban terminal handled 2.9 million boxes in "
            "2024/25, up from 2.7 million in 2023/24.",
            "2023/24",
            "2023-04-01",
            "2024-03-31",
        ),
        (
            "India's railways\nIndian Railways set out its freight plan for fiscal year 2025-26 "
            "in its budget papers.\nIt carried 1,617 million tonnes in 2024/25, the ministry said.",
            "2024/25",
            "2024-04-01",
            "2025-03-31",
        ),
        (
            "Eswatini energy explainer\nThe kingdom used 1,310 GWh in the 2024/25 financial "
            "year, the regulator says.\nImports cost the utility E1.5 billion in 2023/24.",
            "2023/24",
            "2023-04-01",
            "2024-03-31",
        ),
    ],
)
def test_a_bare_split_year_takes_the_page_s_fiscal_year(
    text: str, surface: str, start: str, end: str
) -> None:
    assert (surface, start, end) in dated(text)


def test_a_page_with_no_fiscal_split_year_keeps_the_plain_reading() -> None:
    text = (
        "SOUTH AFRICA: PORTS REPORT\nThe Durban terminal handled 2.9 million boxes in 2024/25, "
        "the port authority said."
    )
    assert season_start(text) is None
