"""A day anaphor followed by a relative year ('the same day last year', 'the same date next
year') is one date: the day the text spoke of last, moved to that year; the year words are no
date of their own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import spans

WED_21_JAN_2026 = dt.date(2026, 1, 21)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By 19 January 2026 the toll stood at five, compared with eleven by the same date last year.",
            ("the same date last year", "2025-01-19", "2025-01-19"),
        ),
        (
            "The box office sold 4,100 tickets on 2 January, against 3,600 on the same day last year.",
            ("the same day last year", "2025-01-02", "2025-01-02"),
        ),
        (
            "The fair closes on 14 January; organisers plan to reopen on the very same date next year.",
            ("the very same date next year", "2027-01-14", "2027-01-14"),
        ),
        (
            "Turnout was 41% at noon on Sunday, up from 35% at that same day last year.",
            ("that same day last year", "2025-01-18", "2025-01-18"),
        ),
    ],
)
def test_a_same_day_anaphor_takes_a_following_relative_year(
    text: str, expected: tuple[str, str, str]
) -> None:
    found = spans(text, WED_21_JAN_2026)
    assert expected in found
    assert not any(span in ("last year", "next year") for span, _, _ in found)


def test_a_same_day_anaphor_alone_keeps_its_day() -> None:
    text = "Latvia shut the crossing on 4 January, and Estonia followed on the same day."
    assert ("the same day", "2026-01-04", "2026-01-04") in spans(text, WED_21_JAN_2026)
