"""Two weekdays joined by 'and' or 'or' with a part of the first day between them ('on Sunday
night and Monday'): one stretch over both days, as 'on Sunday and Monday' is; a possessive
second day ('Monday's match') still names a thing of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

WED_16_JUL_2025 = dt.date(2025, 7, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bridge was shut to lorries on Sunday night and Monday.",
            ("on Sunday night and Monday", "2025-07-13", "2025-07-14"),
        ),
        (
            "Heavy rain flooded the lower town on Monday evening and Tuesday, the council said.",
            ("on Monday evening and Tuesday", "2025-07-14", "2025-07-15"),
        ),
        (
            "Pickets are expected at the depot on Thursday morning or Friday.",
            ("on Thursday morning or Friday", "2025-07-17", "2025-07-18"),
        ),
        (
            "Power cuts hit three districts on Saturday afternoon and Sunday.",
            ("on Saturday afternoon and Sunday", "2025-07-12", "2025-07-13"),
        ),
    ],
)
def test_a_day_part_between_two_weekdays_keeps_them_one_stretch(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert surface_spans(text, WED_16_JUL_2025) == [expected]


def test_a_possessive_second_weekday_stays_apart() -> None:
    text = "It rained on Monday night and Tuesday's final was called off."
    assert [s for s, _, _ in surface_spans(text, WED_16_JUL_2025)] == ["on Monday", "Tuesday"]
