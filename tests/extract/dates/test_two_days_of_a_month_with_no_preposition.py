"""Two days of one month joined by 'and' with no preposition before them, as a table cell, a
label's value or a participle gives them ('| Hearings | 9 and 12 May 2025 |'), run from the first
day to the second, as they do after 'on' or 'between'; a figure or a range's end before the first
day keeps it out."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import THU_06_FEB_2025, spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "| Site visits | 10 and 11 March 2025 | Bidders |",
            [("10 and 11 March 2025", "2025-03-10", "2025-03-11")],
        ),
        (
            "Oral hearings: 24 and 27 February 2025",
            [("24 and 27 February 2025", "2025-02-24", "2025-02-27")],
        ),
        (
            "The two rounds of talks, held 3 and 4 February, ended without a deal.",
            [("3 and 4 February", "2025-02-03", "2025-02-04")],
        ),
        (
            "Written tests 18 and 19 March 2025 (from 09:00)",
            [("18 and 19 March 2025", "2025-03-18", "2025-03-19")],
        ),
        (
            "The ferries sailed on 2 and 3 January.",
            [("2 and 3 January", "2025-01-02", "2025-01-03")],
        ),
    ],
)
def test_two_days_of_a_month_run_from_the_first(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert spans(text, THU_06_FEB_2025) == expected


def test_a_figure_before_the_first_day_keeps_it_out() -> None:
    assert spans("Shares rose 2.5 and 3 March was flat.", THU_06_FEB_2025) == [
        ("3 March", "2024-03-03", "2024-03-03")
    ]
