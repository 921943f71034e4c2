"""A deadline 'by the end of' a month or a year names the period's last day, as a level read 'at
the end of' it does; 'before' or 'until the end of' it, and an analyst's compact 'by end-2025',
keep its late part."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import THU_13_MAR_2025, surface_spans


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "The refinery must cut its sulphur output by the end of 2027.",
            "2027-12-31",
            "2027-12-31",
        ),
        (
            "By the end of October the new terminal had been handed over to the port.",
            "2024-10-31",
            "2024-10-31",
        ),
        (
            "Lenders expect the loan to be repaid by the end of the year.",
            "2025-12-31",
            "2025-12-31",
        ),
        ("A ruling is due by the end of this month, the court said.", "2025-03-31", "2025-03-31"),
    ],
)
def test_a_deadline_by_the_end_of_a_period_is_its_last_day(text: str, start: str, end: str) -> None:
    [(_, s, e)] = surface_spans(text, THU_13_MAR_2025)
    assert (s, e) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The fleet will return to port before the end of June.", "2025-06-21", "2025-06-30"),
        ("The curfew stays in place until the end of April.", "2025-04-21", "2025-04-30"),
        ("Analysts see two more rate cuts by end-2025.", "2025-09-01", "2025-12-31"),
    ],
)
def test_before_or_until_the_end_keeps_the_late_part(text: str, start: str, end: str) -> None:
    [(_, s, e)] = surface_spans(text, THU_13_MAR_2025)
    assert (s, e) == (start, end)
