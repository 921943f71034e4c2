"""A question told in the simple present that ends on a date ('What changes on January 1?') asks
what will happen then: the date is ahead of publication. A question in the past, or a statement,
keeps the most recent reading."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

PUBLISHED = dt.date(2025, 10, 9)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("What changes on January 1?", ("on January 1", "2026-01-01", "2026-01-01")),
        ("What happens to bus fares in March?", ("in March", "2026-03-01", "2026-03-31")),
        ("Who pays the new landfill levy from April?", ("from April", "2026-04-01", "2026-04-30")),
        ("Who qualifies for the rebate in June?", ("in June", "2026-06-01", "2026-06-30")),
    ],
)
def test_a_present_question_ending_on_a_date_looks_ahead(
    text: str, span: tuple[str, str, str]
) -> None:
    assert surface_spans(text, PUBLISHED) == [span]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("What changed in July?", ("in July", "2025-07-01", "2025-07-31")),
        ("What was agreed on 3 October?", ("on 3 October", "2025-10-03", "2025-10-03")),
        ("Here is what changes hit tenants in July.", ("in July", "2025-07-01", "2025-07-31")),
    ],
)
def test_a_past_question_or_a_statement_keeps_the_recent_date(
    text: str, span: tuple[str, str, str]
) -> None:
    assert surface_spans(text, PUBLISHED) == [span]
