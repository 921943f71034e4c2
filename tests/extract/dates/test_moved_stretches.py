"""A 'from ... to ...' of years or months after a verb that moves an event ('pushing completion
from late 2027 to mid-2028') names the old date and the new one, not one stretch; without such a
verb it stays one stretch."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import TUE_10_JUN_2025, spans


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        (
            "The contract went to a rival, pushing completion from late 2027 to mid-2028.",
            ("late 2027", "2027-09-01", "2027-12-31"),
            ("mid-2028", "2028-06-01", "2028-07-31"),
        ),
        (
            "Engineers delayed the opening from early 2026 to late 2026.",
            ("early 2026", "2026-01-01", "2026-04-30"),
            ("late 2026", "2026-09-01", "2026-12-31"),
        ),
        (
            "The launch was pushed back from March to June 2026.",
            ("March", "2025-03-01", "2025-03-31"),
            ("June 2026", "2026-06-01", "2026-06-30"),
        ),
        (
            "The board has postponed the listing from mid-2025 to early 2027.",
            ("mid-2025", "2025-06-01", "2025-07-31"),
            ("early 2027", "2027-01-01", "2027-04-30"),
        ),
    ],
)
def test_a_moved_event_has_two_dates(
    text: str, old: tuple[str, str, str], new: tuple[str, str, str]
) -> None:
    found = spans(text, TUE_10_JUN_2025)
    assert old in found and new in found


def test_a_stretch_without_a_move_stays_one() -> None:
    assert spans("Prices rose from March to June.", TUE_10_JUN_2025) == [
        ("March to June", "2025-03-01", "2025-06-30")
    ]
