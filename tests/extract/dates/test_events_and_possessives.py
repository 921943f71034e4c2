"""Dates counted to a named event, dates whose preposition belongs to the noun they qualify, and
dates placed by the dates around them:

- "X comes a day after Y happened": the date is Y's, a day before the day of X (publication,
  or the day the text spoke of last), not the day after it;
- "from Monday's earthquake": the preposition governs the noun, so it points no date ahead;
- "the next month" / "the next year": the one after the period the text spoke of last;
- a yearless month after a month with its year in the same sentence, when publication's reading
  lies far from it: the first such after it ("shut in March 2023 and restarted in June"), or the
  last before it when the words between tell of what came first ("lifted in January 2025 after
  rains in December"); not after a month that bounds a stretch to publication ("since March
  2023", "since the mine reopened in March 2023");
- "a year ago" in a sentence that named the period it compares: that period a year back.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import resolved

WED_21_MAY_2025 = dt.date(2025, 5, 21)
WED_18_JUN_2025 = dt.date(2025, 6, 18)
THU_19_MAR_2026 = dt.date(2026, 3, 19)
WED_12_AUG_2026 = dt.date(2026, 8, 12)


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        (
            "The new tariffs come a day after talks in Geneva broke down.",
            "a day after",
            "2025-05-20",
        ),
        (
            "The strike followed two days after the port operator rejected a pay offer.",
            "two days after",
            "2025-05-19",
        ),
        (
            "The raid came a week after prosecutors opened a fraud case.",
            "a week after",
            "2025-05-14",
        ),
        (
            "Oslo's listing comes a day before the bloc's ministers meet in Brussels.",
            "a day before",
            "2025-05-22",
        ),
    ],
)
def test_a_gap_to_a_named_event_dates_the_event(text: str, surface: str, day: str) -> None:
    assert (surface, day, day, "day") in resolved(text, WED_21_MAY_2025)


def test_a_gap_after_a_dated_act_counts_from_that_day() -> None:
    text = "Rescuers reached the village on 12 May. Aid arrived two days after the road reopened."
    assert ("two days after", "2025-05-10", "2025-05-10", "day") in resolved(text, WED_21_MAY_2025)


def test_a_day_after_with_nothing_after_it_is_still_the_next_day() -> None:
    text = "Ministers met on 12 May and the decree was signed a day after."
    assert ("a day after", "2025-05-13", "2025-05-13", "day") in resolved(text, WED_21_MAY_2025)


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        ("The death toll from Monday's earthquake has risen to 214.", "from Monday", "2025-06-16"),
        (
            "Damage from Sunday's storm is put at $3 million, insurers said.",
            "from Sunday",
            "2025-06-15",
        ),
        ("The party came out of it weaker from Monday's vote.", "from Monday", "2025-06-16"),
        ("Ash from Tuesday's eruption still covers the runway.", "from Tuesday", "2025-06-17"),
    ],
)
def test_a_preposition_before_a_possessive_day_points_nowhere(
    text: str, surface: str, day: str
) -> None:
    assert resolved(text, WED_18_JUN_2025) == [(surface, day, day, "day")]


def test_a_look_ahead_word_before_a_possessive_day_still_looks_ahead() -> None:
    text = "Talks will go on until Friday's deadline."
    assert resolved(text, WED_18_JUN_2025) == [("until Friday", "2025-06-20", "2025-06-20", "day")]


@pytest.mark.parametrize(
    ("text", "surface", "start", "end", "granularity"),
    [
        (
            "Washington listed the firm in July 2024; Britain followed the next month.",
            "the next month",
            "2024-08-01",
            "2024-08-31",
            "month",
        ),
        (
            "The dam was finished in 2019 and its turbines were fitted the next year.",
            "the next year",
            "2020-01-01",
            "2020-12-31",
            "year",
        ),
        (
            "Port fees rose in October 2025, and tug fees went up the next month.",
            "the next month",
            "2025-11-01",
            "2025-11-30",
            "month",
        ),
        (
            "The mine closed in 2021; it reopened under new owners the next year.",
            "the next year",
            "2022-01-01",
            "2022-12-31",
            "year",
        ),
    ],
)
def test_the_next_month_or_year_follows_the_period_spoken_of(
    text: str, surface: str, start: str, end: str, granularity: str
) -> None:
    assert (surface, start, end, granularity) in resolved(text, THU_19_MAR_2026)


@pytest.mark.parametrize(
    ("text", "surface", "start"),
    [
        ("Fuel prices are expected to climb over the next year.", "next year", "2027-01-01"),
        ("A ruling is due within the next month.", "next month", "2026-04-01"),
    ],
)
def test_the_next_period_after_over_or_within_counts_from_publication(
    text: str, surface: str, start: str
) -> None:
    assert [(r[0], r[1]) for r in resolved(text, THU_19_MAR_2026)] == [(surface, start)]


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "The last emergency was lifted in January 2025 after heavy rains in December.",
            "in December",
            "2024-12-01",
            "2024-12-31",
        ),
        (
            "The smelter shut in March 2023 and restarted in June, its owner said.",
            "in June",
            "2023-06-01",
            "2023-06-30",
        ),
        (
            "Troops crossed the river on 3 November 2024 and took the town on 9 January.",
            "on 9 January",
            "2025-01-09",
            "2025-01-09",
        ),
        (
            "Exports were banned in February 2024, a month after floods in January had ruined crops.",
            "in January",
            "2024-01-01",
            "2024-01-31",
        ),
        (
            "The port first closed in April 2023 for three months, then reopened and shut again"
            " in late January.",
            "in late January",
            "2024-01-21",
            "2024-01-31",
        ),
        (
            "Exports were banned in February 2024 because floods had ruined the crop in May.",
            "in May",
            "2023-05-01",
            "2023-05-31",
        ),
    ],
)
def test_a_yearless_month_takes_the_year_of_the_month_just_named(
    text: str, surface: str, start: str, end: str
) -> None:
    assert (surface, start, end) in [r[:3] for r in resolved(text, WED_12_AUG_2026)]


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (  # a bound is no anchor
            "Output has fallen since February 2023, a UN panel found, which reported in March.",
            "in March",
            "2026-03-01",
            "2026-03-31",
        ),
        (  # nor a date in a clause a bound word opens
            "Some 90 tonnes a month have left since the militia took the pits in March 2025,"
            " the monitors say in their latest report, which came out in June.",
            "in June",
            "2026-06-01",
            "2026-06-30",
        ),
        (
            "Fares have climbed by a fifth since the operator was sold in October 2024; the"
            " regulator opened an inquiry in May.",
            "in May",
            "2026-05-01",
            "2026-05-31",
        ),
        (
            "Since the dam was completed in November 2024, the lake has risen 9 metres, and"
            " the first turbine was switched on in July.",
            "in July",
            "2026-07-01",
            "2026-07-31",
        ),
        (
            "Wages have lagged ever since the strike ended in February 2025: the union will"
            " ballot members again after talks stalled in April.",
            "in April",
            "2026-04-01",
            "2026-04-30",
        ),
        (  # nor a base of comparison
            "Traffic rose 6% in May 2026 compared with May 2025, after a 7% gain in April.",
            "in April",
            "2026-04-01",
            "2026-04-30",
        ),
        (  # nor a date ahead
            "The bloc extended its measures until May 2027 and delisted a minister who died in January.",
            "in January",
            "2026-01-01",
            "2026-01-31",
        ),
    ],
)
def test_a_bound_a_comparison_or_a_date_ahead_places_no_month(
    text: str, surface: str, start: str, end: str
) -> None:
    assert (surface, start, end) in [r[:3] for r in resolved(text, WED_12_AUG_2026)]


@pytest.mark.parametrize(
    ("text", "surface", "start", "end", "granularity"),
    [
        (
            "Reservoirs held 87 hm3 this afternoon, against 168 hm3 a year ago.",
            "a year ago",
            "2025-08-12",
            "2025-08-12",
            "day",
        ),
        (
            "Exports reached 2.1 mt in July, up from 1.8 mt a year ago.",
            "a year ago",
            "2025-07-01",
            "2025-07-31",
            "month",
        ),
        (
            "Inflation eased to 3.1% in June from 3.9% six months ago.",
            "six months ago",
            "2025-12-01",
            "2025-12-31",
            "month",
        ),
        (
            "Turnout in 2024 was 61%, against 66% two years ago.",
            "two years ago",
            "2022-01-01",
            "2022-12-31",
            "year",
        ),
    ],
)
def test_ago_in_a_comparison_counts_back_from_the_period_compared(
    text: str, surface: str, start: str, end: str, granularity: str
) -> None:
    assert (surface, start, end, granularity) in resolved(text, WED_12_AUG_2026)


def test_ago_alone_counts_back_from_publication() -> None:
    assert resolved("The index rose 4% a year ago.", WED_12_AUG_2026) == [
        ("a year ago", "2025-01-01", "2025-12-31", "year")
    ]


@pytest.mark.parametrize(
    ("text", "surface", "start"),
    [  # a past year naming an event after 'the': the day or month the sentence gives is its
        (
            "A shelter now stands at the spot where the 1999 cyclone came ashore on the 29th of"
            " October.",
            "on the 29th of October",
            "1999-10-29",
        ),
        (
            "The 2004 tsunami struck on 26 December, killing thousands.",
            "on 26 December",
            "2004-12-26",
        ),
        ("The town was rebuilt after the 2011 earthquake hit in March.", "in March", "2011-03-01"),
        (
            "Officials recalled how the 2019 floods peaked on July 14 near the dam.",
            "on July 14",
            "2019-07-14",
        ),
        # another clause's date, or a year of the subject's own report, keeps its reading
        ("Like the 2019 strike, the walkout began on 3 May.", "on 3 May", "2026-05-03"),
        ("The company published its 2025 results on 12 March.", "on 12 March", "2026-03-12"),
    ],
)
def test_a_day_of_an_event_named_by_its_year_is_in_that_year(
    text: str, surface: str, start: str
) -> None:
    assert (surface, start) in [r[:2] for r in resolved(text, WED_12_AUG_2026)]


@pytest.mark.parametrize(
    ("line", "surface", "start"),
    [  # a timeline entry's year places the yearless day or month its line gives
        (
            "1914 - The canal opens to traffic on 15 August, after years of work.",
            "on 15 August",
            "1914-08-15",
        ),
        ("1999: The US hands over control on 31 December.", "on 31 December", "1999-12-31"),
        ("2016 – An expanded lock opens in June.", "in June", "2016-06-01"),
        ("2027 – A third lock is due to open in May.", "in May", "2027-05-01"),
    ],
)
def test_a_timeline_entrys_year_places_its_yearless_date(
    line: str, surface: str, start: str
) -> None:
    text = f"Key dates\n1904 - Work begins.\n{line}\n"
    assert (surface, start) in [r[:2] for r in resolved(text, WED_12_AUG_2026)]
