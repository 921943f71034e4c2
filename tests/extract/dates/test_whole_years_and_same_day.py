"""A year inside a noun phrase after 'whole', 'entire', 'full' or 'full-year' dates that
period ('the entire 2019 harvest', 'full-year 2026 volumes'); 'the same day as <event>' is dated
by the event it names, not by an earlier date of the text, so it is no claim of its own."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import THU_06_NOV_2025, spans


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("We now see full-year 2026 shipments of 12 million units.", "2026"),
        ("The miner cut its calendar-year 2024 guidance twice.", "2024"),
        ("Claims already top the bill for the whole 2021 storm season.", "2021"),
        ("Frost wiped out the entire 2023 apricot crop in the valley.", "2023"),
        ("The levy covers the full 2025 tax year, the ministry said.", "2025"),
    ],
)
def test_a_year_after_whole_or_full_year_dates_that_year(text: str, year: str) -> None:
    [(span, start, end)] = spans(text, THU_06_NOV_2025)
    assert (span, start, end) == (year, f"{year}-01-01", f"{year}-12-31")


@pytest.mark.parametrize(
    "text",
    [
        "The full 2000 troops were deployed within a week.",  # a count, not a year
        "Voters will elect a mayor on the same day as the regional assembly.",
        "Polls close on the same day as the referendum on the new constitution.",
        "The strike is called for the same morning that ministers meet the unions.",
    ],
)
def test_no_date_of_its_own(text: str) -> None:
    assert spans(text, THU_06_NOV_2025) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Latvia closed the crossing on 4 May, and Estonia followed the same day.", "2025-05-04"),
        (
            "The vessel was boarded on 3 June and its captain detained that same evening.",
            "2025-06-03",
        ),
        ("The court sat on 9 October and ruled the very same day, lawyers said.", "2025-10-09"),
        ("Troops crossed on 2 August; the capital fell the same night.", "2025-08-02"),
    ],
)
def test_the_same_day_after_a_date_is_still_that_day(text: str, day: str) -> None:
    assert [(start, end) for _, start, end in spans(text, THU_06_NOV_2025)][-1] == (day, day)


@pytest.mark.parametrize(
    ("text", "surface", "year"),
    [
        (
            "Deaths rose to 4,100 last year, up about 700 on 2023, the agency said.",
            "on 2023",
            "2023",
        ),
        ("Arrivals reached 41,200, roughly 3,000 over 2022.", "over 2022", "2022"),
        ("The port handled 9,800 ships, some 450 versus 2021.", "versus 2021", "2021"),
        ("Output hit 212 units, 15 vs 2020 levels.", "vs 2020", "2020"),
    ],
)
def test_the_year_a_count_is_compared_with(text: str, surface: str, year: str) -> None:
    from tests.extract.dates.helpers import surface_spans

    assert (surface, f"{year}-01-01", f"{year}-12-31") in surface_spans(text, THU_06_NOV_2025)


@pytest.mark.parametrize(
    ("text", "surface", "year"),
    [
        ("The terminal expansion was pushed to 2027.", "to 2027", "2027"),
        ("Officials moved the census into 2028.", "into 2028", "2028"),
        ("Completion was pushed back to 2029 after the floods.", "to 2029", "2029"),
        ("The launch slipped to 2026, the agency said.", "to 2026", "2026"),
    ],
)
def test_a_plan_moved_to_a_year(text: str, surface: str, year: str) -> None:
    from tests.extract.dates.helpers import surface_spans

    assert surface_spans(text, THU_06_NOV_2025) == [(surface, f"{year}-01-01", f"{year}-12-31")]
