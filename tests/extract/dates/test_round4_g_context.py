"""Day anaphors whose day sits in the paragraph before: 'the next day', 'two days later', 'a day
earlier' and a bare 'in the morning' count from the last day the previous paragraph resolved (the
date component sees one paragraph at a time and gets the text before it as context)."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import iter_dates

WED = dt.date(2025, 3, 12)  # a Wednesday


def days(text: str, context: str | None) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], str(r.start)) for m, r in iter_dates(text, WED, context)]


@pytest.mark.parametrize(
    ("before", "text", "surface", "day"),
    [
        (
            "Rescuers reached the flooded village on 3 March.\n\n",
            "The next day, they pulled two more survivors from the mud.",
            "The next day",
            "2025-03-04",
        ),
        (
            "Title line\n\nThe tanker was seized off the coast on Monday.\n\n",
            "Two days later, its crew of 24 was flown home.",
            "Two days later",
            "2025-03-12",
        ),
        (
            "Talks between the two delegations collapsed on 14 February.\n\n",
            "A day earlier, the envoys had met privately in Geneva.",
            "A day earlier",
            "2025-02-13",
        ),
        (
            "Ministers froze the assets of nine firms on Friday.\n\n",
            "The list, signed by the president in the evening, also bans exports.",
            "in the evening",
            "2025-03-07",
        ),
    ],
)
def test_a_day_anaphor_counts_from_the_previous_paragraph(
    before: str, text: str, surface: str, day: str
) -> None:
    assert (surface, day) in days(text, before)


def test_without_a_dated_paragraph_before_the_anaphor_counts_from_publication() -> None:
    assert days("The next day, the port reopened.", "The port was shut by a strike.\n\n") == [
        ("The next day", "2025-03-13")
    ]


def test_a_day_of_the_paragraph_itself_wins_over_the_context() -> None:
    text = "The bridge was hit on 5 March and reopened the next day."
    assert days(text, "Shelling began on 1 March.\n\n")[-1] == ("the next day", "2025-03-06")


def test_a_bare_day_part_without_any_day_is_no_date() -> None:
    assert days("Markets are quieter in the morning.", None) == []


def test_a_day_part_in_its_day_s_sentence_adds_no_claim() -> None:
    text = "The rouble firmed after today's decision, trading at 96.8 in the afternoon."
    assert [surface for surface, _ in days(text, None)] == ["today"]


def test_a_day_part_in_a_later_sentence_is_that_day() -> None:
    text = "The ship docked on Friday. Customs officers searched it in the evening."
    assert days(text, None) == [("Friday", "2025-03-07"), ("in the evening", "2025-03-07")]
