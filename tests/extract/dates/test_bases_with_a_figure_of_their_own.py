"""A base a change is measured against that carries its own figure after a possessive ('up 5%
on last year's 12.4 million', 'compared with this year's budget of 8 billion') is a level with
its period, so the period stays a claim; a base with no figure ('up 5% on last year') does not
(dates.json change_base_doc)."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import THU_06_NOV_2025, spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The harvest is up 4% on last year's 21.8 million tonnes.", ["last year"]),
        (
            "Grants will rise by 12 per cent on this year's allocation of NOK 3 billion.",
            ["this year"],
        ),
        ("Ticket sales fell 9% from last year's record 410,000.", ["last year"]),
        (
            "The new levy raises a fifth more than the previous year's take of $80 million.",
            ["the previous year"],
        ),
    ],
)
def test_a_possessive_base_with_its_own_figure_stays(text: str, expected: list[str]) -> None:
    assert [s for s, _, _ in spans(text, THU_06_NOV_2025)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The harvest is up 4% on last year's.",
        "Ticket sales fell 9% on last year's level.",
    ],
)
def test_a_possessive_base_with_no_figure_is_no_claim(text: str) -> None:
    assert spans(text, THU_06_NOV_2025) == []
