"""A date right after 'ahead of', or a few words after it, names what the act prepares for: the
coming one ('police stepped up patrols ahead of Saturday's march'), not the last one before
publication."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import WED_24_SEP_2025, spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police stepped up patrols ahead of Saturday's march.", ("Saturday", "2025-09-27")),
        (
            "Growers have been harvesting early ahead of the frosts in October.",
            ("October", "2025-10-01"),
        ),
        (
            "The regulator is barring 30 agents ahead of the auction on Monday.",
            ("Monday", "2025-09-29"),
        ),
        (
            "Importers rushed to clear cargo ahead of the tariff rise on 1 October, brokers said.",
            ("1 October", "2025-10-01"),
        ),
    ],
)
def test_a_date_after_ahead_of_looks_ahead(text: str, expected: tuple[str, str]) -> None:
    assert (spans(text, WED_24_SEP_2025)[0][0], spans(text, WED_24_SEP_2025)[0][1]) == expected


def test_a_written_year_after_ahead_of_keeps_it() -> None:
    assert spans("Money flowed in ahead of the March 2024 election.", WED_24_SEP_2025) == [
        ("March 2024", "2024-03-01", "2024-03-31")
    ]
