"""A page's own date line near the top may be written in French, Spanish or Portuguese above an
English text ('Jeudi 4 décembre 2025 · ...'): with no English day on it, its day is the day the
page speaks from (dates.json 'page_day_months', read by claims.extract.chunking.dateline), and the
line is metadata, not a claim."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.chunking import dateline
from claims.extract.dates.headings import page_day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("CITY RADIO\nJeudi 4 décembre 2025 · Read by the news desk\nGood evening.", (2025, 12, 4)),
        ("Wire item 12 · Filed 7 févr. 2026 08:05 GMT · Desk: ECO\nPort fees rose.", (2026, 2, 7)),
        ("Publicado el 19 de agosto de 2024 | Redacción\nThe council met.", (2024, 8, 19)),
        ("Lisboa · 1 de outubro de 2025 · English edition\nFerries resumed.", (2025, 10, 1)),
    ],
)
def test_a_date_line_in_another_language_gives_the_page_its_day(
    text: str, day: tuple[int, int, int]
) -> None:
    found = dateline(text)
    assert found is not None
    assert found[0] == dt.date(*day)


@pytest.mark.parametrize(
    "line",
    [
        "Du 3 mars 2025 au 9 mars 2025 · programme",  # two days: no single day of the page
        "Édition de septembre 2025 · Sommaire",  # a month, no day
        "Le 31 février 2025 · erratum",  # no such day
    ],
)
def test_no_single_day_no_page_day(line: str) -> None:
    assert page_day(line) is None
