"""'the March quarter': the quarter a month ends (Australian and New Zealand usage)."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import TUE_10_JUN_2025, spans


@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        (
            "The median wait was 287 days in the March quarter.",
            "the March quarter",
            "2025-01-01",
            "2025-03-31",
        ),
        (
            "GDP grew 0.6% in the September quarter of 2024.",
            "the September quarter of 2024",
            "2024-07-01",
            "2024-09-30",
        ),
        (
            "Prices rose in the December quarter of last year.",
            "the December quarter of last year",
            "2024-10-01",
            "2024-12-31",
        ),
        (
            "Approvals fell 4% over the December quarter, the bureau said.",
            "the December quarter",
            "2024-10-01",
            "2024-12-31",
        ),
    ],
)
def test_a_quarter_named_by_its_last_month(text: str, span: str, start: str, end: str) -> None:
    assert (span, start, end) in spans(text, TUE_10_JUN_2025)


def test_a_year_earlier_counts_back_from_the_quarter() -> None:
    text = "The wait was 287 days in the March quarter, down from 341 days a year earlier."
    assert ("a year earlier", "2024-01-01", "2024-03-31") in spans(text, TUE_10_JUN_2025)
