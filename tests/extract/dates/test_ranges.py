"""Ranges and runs that are one date: day and month ranges, pairs of days joined by 'or' or 'to',
stretches ('between ... and'), runs of months and years; and moves that are no stretch."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import (
    THU_06_FEB_2025,
    THU_13_MAR_2025,
    TUE_02_APR_2024,
    TUE_10_JUN_2025,
    WED_12_MAR_2025,
    WED_16_AUG_2023,
    one,
    resolved,
    spans,
    surface_spans,
)


def test_day_ranges_and_decades() -> None:
    assert resolved("Fighting raged on 3–5 May 2024 near the town.", TUE_02_APR_2024) == [
        ("on 3–5 May 2024", "2024-05-03", "2024-05-05", "other")
    ]
    assert resolved("Output fell in the 1990s.", TUE_02_APR_2024) == [
        ("the 1990s", "1990-01-01", "1999-12-31", "other")
    ]


@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        ("Deliveries rose in 2019 and 2020.", "2019 and 2020", "2019-01-01", "2020-12-31"),
        (
            "Revenue fell in January and February.",
            "January and February",
            "2025-01-01",
            "2025-02-28",
        ),
        (
            "Payments moved between March and October last year.",
            "March and October last year",
            "2024-03-01",
            "2024-10-31",
        ),
    ],
)
def test_coordinated_periods_span_both(text: str, span: str, start: str, end: str) -> None:
    assert one(text, THU_13_MAR_2025) == (span, start, end)


@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        ("Talks ran between 3 and 5 March.", "3 and 5 March", "2025-03-03", "2025-03-05"),
        (
            "The summit runs from 12 to 14 May 2025.",
            "12 to 14 May 2025",
            "2025-05-12",
            "2025-05-14",
        ),
        (
            "Strikes hit the port between March 3 and 5.",
            "March 3 and 5",
            "2025-03-03",
            "2025-03-05",
        ),
        (
            "Exports peaked in the middle of February.",
            "the middle of February",
            "2025-02-11",
            "2025-02-20",
        ),
        ("Prices fell in mid-January.", "mid-January", "2025-01-11", "2025-01-20"),
    ],
)
def test_day_ranges_and_the_middle_of_a_month(text: str, span: str, start: str, end: str) -> None:
    assert one(text, THU_13_MAR_2025) == (span, start, end)


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "Between 3 and 5 March, drones hit the port.",
            "Between 3 and 5 March",
            "2025-03-03",
            "2025-03-05",
        ),
        (
            "From May to July the court heard witnesses.",
            "From May to July",
            "2024-05-01",
            "2024-07-31",
        ),
        (
            "Between 2022 and 2024 the ship made 15 voyages.",
            "Between 2022 and 2024",
            "2022-01-01",
            "2024-12-31",
        ),
        (
            "From 10 to 12 February, inspectors checked the hull.",
            "From 10 to 12 February",
            "2025-02-10",
            "2025-02-12",
        ),
    ],
)
def test_ranges_opening_a_sentence(text: str, surface: str, start: str, end: str) -> None:
    assert surface_spans(text, THU_13_MAR_2025) == [(surface, start, end)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The report covers the period from 1 January to 31 March.", "2025-01-01", "2025-03-31"),
        ("Strikes were halted between 28 February and 3 March.", "2025-02-28", "2025-03-03"),
        ("The port was closed from February 26 to March 2.", "2025-02-26", "2025-03-02"),
        (
            "Between 30 December 2024 and 2 January 2025 no ships sailed.",
            "2024-12-30",
            "2025-01-02",
        ),
    ],
)
def test_ranges_across_months(text: str, start: str, end: str) -> None:
    [(_, got_start, got_end)] = surface_spans(text, THU_13_MAR_2025)
    assert (got_start, got_end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Talks were held on 11 and 12 March.", "2025-03-11", "2025-03-12"),
        ("Strikes hit the port on March 3 and 4.", "2025-03-03", "2025-03-04"),
        ("The summit will take place on 25 and 26 June 2025.", "2025-06-25", "2025-06-26"),
        ("Inspections on 8 and 9 February found no oil.", "2025-02-08", "2025-02-09"),
    ],
)
def test_pairs_of_days(text: str, start: str, end: str) -> None:
    [(_, got_start, got_end)] = surface_spans(text, THU_13_MAR_2025)
    assert (got_start, got_end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Prices fell 3% in the year to February.", "2024-03-01", "2025-02-28"),
        ("Exports grew in the year to January.", "2024-02-01", "2025-01-31"),
        ("Profit doubled in the year ending December 2024.", "2024-01-01", "2024-12-31"),
        ("Sales in the year ending in June 2024 fell.", "2023-07-01", "2024-06-30"),
    ],
)
def test_months_to_a_month(text: str, start: str, end: str) -> None:
    [(_, got_start, got_end)] = surface_spans(text, THU_13_MAR_2025)
    assert (got_start, got_end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Exports are expected to reach 16 mn t in the April-June quarter.",
            "2025-04-01",
            "2025-06-30",
        ),
        ("Sales in the July–September period fell 4%.", "2024-07-01", "2024-09-30"),
        ("Output rose in April-June 2023.", "2023-04-01", "2023-06-30"),
        ("Arrivals in the November-January season doubled.", "2024-11-01", "2025-01-31"),
    ],
)
def test_a_hyphenated_run_of_months(text: str, start: str, end: str) -> None:
    [(_, s, e)] = surface_spans(text, THU_06_FEB_2025)
    assert (s, e) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Exports rose in the January-to-March period.", "2025-01-01", "2025-03-31"),
        ("Stocks fell January through March.", "2025-01-01", "2025-03-31"),
        # a compact edge reads as 'the end of February' does: its late (or early) stretch, or
        # after 'at' its last day
        ("Reserves stood at $600 bn as of end-February.", "2025-02-21", "2025-02-28"),
        ("Debt reached 90% of GDP at end-2024.", "2024-12-31", "2024-12-31"),
        ("The new target is end-June 2026.", "2026-06-21", "2026-06-30"),
        ("Work on the pipeline resumes at start-2026.", "2026-01-01", "2026-04-30"),
        ("Gold holdings were 310 tonnes at end-January.", "2025-01-31", "2025-01-31"),
        ("The bank sees two more cuts by end-2025.", "2025-09-01", "2025-12-31"),
        ("Arrears had been cleared by end-October 2024.", "2024-10-21", "2024-10-31"),
        ("The depot closes at year-end.", "2025-12-31", "2025-12-31"),  # 'year-end': a day
    ],
)
def test_analysts_month_runs_and_period_edges(text: str, start: str, end: str) -> None:
    [(_, s, e)] = surface_spans(text, dt.date(2025, 3, 13))
    assert (s, e) == (start, end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The river is forecast to crest on Saturday or Sunday.",
            ("2025-03-15", "2025-03-16"),
        ),
        ("Results are expected Monday or Tuesday.", ("2025-03-17", "2025-03-18")),
        ("The convoy left on Sunday or Monday, witnesses said.", ("2025-03-09", "2025-03-10")),
        ("The envoys will arrive on Friday or Saturday.", ("2025-03-14", "2025-03-15")),
    ],
)
def test_two_weekdays_joined_by_or_are_one_span(text: str, expected: tuple[str, str]) -> None:
    [(_, start, end)] = spans(text, WED_12_MAR_2025)
    assert (start, end) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The export quota for 1 March to 31 May 2025 was cut.", ("2025-03-01", "2025-05-31")),
        ("A curfew ran 2 January to 9 January, residents said.", ("2025-01-02", "2025-01-09")),
        (
            "Talks held October 3 through October 5 ended without a deal.",
            ("2024-10-03", "2024-10-05"),
        ),
        (
            "The window 20 December 2024 until 6 January 2025 saw few flights.",
            ("2024-12-20", "2025-01-06"),
        ),
    ],
)
def test_two_days_joined_by_to_are_one_span_without_from(
    text: str, expected: tuple[str, str]
) -> None:
    [(_, start, end)] = spans(text, WED_12_MAR_2025)
    assert (start, end) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rainfall ran 25% above average over July and August.", ("2023-07-01", "2023-08-31")),
        ("Demand stayed weak throughout March and April.", ("2023-03-01", "2023-04-30")),
        ("Strikes spread across May and June 2022.", ("2022-05-01", "2022-06-30")),
        ("Sales held up over January and February.", ("2023-01-01", "2023-02-28")),
    ],
)
def test_two_months_after_a_stretch_preposition_are_one_period(
    text: str, expected: tuple[str, str]
) -> None:
    [(_, start, end)] = spans(text, WED_16_AUG_2023)
    assert (start, end) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices rose 6.4% in the 12 months to July 2023.", ("2022-08-01", "2023-07-31")),
        ("Rents rose 5.1% in the twelve months to June.", ("2022-07-01", "2023-06-30")),
        ("Output fell in the three months to May, the office said.", ("2023-03-01", "2023-05-31")),
        ("Wages grew 7% in the six months ending in March 2023.", ("2022-10-01", "2023-03-31")),
    ],
)
def test_n_months_to_a_month_end_with_it(text: str, expected: tuple[str, str]) -> None:
    [(_, start, end)] = spans(text, WED_16_AUG_2023)
    assert (start, end) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cap held bills at 2,500 pounds from October 2022 until the end of June.",
            ("2022-10-01", "2023-06-30"),
        ),
        ("TOTALS (8am Monday to 8am Tuesday)", ("2023-08-14", "2023-08-15")),
        ("Arrivals, 1 Oct-31 Jul: 1.7 mt", ("2022-10-01", "2023-07-31")),
        ("Index, weekly, Mar 2021 - Feb 2023", ("2021-03-01", "2023-02-28")),
        ("The scheme ran from 1 November until 31 January.", ("2022-11-01", "2023-01-31")),
    ],
)
def test_two_dates_joined_as_ends_of_a_stretch_are_one_date(
    text: str, expected: tuple[str, str]
) -> None:
    [(_, start, end)] = spans(text, WED_16_AUG_2023)
    assert (start, end) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The vote was moved from Monday to Tuesday.",
        "The launch was postponed from March to May.",
        "Officials said on Monday the talks would go on.",
    ],
)
def test_a_move_or_a_lone_date_is_no_stretch(text: str) -> None:
    assert all(
        start == end or end.endswith(("-31", "-30"))
        for _, start, end in spans(text, WED_16_AUG_2023)
    )
    assert len(spans(text, WED_16_AUG_2023)) in (1, 2)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Strikes rose between 2021 and early 2024.", "2021-01-01", "2024-04-30"),
        ("Output grew from mid-2020 to late 2022.", "2020-06-01", "2022-12-31"),
        ("Fares were frozen from late 2019 until 2021.", "2019-09-01", "2021-12-31"),
        ("Stocks fell between early 2022 and mid-2023.", "2022-01-01", "2023-07-31"),
    ],
)
def test_a_range_of_years_with_parts(text: str, start: str, end: str) -> None:
    [(_, got_start, got_end)] = spans(text, TUE_10_JUN_2025)
    assert (got_start, got_end) == (start, end)


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "The season starts on the weekend of 6-7 September.",
            "on the weekend of 6-7 September",
            "2025-09-06",
            "2025-09-07",
        ),
        (
            "Voting takes place over the weekend of March 14-15, 2026.",
            "the weekend of March 14-15, 2026",
            "2026-03-14",
            "2026-03-15",
        ),
        (
            "Protests spread over the weekend of 24–25 May.",
            "the weekend of 24–25 May",
            "2025-05-24",
            "2025-05-25",
        ),
        (
            "Fans queued all through the weekend of May 3-4.",
            "through the weekend of May 3-4",
            "2025-05-03",
            "2025-05-04",
        ),
    ],
)
def test_a_weekend_named_by_its_days_is_one_date(
    text: str, surface: str, start: str, end: str
) -> None:
    assert surface_spans(text, dt.date(2025, 6, 3)) == [(surface, start, end)]
