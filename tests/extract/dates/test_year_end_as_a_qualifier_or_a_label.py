"""'year-end' with no preposition before a noun it qualifies ('a year-end payout', 'the lender's
year-end target') names a kind of thing, not a day; nor does a report's label of its figures
('Headcount at year-end: 412'), whose year is the report's, not the page's. After a preposition
in running text ('by year-end', 'until year-end as planned') it is still the year's last day."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

WED_15_OCT_2025 = dt.date(2025, 10, 15)


@pytest.mark.parametrize(
    "text",
    [
        "The typical year-end payout rose to $3,000.",
        "A year-end shortfall of $2m is forecast for the scheme.",
        "The lender's year-end target is 5%.",
        "Headcount at year-end: 412",
        "Net debt at year-end: EUR 90m (28% of sales)",
    ],
)
def test_a_qualifying_or_label_year_end_is_no_date(text: str) -> None:
    assert surface_spans(text, WED_15_OCT_2025) == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The discount on season tickets runs until year-end as planned.", "until year-end"),
        ("Ministers want the bill passed by year-end, aides said.", "by year-end"),
    ],
)
def test_a_year_end_after_a_preposition_is_the_last_day(text: str, surface: str) -> None:
    assert (surface, "2025-12-31", "2025-12-31") in surface_spans(text, WED_15_OCT_2025)
