"""A label's words and its year before the colon ('Rice crop 2024: 3.1m t') date the figure
after a box's own label too ('Data panel: ...') and in a piece of a piped line ('... | Maize crop
2023: 1.2m t'), as they do at a line's start."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import resolved

PUBLISHED = dt.date(2026, 5, 20)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Data panel: Rice crop 2024: 3.1m t | Share exported: 12%", "2024"),
        ("At a glance: Visitors 2025: 1.9 million | Hotels: 410", "2025"),
        ("Hotels: 410 | Cruise calls 2023: 212 | Beds: 9,800", "2023"),
        ("Quick facts: Coal burned 2022: 8.4m t", "2022"),
    ],
)
def test_a_label_year_after_a_box_label_or_a_pipe_dates_its_figure(text: str, year: str) -> None:
    assert [(s, e) for _surface, s, e, _g in resolved(text, PUBLISHED)] == [
        (f"{year}-01-01", f"{year}-12-31")
    ]
