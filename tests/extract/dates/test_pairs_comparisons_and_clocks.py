"""A look-ahead word after 'than' is a comparison with what was foreseen, not a plan; a verb in
the past right after the date tells its clause in the past; two day words or weekdays joined by
'and' are one span; a four-figure time before a time zone is a clock time, no year."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import WED_24_SEP_2025, spans


@pytest.mark.parametrize(
    ("text", "span", "day"),
    [
        ("Inflation slowed to 2.1% in August, less than forecast on Monday.", "Monday", "22"),
        ("The river crested lower than expected on Sunday, officials said.", "Sunday", "21"),
        ("Rents rose more slowly than forecasts on Friday had suggested.", "Friday", "19"),
        ("Storage is filling faster than expected on Tuesday.", "Tuesday", "23"),
    ],
)
def test_a_cue_after_than_compares_and_sets_no_date_ahead(text: str, span: str, day: str) -> None:
    assert (span, f"2025-09-{day}", f"2025-09-{day}") in spans(text, WED_24_SEP_2025)


@pytest.mark.parametrize(
    ("text", "span", "day"),
    [
        (
            "Fares will rise 5% from January after the transport board on Monday approved a budget.",
            "Monday",
            "22",
        ),
        (
            "Ticket prices will go up, after the league on Friday confirmed the new rules.",
            "Friday",
            "19",
        ),
        (
            "Workers will get a raise because the council on Tuesday voted to lift the cap.",
            "Tuesday",
            "23",
        ),
        (
            "The ferry will resume service once repairs finish, the operator on Sunday told"
            " passengers.",
            "Sunday",
            "21",
        ),
    ],
)
def test_a_past_verb_right_after_the_date_tells_its_clause_in_the_past(
    text: str, span: str, day: str
) -> None:
    assert (span, f"2025-09-{day}", f"2025-09-{day}") in spans(text, WED_24_SEP_2025)


def test_a_participle_phrase_after_the_date_leaves_the_look_ahead() -> None:
    text = "The new fares will apply from Monday based on distance."
    assert ("Monday", "2025-09-29", "2025-09-29") in spans(text, WED_24_SEP_2025)


@pytest.mark.parametrize(
    ("text", "span", "first", "last"),
    [
        (
            "Ferries were cancelled yesterday and today because of the gale.",
            "yesterday and today",
            "23",
            "24",
        ),
        ("Schools will stay shut today and tomorrow.", "today and tomorrow", "24", "25"),
        ("The court heard arguments on Monday and Tuesday.", "Monday and Tuesday", "22", "23"),
        ("Ministers will meet on Thursday and Friday in Oslo.", "Thursday and Friday", "25", "26"),
        ("The ruling is due today or tomorrow.", "today or tomorrow", "24", "25"),
    ],
)
def test_two_days_joined_by_and_are_one_span(text: str, span: str, first: str, last: str) -> None:
    assert spans(text, WED_24_SEP_2025) == [(span, f"2025-09-{first}", f"2025-09-{last}")]


@pytest.mark.parametrize(
    "text",
    [
        "Brent crude traded at $71 a barrel by 1915 GMT.",
        "Trading stayed halted until 2045 UTC.",
        "Shares had fallen 3% since 1930 local time.",
        "Lines at the depot had cleared by 2010 CET.",
    ],
)
def test_a_four_figure_time_before_a_time_zone_is_no_year(text: str) -> None:
    assert spans(text, WED_24_SEP_2025) == []


def test_a_year_with_no_zone_after_it_stays_a_year() -> None:
    assert spans("The bridge opened in 1998.", WED_24_SEP_2025) == [
        ("1998", "1998-01-01", "1998-12-31")
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Officials met yesterday and today's talks went well.",
            [("yesterday", "2025-09-23", "2025-09-23"), ("today", "2025-09-24", "2025-09-24")],
        ),
        (
            "The board will vote on Thursday and Friday's session will follow.",
            [("Thursday", "2025-09-25", "2025-09-25"), ("Friday", "2025-09-26", "2025-09-26")],
        ),
        (
            "Trains ran on Monday and Wednesday last week.",
            [("Monday and Wednesday last week", "2025-09-15", "2025-09-17")],
        ),
        (
            "Crews will work on Friday or Saturday next week.",
            [("Friday or Saturday next week", "2025-10-03", "2025-10-04")],
        ),
    ],
)
def test_a_possessive_second_day_is_its_own_date_and_a_named_week_holds_both(
    text: str, found: list[tuple[str, str, str]]
) -> None:
    assert spans(text, WED_24_SEP_2025) == found


@pytest.mark.parametrize(
    ("text", "span", "month"),
    [
        (
            "The bloc is weighing new listings, envoys said, with a decision possible at a"
            " leaders' summit in April.",
            "April",
            "2026-04",
        ),
        (
            "Lawmakers are drafting the bill, with a final vote possible in March.",
            "March",
            "2026-03",
        ),
        ("Further rate cuts are possible in February, the governor said.", "February", "2026-02"),
        (
            "Rolling blackouts remain possible in January, the grid operator warned.",
            "January",
            "2026-01",
        ),
    ],
)
def test_an_event_said_to_be_possible_in_a_month_looks_ahead(
    text: str, span: str, month: str
) -> None:
    [(found, start, _end)] = spans(text, WED_24_SEP_2025)
    assert (found, start[:7]) == (span, month)


@pytest.mark.parametrize(
    "text",
    [
        "Prices hit the lowest possible level in March.",
        "It is possible that the ship sailed in March.",
        "The rescue was made possible by donations in March.",
    ],
)
def test_possible_as_no_plan_leaves_the_month_behind(text: str) -> None:
    assert spans(text, WED_24_SEP_2025) == [("March", "2025-03-01", "2025-03-31")]
