"""Cues that set a date ahead or make it no date, and years that open a phrase:

- an intent told with a gerund ("accused of planning to disrupt the October vote") looks ahead
  as "plans to" does;
- "for" a day ("called a strike for 21 May") points to the next such day when it is near, unless
  the clause is told in the past ("the auction for 12 June drew 40 bids");
- "every other Tuesday", "each second Friday": a recurrence, no date;
- "Over 2025 as a whole", "across 2024": a year a total spans;
- "France's 2025 harvest", "the bank's 2024 Results": a year after a possessive; "we expect 2026
  registrations", "cut 2025 growth forecasts": a year heading a forecast verb's object;
- a full month name before a full stop ("in July.") ends the sentence; "Jan." does not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import resolved

THU_19_MAR_2026 = dt.date(2026, 3, 19)
THU_07_MAY_2026 = dt.date(2026, 5, 7)


@pytest.mark.parametrize(
    ("text", "surface", "start"),
    [
        (
            "Ministers on Thursday froze the assets of six men they accuse of planning to disrupt"
            " the country's October elections.",
            "October",
            "2026-10-01",
        ),
        (
            "The utility is aiming to restart the reactor in September.",
            "in September",
            "2026-09-01",
        ),
        (
            "Officials said the ministry was seeking to sign the deal in August.",
            "in August",
            "2026-08-01",
        ),
        ("The two parties are hoping to form a government by October.", "by October", "2026-10-01"),
    ],
)
def test_an_intent_in_the_gerund_looks_ahead(text: str, surface: str, start: str) -> None:
    assert (surface, start) in [r[:2] for r in resolved(text, THU_19_MAR_2026)]


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        ("Unions have called a national day of action for 21 May.", "for 21 May", "2026-05-21"),
        ("The rail union has called a 24-hour strike for June 2.", "for June 2", "2026-06-02"),
        ("Organisers have booked the stadium for 30 May.", "for 30 May", "2026-05-30"),
        (
            "Farmers want a meeting with the minister for 14 May; a protest on 13 February drew"
            " 35,000 people.",
            "for 14 May",
            "2026-05-14",
        ),
    ],
)
def test_a_day_something_is_called_for_looks_ahead(text: str, surface: str, day: str) -> None:
    assert (surface, day, day, "day") in resolved(text, THU_07_MAY_2026)


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        ("The auction for 12 June drew 40 bidders.", "for 12 June", "2025-06-12"),
        ("Tickets for 30 May sold out within an hour.", "for 30 May", "2025-05-30"),
    ],
)
def test_a_day_for_something_told_in_the_past_is_past(text: str, surface: str, day: str) -> None:
    assert (surface, day, day, "day") in resolved(text, THU_07_MAY_2026)


@pytest.mark.parametrize(
    "text",
    [
        "Subscribe: analyst notes every second Tuesday.",
        "The farmers' market opens every other Saturday.",
        "Inspectors visit each alternate Monday.",
        "The council meets every third Thursday of the month.",
    ],
)
def test_a_recurring_weekday_is_no_date(text: str) -> None:
    assert resolved(text, THU_07_MAY_2026) == []


@pytest.mark.parametrize(
    ("text", "surface", "year"),
    [
        ("Over 2025 as a whole, we now forecast cargo of 172 mn t.", "Over 2025", "2025"),
        ("Sales of heat pumps rose 4% across 2024.", "across 2024", "2024"),
        ("Across 2023, the fleet grew by nine ships.", "Across 2023", "2023"),
        ("Over 2019 as a whole the index gained 4%.", "Over 2019", "2019"),
    ],
)
def test_a_year_a_total_spans(text: str, surface: str, year: str) -> None:
    assert resolved(text, THU_07_MAY_2026) == [(surface, f"{year}-01-01", f"{year}-12-31", "year")]


def test_over_a_number_is_no_year() -> None:
    assert resolved("The airline carried over 2000 passengers a day.", THU_07_MAY_2026) == []


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("France's 2025 Wine Harvest Seen at 37.4 Million Hectolitres", "2025"),
        ("The bank's 2024 results beat forecasts.", "2024"),
        ("Kenya's 2023 tea exports rose 6%.", "2023"),
        ("The ministry's 2026 budget sets aside EUR 4 billion for roads.", "2026"),
    ],
)
def test_a_year_after_a_possessive_dates_its_noun(text: str, year: str) -> None:
    assert (year, f"{year}-01-01", f"{year}-12-31", "year") in resolved(text, THU_07_MAY_2026)


def test_a_count_after_a_possessive_is_no_year() -> None:
    assert resolved("The army's 2000 troops left the town.", THU_07_MAY_2026) == []


def test_a_full_month_before_a_full_stop_ends_the_sentence() -> None:
    text = "A vote is planned in July. Unions have called a strike for 21 May."
    assert ("for 21 May", "2026-05-21", "2026-05-21", "day") in resolved(text, THU_07_MAY_2026)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ('"We expect 2026 car registrations of 750,000," said an analyst.', "2026"),
        ("The central bank cut 2025 growth forecasts to 1.1%.", "2025"),
        ("The group raised 2026 guidance after a strong quarter.", "2026"),
        ("Analysts see 2027 demand at 4 mt.", "2027"),
    ],
)
def test_a_year_heading_a_forecast_verbs_object(text: str, year: str) -> None:
    assert (year, f"{year}-01-01", f"{year}-12-31", "year") in resolved(text, THU_07_MAY_2026)


def test_a_count_after_a_forecast_verb_is_no_year() -> None:
    assert resolved("The carmaker expects 2000 jobs to go.", THU_07_MAY_2026) == []
