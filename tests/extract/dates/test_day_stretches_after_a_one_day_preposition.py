"""'on 9 to 11 September 2025': a preposition of one day before two days a 'to' joins dates the
whole stretch (dates.json 'day_span_prepositions'), as 'from 9 to 11 September' does; a
number range that is no day stays out."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

TUE_02_JUN_2026 = dt.date(2026, 6, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The tribunal sat on 9 to 11 September 2025 to hear the appeal.",
            ("on 9 to 11 September 2025", "2025-09-09", "2025-09-11"),
        ),
        (
            "Delegates met over 2 to 4 March and agreed a draft text.",
            ("over 2 to 4 March", "2026-03-02", "2026-03-04"),
        ),
        (
            "The festival will be held on 24 until 26 July in the old town.",
            ("on 24 until 26 July", "2026-07-24", "2026-07-26"),
        ),
        (
            "Inspections took place on 12 through 14 May, the regulator said.",
            ("on 12 through 14 May", "2026-05-12", "2026-05-14"),
        ),
    ],
)
def test_a_one_day_preposition_opens_a_stretch_of_days(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in surface_spans(text, TUE_02_JUN_2026)


def test_a_range_of_figures_is_no_stretch_of_days() -> None:
    text = "Yields rose 9 to 11 per cent in May."
    assert surface_spans(text, TUE_02_JUN_2026) == [("in May", "2026-05-01", "2026-05-31")]
