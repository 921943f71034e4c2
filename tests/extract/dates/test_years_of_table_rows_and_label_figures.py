"""A year that heads a table row of figures ('2019 | 4.2 | 17') and a year bracketed after a
label line's figure ('Population: 38,200 (2021)', a footnote mark after it or not): the year
those figures are for, a date claim (claims/extract/dates/stages.py, label-style lines)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import spans

PUBLISHED = dt.date(2026, 3, 9)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Season | Catch (t) | Boats\n2021 | 1,240 | 31\n2023 | 980 | 27", ["2021", "2023"]),
        (
            "| Year | Visitors | Change |\n| 2019 | 412,000 | 4% |\n| 2024 | 388,500 | -6% |",
            ["2019", "2024"],
        ),
        (
            "Output by year\n2016 | 7.5 | 2.1\n2020 | 6.9 | 2.4\n2022 | 8.3 | 2.6",
            ["2016", "2020", "2022"],
        ),
        ("Year | 2024 | 2025\nSales | 12 | 14", []),
    ],
)
def test_a_year_heading_a_row_of_figures(text: str, years: list[str]) -> None:
    assert [s for s, _, _ in spans(text, PUBLISHED)] == years


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Population: 38,200 (2021)\nArea: 12 km2", "2021"),
        ("Daily riders: 64,000 (2024)[3]\nOpened: 9 May 2011", "2024"),
        ("Fleet size: 140 buses (2023)", "2023"),
        ("Annual budget: EUR 4.6 million (2025)[12]", "2025"),
    ],
)
def test_a_year_bracketed_after_a_label_figure(text: str, year: str) -> None:
    assert (year, f"{year}-01-01", f"{year}-12-31") in spans(text, PUBLISHED)


def test_a_resolution_number_with_its_year_in_prose_is_no_label() -> None:
    text = "The envoy cited resolution 2397 (2017) in the note."
    assert spans(text, PUBLISHED) == []
