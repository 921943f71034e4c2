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


@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [  # after a figure, with the day named in an earlier sentence: the month before its month
        (
            "Prices touched a high on 21 October. Discounts narrowed to 12.8% from 15.4% a month"
            " before.",
            "a month before",
            "2025-09-01",
            "2025-09-30",
        ),
        (
            "Stocks hit a record on 9 October. The fund then held 4,100 tonnes, against 3,950"
            " tonnes a month earlier.",
            "a month earlier",
            "2025-09-01",
            "2025-09-30",
        ),
        (
            "The auction closed on 14 August. Bids averaged $2.10, up from $1.95 a month before.",
            "a month before",
            "2025-07-01",
            "2025-07-31",
        ),
        # the same sentence's day, or no figure before it: a day a month back
        (
            "On 3 March the index hit 100, up from 90 a month earlier.",
            "a month earlier",
            "2025-02-03",
            "2025-02-03",
        ),
        (
            "The index peaked on 12 February. A month later it had fallen.",
            "A month later",
            "2025-03-12",
            "2025-03-12",
        ),
    ],
)
def test_a_month_before_a_figure_after_a_day_told_before_is_a_month(
    text: str, span: str, start: str, end: str
) -> None:
    assert (span, start, end) in spans(text, THU_06_NOV_2025)
