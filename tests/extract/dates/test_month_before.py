"""'from 15.4% a month before.': 'a month before' (or 'the month before', 'a month after') that
ends its clause counts from the month the sentence names, as 'a year before' does."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import THU_06_NOV_2025, spans


@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        (
            "Margins narrowed in September to 9% from 11% a month before.",
            "a month before",
            "2025-08-01",
            "2025-08-31",
        ),
        (
            "Stocks fell to 12 days of cover in March, down from 15 the month before.",
            "the month before",
            "2025-02-01",
            "2025-02-28",
        ),
        (
            "Orders in July beat the month before, and shares rose.",
            "the month before",
            "2025-06-01",
            "2025-06-30",
        ),
        (
            "The mine shut in June; a month after, it reopened.",
            "a month after",
            "2025-07-01",
            "2025-07-31",
        ),
    ],
)
def test_a_month_before_at_a_clause_end_counts_from_the_named_month(
    text: str, span: str, start: str, end: str
) -> None:
    assert (span, start, end) in spans(text, THU_06_NOV_2025)
