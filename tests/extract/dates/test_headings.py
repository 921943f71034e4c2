"""Day headings of live pages date the entries below them (claims.extract.dates.headings)."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import iter_dates
from claims.extract.dates.headings import day_headings, reference_day

PUBLISHED = dt.date(2025, 3, 13)  # a Thursday

LIVE = """Floods live: river crests in the south
Updated: 16:20

Thursday 13 March

16:20
Crews reopened the bridge this afternoon.

Wednesday 12 March

22:05
The mayor said tonight that schools would stay shut.

09:40
Water levels rose this morning, a day after the dam was opened.
"""


def _day_of(text: str, phrase: str) -> str:
    heads = day_headings(text, PUBLISHED)
    at = text.index(phrase)
    line = text[text.rfind("\n", 0, at) + 1 : text.find("\n", at)]
    day = reference_day(heads, at, PUBLISHED)
    return str(next(r.start for m, r in iter_dates(line, day) if line[m.start : m.end] == phrase))


def test_entries_under_an_older_heading_speak_from_that_day() -> None:
    assert _day_of(LIVE, "tonight") == "2025-03-12"
    assert _day_of(LIVE, "this morning") == "2025-03-12"
    assert _day_of(LIVE, "this afternoon") == "2025-03-13"


def test_headings_in_other_notations() -> None:
    text = "12:00\nUpdate\n\nTuesday, March 11\n\n11:00\nA drone hit the port yesterday.\n"
    [(_, day)] = day_headings(text, PUBLISHED)
    assert day == dt.date(2025, 3, 11)
    assert day_headings("10:15 CET\n\n10.03.2025\n\n09:00\nText.\n", PUBLISHED)[0][1] == dt.date(
        2025, 3, 10
    )
    assert day_headings("08:00\n\n2025-03-09:\n\nText.\n", PUBLISHED)[0][1] == dt.date(2025, 3, 9)


def test_no_heading_without_timestamps_or_in_a_sentence() -> None:
    assert day_headings("Wednesday 12 March\n\nThe talks ended on Monday.\n", PUBLISHED) == []
    text = "10:00\nTalks resumed on Wednesday 12 March.\nThursday 20 March\n"
    assert day_headings(text, PUBLISHED) == []  # a sentence, and a day after publication
    assert reference_day([], 5, PUBLISHED) == PUBLISHED


def _live_with(heading: str) -> str:
    return (
        "Port strikes live\nUpdated: 18:05\n\n18:05\nTwo ships left the port this afternoon.\n\n"
        f"{heading}\n21:40\nA drone hit the grain terminal this morning.\n"
    )


@pytest.mark.parametrize(
    ("heading", "day"),
    [
        ("Yesterday's update", "2025-03-12"),
        ("Yesterday’s live updates", "2025-03-12"),
        ("Yesterday", "2025-03-12"),
        ("Earlier today", "2025-03-13"),
    ],
)
def test_a_day_word_heading_dates_the_entries_under_it(heading: str, day: str) -> None:
    text = _live_with(heading)
    assert _day_of(text, "this morning") == day
    assert _day_of(text, "this afternoon") == "2025-03-13"


def test_a_sentence_opening_with_a_day_word_is_no_heading() -> None:
    text = _live_with("Yesterday the regional governor said repairs would take weeks.")
    assert _day_of(text, "this morning") == "2025-03-13"
