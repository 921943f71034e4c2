"""An Australian page often names only its state or territory, or stamps its time in an Australian
zone (claims/data/dates.json 'fiscal_years'): its split financial year still runs July to June."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import spans_at_home

PUBLISHED = dt.date(2026, 8, 6)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Harbour News\nUpdated 6 Aug 2026, 9:15am AEST\n\nThe ferry operator expects to carry more "
            "commuters across the bay in the 2026-27 financial year, its chief executive said.",
            "2026-27 financial year",
        ),
        (
            "Queensland councils will share $40 million for flood-damaged bridges, spread over the "
            "2026-27 financial year, the state's disaster agency said on its website.",
            "2026-27 financial year",
        ),
        (
            "Clinics across the Northern Territory had their grants cut for the 2026/27 financial "
            "year, which leaves remote towns short of nurses, a health union says.",
            "2026/27 financial year",
        ),
        (
            "Tasmania's salmon farms must cut their stocking numbers in the 2026-27 financial year "
            "under new lease terms, the regulator confirmed.",
            "2026-27 financial year",
        ),
    ],
)
def test_an_australian_state_page_reads_a_july_year(text: str, surface: str) -> None:
    assert [(s, e) for span, s, e in spans_at_home(text, PUBLISHED) if span.endswith(surface)] == [
        ("2026-07-01", "2027-06-30")
    ]
