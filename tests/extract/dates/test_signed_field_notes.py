"""Field notes signed with their day ('— 9 May 2026, Kisumu') over a paragraph: that paragraph
speaks from the note's day, and where it ends the page's own day takes over again."""

from __future__ import annotations

import datetime as dt

from claims.extract.dates.headings import reference_day, signed_days

PUBLISHED = dt.date(2026, 5, 20)

PAGE = """UPDATES FROM OUR TEAMS
— 14 May 2026, Kisumu
Volunteers handed out 300 mosquito nets on Monday.
— 6 May 2026, Nairobi
We reached our first target on Sunday, a week early.
– 29 April 2026
Our grain store reopened yesterday after the floods.

HOW TO GIVE
Donations made before Friday are matched.
"""


def _day_of(phrase: str) -> dt.date | None:
    return reference_day(signed_days(PAGE, PUBLISHED), PAGE.index(phrase), PUBLISHED)


def test_each_signed_note_speaks_from_its_day() -> None:
    assert _day_of("Volunteers handed") == dt.date(2026, 5, 14)
    assert _day_of("We reached") == dt.date(2026, 5, 6)
    assert _day_of("Our grain store") == dt.date(2026, 4, 29)


def test_the_page_day_returns_after_the_notes() -> None:
    assert _day_of("Donations made") == PUBLISHED


def test_one_signed_line_alone_is_no_run_of_notes() -> None:
    page = "— 3 May 2026, Mombasa\nThe port cleared 40 ships on Tuesday.\n"
    assert signed_days(page, PUBLISHED) == []


def test_a_signed_day_after_publication_is_no_note() -> None:
    page = "— 30 May 2026, Kisii\nA clinic opens.\n— 31 May 2026, Kericho\nA school opens.\n"
    assert signed_days(page, PUBLISHED) == []
