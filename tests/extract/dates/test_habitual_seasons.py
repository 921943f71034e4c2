"""A bare season in a sentence told in neither the past nor the future ('in winter the mill grinds
less'): a season that recurs, no date; told in the past, ahead, or with 'this'/'last', it
dates an event."""

from __future__ import annotations

import pytest

from claims.extract.dates.finder import find_dates


def surfaces(text: str) -> list[str]:
    return [text[m.surface_start : m.end] for m in find_dates(text)]


@pytest.mark.parametrize(
    "text",
    [
        "In winter, the dam runs at half its capacity and the grid imports power.",
        "The lagoon in summer hosts some 900 storks.",
        "During spring the river carries most of its silt to the delta.",
        "Ferries sail twice a day in winter and hourly in summer.",
    ],
)
def test_a_season_that_recurs_is_no_date(text: str) -> None:
    assert surfaces(text) == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The plant will reopen in spring.", "in spring"),
        ("The bridge closed in winter after a landslide.", "in winter"),
        ("Sales rise this winter, the grocers say.", "this winter"),
        ("In spring, the ministry plans to open two more depots.", "In spring"),
    ],
)
def test_a_season_told_in_the_past_or_ahead_dates_it(text: str, surface: str) -> None:
    assert surfaces(text) == [surface]
