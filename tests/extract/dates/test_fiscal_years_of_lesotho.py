"""Lesotho's fiscal year runs from April to March (claims/data/dates.json 'fiscal_years'): a split or
fiscal year on a page that names Lesotho, Maseru or the Basotho takes those months, also where a
trade partner (after 'to') is named nearer before it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import spans_at_home

PUBLISHED = dt.date(2026, 8, 20)


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "Lesotho's wool exports fell to a four-year low in the 2025/26 fiscal year, the "
            "central bank in Maseru said.",
            "the 2025/26 fiscal year",
            "2025-04-01",
            "2026-03-31",
        ),
        (
            "Maseru will spend more on rural roads over the 2026-27 financial year, the finance "
            "minister has told parliament.",
            "the 2026-27 financial year",
            "2026-04-01",
            "2027-03-31",
        ),
        (
            "Basotho herders were paid less for mohair in the 2024/25 financial year than in "
            "any year since the drought.",
            "the 2024/25 financial year",
            "2024-04-01",
            "2025-03-31",
        ),
        (
            "Lesotho's factories sent more trousers to South Africa in the 2025/26 fiscal year, "
            "though each pair fetched less than one sold to Europe.",
            "the 2025/26 fiscal year",
            "2025-04-01",
            "2026-03-31",
        ),
    ],
)
def test_a_fiscal_year_of_lesotho_runs_april_to_march(
    text: str, surface: str, start: str, end: str
) -> None:
    assert (surface, start, end) in spans_at_home(text, PUBLISHED)
