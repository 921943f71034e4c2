"""A present copula right before a yearless date names the day of something to come ('the last
day to apply is 30 June', 'polling day is on 1 August'; dates.json 'naming_copulas'): the date
looks ahead when its past reading is months back. Told with 'was', it stays behind."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import TUE_10_JUN_2025, spans


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The last day to file a claim with the insurer is 30 June.", "2025-06-30"),
        ("The closing date for tenders for the new ferry is 4 September.", "2025-09-04"),
        ("Polling day is on 1 August, the electoral commission says.", "2025-08-01"),
        ("For now the first sailing of the season is 15 July.", "2025-07-15"),
    ],
)
def test_a_day_named_by_a_present_copula_looks_ahead(text: str, day: str) -> None:
    assert [(s, e) for _, s, e in spans(text, TUE_10_JUN_2025)] == [(day, day)]


def test_a_day_named_by_a_past_copula_stays_behind() -> None:
    text = "The last sailing of the old ferry was 15 July, after 40 years in service."
    assert [(s, e) for _, s, e in spans(text, TUE_10_JUN_2025)] == [("2024-07-15", "2024-07-15")]
