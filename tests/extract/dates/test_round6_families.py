"""Date families of round 6, in phrasings of our own: a press release's dated lead ("Place,
full date - ...") is metadata like a wire dateline, while the dates of the sentence after it are
claims."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import iter_dates

DAY = dt.date(2025, 3, 14)


def surfaces(text: str) -> list[str]:
    return [text[m.start : m.end] for m, _ in iter_dates(text, DAY)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Bern, 14.03.2025 - The department widened the list on 10 March.", ["10 March"]),
        ("Vaduz, 14 March 2025 – The government adopted the measures on Monday.", ["Monday"]),
        ("Wellington, March 14, 2025 - The minister named 8 people in February.", ["February"]),
        ("Ottawa, 2025-03-14 — Canada imposed the sanctions last week.", ["last week"]),
    ],
)
def test_a_press_release_dated_lead_is_no_claim(text: str, kept: list[str]) -> None:
    assert surfaces(text) == kept
