"""Day anaphors ('the same day', 'the next day', 'a day earlier', 'two days later') count from a
day the text spoke of: the last one in an earlier paragraph when paragraphs without a day (a
detail, a live page's time stamp) stand between; and a day that lies ahead (a rule that takes
effect later) is no anchor for an act the text tells in the past tense."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import WED_12_MAR_2025, days, surface_spans


@pytest.mark.parametrize(
    ("before", "text", "surface", "day"),
    [
        (
            "The coast guard boarded the tanker on 3 March.\n\n"
            "Its crew of 19 was held for questioning.\n\n",
            "The next day, the owners paid a bond of $2 million.",
            "The next day",
            "2025-03-04",
        ),
        (
            "Regulators fined the lender on Tuesday.\n\n14:20\n",
            "Its shares had fallen 6% the day before, traders said.",
            "the day before",
            "2025-03-10",
        ),
        (
            "Oslo listed six shipping firms on Monday, the ministry said.\n\n"
            "The firms manage some 40 tankers.\n\nNone of them replied to requests for comment.\n\n",
            "Denmark followed on the same day with entry bans on two managers.",
            "the same day",
            "2025-03-10",
        ),
        (
            "Rebels shelled the airport on 2 March.\n\nFlights were diverted to the north.\n\n",
            "Two days later, the runway reopened for aid planes.",
            "Two days later",
            "2025-03-04",
        ),
    ],
)
def test_a_day_anaphor_counts_from_the_last_dated_paragraph(
    before: str, text: str, surface: str, day: str
) -> None:
    assert (surface, day) in days(text, before, WED_12_MAR_2025)


@pytest.mark.parametrize(
    ("before", "text", "surface", "day"),
    [
        (
            None,
            "The ministry listed 14 firms on Monday. The bans take effect on Friday. "
            "Canada froze the assets of six of them on the same day.",
            "the same day",
            "2025-03-10",
        ),
        (
            "Seoul designated 30 people on Tuesday, and the list takes effect on Friday.\n\n",
            "Tokyo froze the assets of twelve of them on the same day.",
            "the same day",
            "2025-03-11",
        ),
        (
            None,
            "The court ruled on 4 March that the new rules apply from 20 March. "
            "A day later, the government appealed.",
            "A day later",
            "2025-03-05",
        ),
        (
            "Parliament passed the bill on Monday; it comes into force on Sunday.\n\n",
            "The opposition had walked out of the chamber the day before.",
            "the day before",
            "2025-03-09",
        ),
    ],
)
def test_a_past_act_does_not_count_from_a_day_ahead(
    before: str | None, text: str, surface: str, day: str
) -> None:
    assert (surface, day) in days(text, before, WED_12_MAR_2025)


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        (
            "The bans take effect on Friday. Exporters will have to file new papers the next day.",
            "the next day",
            "2025-03-15",
        ),
        (
            "The summit opens on Monday 17 March; ministers will meet a day earlier.",
            "a day earlier",
            "2025-03-16",
        ),
    ],
)
def test_a_look_ahead_still_counts_from_the_day_ahead(text: str, surface: str, day: str) -> None:
    assert (surface, day) in days(text, None, WED_12_MAR_2025)


@pytest.mark.parametrize(
    "between",
    [
        "Trade with the country fell by a third last year.\n\n",
        "The rules rest on a 2019 agreement between the two states.\n\n",
        "Talks on a new accord began in October.\n\n",
        "Freight rates doubled in the second quarter.\n\n",
    ],
)
def test_a_paragraph_about_another_period_ends_the_look_back(between: str) -> None:
    before = "The bloc adopted its package on 24 February.\n\n" + between
    text = "The embassy said the day before that it would respond."
    assert days(text, before, WED_12_MAR_2025) == [("the day before", "2025-03-11")]


def test_a_since_bound_does_not_end_the_look_back() -> None:
    before = (
        "The agency listed nine firms on Monday.\n\n"
        "Their tankers have called at the port 11 times since January.\n\n"
    )
    text = "Britain froze the assets of two of them on the same day."
    assert days(text, before, WED_12_MAR_2025) == [("the same day", "2025-03-10")]


@pytest.mark.parametrize(
    "before",
    [
        "The move follows sanctions imposed by Canada on 20 February and by Britain in January.\n\n",
        "Oslo listed the firms on 3 March; Bern followed in 2024.\n\n",
        "The tanker was boarded on 1 March, its third detention this year.\n\n",
        "Drones hit the depot on 5 March and again in the autumn of last year.\n\n",
    ],
)
def test_a_period_spoken_of_after_a_day_ends_its_reach(before: str) -> None:
    text = "The embassy said the day before that it would respond."
    assert days(text, before, WED_12_MAR_2025) == [("the day before", "2025-03-11")]


def test_a_day_spoken_of_last_in_its_paragraph_is_counted_from() -> None:
    before = "Canada listed the firms in February and Britain on 3 March.\n\n"
    text = "Japan followed the next day."
    assert days(text, before, WED_12_MAR_2025) == [("the next day", "2025-03-04")]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya listed the firm on 4 May. Uganda followed on the same date.",
        "The bank froze the first account on 4 May, and the second was frozen on the same date.",
        "Regulators suspended the licence on 4 May; the broker's accounts were seized the same date.",
        "On 4 May the court froze the shares. The very same date, police searched the offices.",
    ],
)
def test_the_same_date_is_the_day_named_before(text: str) -> None:
    found = surface_spans(text, dt.date(2025, 12, 1))
    assert [(s, e) for _, s, e in found] == [("2025-05-04", "2025-05-04")] * 2
