"""A greeting that names the day a broadcast or a page speaks on ("Good morning, it's Thursday")
is no date claim; the weekday an event happened on still is."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

PUBLISHED = dt.date(2025, 2, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Good morning, Trinidad and Tobago, it's Thursday, you're on The Breakfast Desk.",
        "Hello and welcome, it is Thursday and this is the evening bulletin.",
        "Good evening, it’s Thursday and here are the headlines.",
        "It's Thursday, so here is our weekly market wrap.",
    ],
)
def test_a_greeting_naming_the_day_is_no_claim(text: str) -> None:
    assert surface_spans(text, PUBLISHED) == []


def test_an_event_on_a_weekday_is_still_dated() -> None:
    assert surface_spans("The court ruled on Thursday that the listing stands.", PUBLISHED)
