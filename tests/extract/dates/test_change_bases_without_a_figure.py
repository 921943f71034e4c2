"""A year, or a period counted back by years, that a change in per cent or by a fraction is
measured against, with no figure of its own ('up 14% on 2023', 'a fifth more than a year
earlier'), is the base of the comparison, no claim; the period the figure is for is. A base with
its own figure is a level and stays dated, and so does a year ahead, when a change takes effect
(dates.json change_base_doc)."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import THU_06_NOV_2025, spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ferry crossings reached 3.2 million in 2024, up 11% on 2023.", ["2024"]),
        (
            "The agency logged 900 reports last year, a 40% increase on the year before.",
            ["last year"],
        ),
        (
            "Arrivals in the first half were 18 percent lower than a year earlier.",
            ["the first half"],
        ),
        ("In 2025 coffee exports rose by about a fifth compared with the previous year.", ["2025"]),
        (
            "Tolls earned $4 million in the first nine months, up 7% on the same period of 2024.",
            ["the first nine months"],
        ),
        ("Revenue will have climbed 12 per cent over 2023 once the year closes.", []),
    ],
)
def test_a_base_with_no_figure_of_its_own_is_no_claim(text: str, expected: list[str]) -> None:
    assert [s for s, _, _ in spans(text, THU_06_NOV_2025)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seizures reached 118 in 2025, up from 74 the year before.", ["2025", "the year before"]),
        ("Coral cover fell to 16% in 2024 from 27% in 2009.", ["2024", "2009"]),
        ("Water tariffs will rise 5% from 2027, the regulator said.", ["2027"]),
        ("Prices rose 8% from April after the levy doubled.", ["April"]),
    ],
)
def test_a_level_or_a_date_ahead_stays_a_claim(text: str, expected: list[str]) -> None:
    assert [s for s, _, _ in spans(text, THU_06_NOV_2025)] == expected
