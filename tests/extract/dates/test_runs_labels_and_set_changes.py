"""Month runs with a year on both ends and no opener, unpadded day-first dates where a date is
meant, parts of 'the year' not begun by publication, a level set to change in a named month, and
weekdays that recur by their day part."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import spans

WED_08_JAN_2026 = dt.date(2026, 1, 8)
WED_28_OCT_2026 = dt.date(2026, 10, 28)
TUE_10_FEB_2026 = dt.date(2026, 2, 10)


@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        (
            "The data cover May 2023 to April 2024.",
            "May 2023 to April 2024",
            "2023-05-01",
            "2024-04-30",
        ),
        (
            "Results for October 2024 through March 2025 were weaker.",
            "October 2024 through March 2025",
            "2024-10-01",
            "2025-03-31",
        ),
        (
            "Ridership was measured over July 2022 until June 2023.",
            "July 2022 until June 2023",
            "2022-07-01",
            "2023-06-30",
        ),
        (
            "It is set against November 2023 to October 2024, the prior period.",
            "November 2023 to October 2024",
            "2023-11-01",
            "2024-10-31",
        ),
    ],
)
def test_a_run_of_months_with_both_years_needs_no_opener(
    text: str, span: str, start: str, end: str
) -> None:
    assert (span, start, end) in spans(text, WED_08_JAN_2026)


@pytest.mark.parametrize(
    ("text", "span", "day"),
    [
        ("1.1.2027: the rate rises again", "1.1.2027", "2027-01-01"),
        ("- 3.4.2026: first hearing", "3.4.2026", "2026-04-03"),
        ("The new tariff applies from 1.7.2026 onwards.", "1.7.2026", "2026-07-01"),
        ("The court ruled on 9.12.2025 that the law stands.", "9.12.2025", "2025-12-09"),
    ],
)
def test_an_unpadded_day_first_date_after_a_preposition_or_as_a_label(
    text: str, span: str, day: str
) -> None:
    assert spans(text, WED_08_JAN_2026) == [(span, day, day)]


def test_an_unpadded_dotted_code_alone_is_no_date() -> None:
    assert spans("Install release 2.3.2025 of the driver.", WED_08_JAN_2026) == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Two plants restarted in the second half of the year.", "2025-07-01", "2025-12-31"),
        ("Prices had fallen in the final quarter of the year.", "2025-10-01", "2025-12-31"),
        ("Sales peaked in the fourth quarter of the year, it said.", "2025-10-01", "2025-12-31"),
        ("Imports slowed in the third quarter of the year.", "2025-07-01", "2025-09-30"),
    ],
)
def test_a_part_of_the_year_not_begun_is_the_last_one_in_a_told_past(
    text: str, start: str, end: str
) -> None:
    assert [(s, e) for _, s, e in spans(text, WED_08_JAN_2026)] == [(start, end)]


def test_a_part_of_the_year_ahead_stays_this_year() -> None:
    text = "Two plants will restart in the second half of the year."
    assert [(s, e) for _, s, e in spans(text, WED_08_JAN_2026)] == [("2026-07-01", "2026-12-31")]


@pytest.mark.parametrize(
    "text",
    [
        "Output posted the first half-year gain since 2022.",
        "It was the second half-year decline in a row.",
    ],
)
def test_a_half_year_adjective_is_no_date(text: str) -> None:
    assert all(not s.startswith("the") for s, _, _ in spans(text, WED_08_JAN_2026))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Minimum Pension Rises To €1,250 In January: What It Means", "2027-01-01"),
        ("The toll rises to $4 in February for all cars.", "2027-02-01"),
        ("Bus fares go up by 20 cents in March, the city says.", "2027-03-01"),
        ("The levy climbs to 12% in January under the new law.", "2027-01-01"),
    ],
)
def test_a_level_set_to_change_in_a_month_months_back_looks_ahead(text: str, start: str) -> None:
    assert [s for _, s, _ in spans(text, WED_28_OCT_2026)] == [start]


def test_a_level_that_changed_last_month_stays_in_the_past() -> None:
    text = "Exports fall by 4% in January, the agency says."
    assert [s for _, s, _ in spans(text, TUE_10_FEB_2026)] == ["2026-01-01"]


@pytest.mark.parametrize(
    "text",
    [
        "Extra trams run on Friday and Saturday nights.",
        "The market opens on Sunday mornings.",
        "Classes are held on Tuesday or Thursday evenings.",
        "Lines are busiest on Saturday afternoons.",
    ],
)
def test_a_weekday_with_a_plural_day_part_recurs(text: str) -> None:
    assert spans(text, WED_08_JAN_2026) == []


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Rail Traffic Stays Below 2019 Levels", "2019"),
        ("Passenger numbers are still well under 2018 levels.", "2018"),
        ("Prices climbed back to 2014 highs last month.", "2014"),
        ("Output is now near 2021 peaks, the agency said.", "2021"),
    ],
)
def test_the_year_of_a_level_compared_with_is_a_date(text: str, year: str) -> None:
    assert (f"{year}-01-01", f"{year}-12-31") in [
        (s, e) for _, s, e in spans(text, WED_08_JAN_2026)
    ]


def test_a_count_after_to_is_no_year() -> None:
    assert spans("Sales fell to 2000 units.", WED_08_JAN_2026) == []
