"""A verb that extends a term, its object and then 'to' before a yearless day ('a judge
renewed the ban on the shipper's vessels to 30 Nov'): the new end, read ahead as a moved day
is (claims/data/dates.json 'extension_verbs', 'moved_to_prepositions'), when its past reading
would be months back."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import one

LATE_JULY = dt.date(2025, 7, 23)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A judge extended the freeze on the broker's three accounts to 31 Dec.", "2025-12-31"),
        (
            "Regulators have extended the curbs on grain exports from the port to 15 October.",
            "2025-10-15",
        ),
        ("The board is extending the chief executive's contract to 1 February.", "2026-02-01"),
        (
            "Parliament prolonged the state of emergency in the two eastern provinces to "
            "10 September.",
            "2025-09-10",
        ),
    ],
)
def test_a_term_extended_to_a_day_ends_ahead(text: str, day: str) -> None:
    _span, start, end = one(text, LATE_JULY)
    assert (start, end) == (day, day)


def test_a_day_extended_to_recently_stays_behind() -> None:
    _span, start, _end = one("The ministry extended the filing window to 30 June.", LATE_JULY)
    assert start == "2025-06-30"
