"""Periods inside a year: seasons, halves, quarters, fiscal and split years, weekends, weeks and
parts of a month, trailing and edge periods ('the last months of', 'the start of')."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import (
    FRI_28_JUN_2024,
    THU_13_MAR_2025,
    THU_14_AUG_2025,
    TUE_02_SEP_2025,
    TUE_10_JUN_2025,
    WED_12_MAR_2025,
    WED_16_AUG_2023,
    one,
    spans,
    surface_spans,
)


@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        ("The F-16s were delivered this summer.", "this summer", "2025-06-01", "2025-08-31"),
        ("Repairs were finished last winter.", "last winter", "2024-12-01", "2025-02-28"),
        ("Prices have risen earlier this year.", "earlier this year", "2025-01-01", "2025-03-13"),
        ("Hospitals installed panels since late 2024.", "late 2024", "2024-09-01", "2024-12-31"),
        ("The pipeline opens in early 2026.", "early 2026", "2026-01-01", "2026-04-30"),
        (
            "Talks may drag on until the middle of 2025.",
            "the middle of 2025",
            "2025-06-01",
            "2025-07-31",
        ),
    ],
)
def test_seasons_and_parts_of_years(text: str, span: str, start: str, end: str) -> None:
    assert one(text, THU_13_MAR_2025) == (span, start, end)


@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        ("Gazprom posted a third-quarter loss.", "third-quarter", "2024-07-01", "2024-09-30"),
        ("GDP, third quarter: +3.1% y/y", "third quarter", "2024-07-01", "2024-09-30"),
        ("Car sales fell 8% in first quarter.", "first quarter", "2024-01-01", "2024-03-31"),
        (
            "Defaults doubled in the first nine months.",
            "the first nine months",
            "2024-01-01",
            "2024-09-30",
        ),
        (
            "Exports shrank in the first two months of the year.",
            "the first two months of the year",
            "2024-01-01",
            "2024-02-29",
        ),
        (
            "Attacks rose in the first three weeks of October.",
            "the first three weeks of October",
            "2024-10-01",
            "2024-10-21",
        ),
        (
            "It bought 9% of its LNG in the fiscal year to March 2024.",
            "the fiscal year to March 2024",
            "2023-04-01",
            "2024-03-31",
        ),
    ],
)
def test_fiscal_and_calendar_parts_of_a_year(text: str, span: str, start: str, end: str) -> None:
    assert one(text, dt.date(2024, 10, 30)) == (span, start, end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GDP grew 3.1% in the third quarter, down from 4.1% in the second.",
            ("the second", "2024-04-01", "2024-06-30"),
        ),
        (
            "Profit rose in the first half of 2024, after a loss in the second.",
            ("the second", "2024-07-01", "2024-12-31"),
        ),
        (
            "Output fell in the fourth quarter of last year and rose in the first.",
            ("the first", "2023-01-01", "2023-03-31"),
        ),
    ],
)
def test_a_part_of_a_year_whose_noun_is_left_out(text: str, expected: tuple[str, str, str]) -> None:
    assert spans(text, dt.date(2024, 10, 30))[-1] == expected


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Stocks stood at 2.1 million tonnes as of the end of February.",
            "2025-02-21",
            "2025-02-28",
        ),
        ("The ban runs until the end of September.", "2025-09-21", "2025-09-30"),
        ("Shells will arrive by the end of the year.", "2025-12-31", "2025-12-31"),
        ("Prices have risen since the start of 2024.", "2024-01-01", "2024-04-30"),
        ("Sales have slowed since the beginning of the year.", "2025-01-01", "2025-04-30"),
        ("The pump price was trimmed at the start of March.", "2025-03-01", "2025-03-10"),
        ("Rates will be reviewed at the beginning of June.", "2025-06-01", "2025-06-10"),
        ("Queues had grown since the start of the month.", "2025-03-01", "2025-03-10"),
        ("A new tariff applied from the start of February.", "2025-02-01", "2025-02-10"),
        ("Exports fell at the end of last year.", "2024-12-31", "2024-12-31"),
        ("The vote is due by the end of the month.", "2025-03-31", "2025-03-31"),
        ("Talks will wrap up before the end of May.", "2025-05-21", "2025-05-31"),
        ("The depot was emptied at the end of January.", "2025-01-31", "2025-01-31"),
        ("The levy will have lapsed by the end of 2026.", "2026-12-31", "2026-12-31"),
        ("Its lease is set to expire at the end of this month.", "2025-03-31", "2025-03-31"),
        ("Both lines close at the end of the week.", "2025-03-16", "2025-03-16"),
    ],
)
def test_the_edge_of_a_month_or_year_reads_like_early_or_late_and_a_weeks_is_a_day(
    text: str, start: str, end: str
) -> None:
    """The end of a whole month is its 21st to its last day, of a year September to December
    (as 'late March', 'late 2025'); its start the 1st to the 10th, January to April (as 'early
    March'); a week's edge stays one day; 'at' or 'by the end of' a month or year is its last
    day."""
    assert one(text, THU_13_MAR_2025)[1:] == (start, end)


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        ("Exports held steady over the summer.", THU_13_MAR_2025, "2024-06-01", "2024-08-31"),
        (
            "The court will hear the case in the autumn.",
            THU_13_MAR_2025,
            "2025-09-01",
            "2025-11-30",
        ),
        (
            "During the winter, attacks on the grid grew.",
            THU_13_MAR_2025,
            "2024-12-01",
            "2025-02-28",
        ),
        (
            "We expect demand to stay firm over the summer.",
            THU_14_AUG_2025,
            "2025-06-01",
            "2025-08-31",
        ),
        (
            "Repairs are due to be finished in the spring.",
            dt.date(2024, 11, 5),
            "2025-03-01",
            "2025-05-31",
        ),
    ],
)
def test_seasons_without_a_year(text: str, published: dt.date, start: str, end: str) -> None:
    [(_, got_start, got_end)] = surface_spans(text, published)
    assert (got_start, got_end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Drones struck the refinery over the weekend.", "2025-03-08", "2025-03-09"),
        ("Russia has shelled the town since the weekend.", "2025-03-08", "2025-03-09"),
        ("The ministers met at the weekend in Brussels.", "2025-03-08", "2025-03-09"),
        ("Leaders will gather at the weekend to agree the plan.", "2025-03-15", "2025-03-16"),
    ],
)
def test_the_weekend(text: str, start: str, end: str) -> None:
    [(_, got_start, got_end)] = surface_spans(text, THU_13_MAR_2025)
    assert (got_start, got_end) == (start, end)


def test_the_weekend_of_a_sunday_page_is_that_weekend() -> None:
    [(_, start, end)] = surface_spans("Crowds gathered over the weekend.", dt.date(2025, 3, 16))
    assert (start, end) == ("2025-03-15", "2025-03-16")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Exports rose 4% in the first half of the year.", "2025-01-01", "2025-06-30"),
        ("The second quarter of the year was the weakest.", "2025-04-01", "2025-06-30"),
        ("Output will recover in the fourth quarter of the year.", "2025-10-01", "2025-12-31"),
        ("Profits doubled in the first quarter of this year.", "2025-01-01", "2025-03-31"),
    ],
)
def test_parts_of_the_year(text: str, start: str, end: str) -> None:
    [(_, got_start, got_end)] = surface_spans(text, THU_14_AUG_2025)
    assert (got_start, got_end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Prices fell 8% over the past year.", "2024-03-13"),
        ("In the last week, 30 ships were turned away.", "2025-03-06"),
        ("The rouble has lost a tenth of its value in the past month.", "2025-02-13"),
        ("Attacks have doubled over the last year.", "2024-03-13"),
    ],
)
def test_trailing_periods_end_at_publication(text: str, start: str) -> None:
    [(_, got_start, got_end)] = surface_spans(text, THU_13_MAR_2025)
    assert (got_start, got_end) == (start, "2025-03-13")


def test_last_week_stays_the_calendar_week() -> None:
    assert surface_spans("Output fell last week.", THU_13_MAR_2025) == [
        ("last week", "2025-03-03", "2025-03-09")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Prices fell 8% over the past 12 months.",
        "Losses rose to 1,380 troops over the past day.",
        "In the last two weeks of the campaign, 30 ships were turned away.",
    ],
)
def test_counted_and_daily_trailing_periods_are_no_dates(text: str) -> None:
    assert surface_spans(text, THU_13_MAR_2025) == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a season across two years, July to June, as the gold of dev_c and dev_f takes it
        ("Output fell in 2024/25.", "2024-07-01", "2025-06-30"),
        ("The 2023/24 season was the worst on record.", "2023-07-01", "2024-06-30"),
        ("Budgets for 2025/2026 were cut.", "2025-07-01", "2026-06-30"),
        ("In 2022/23 the fleet grew.", "2022-07-01", "2023-06-30"),
    ],
)
def test_split_years(text: str, start: str, end: str) -> None:
    [(_, got_start, got_end)] = surface_spans(text, THU_13_MAR_2025)
    assert (got_start, got_end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The ship sank in the first week of March.", "2025-03-01", "2025-03-07"),
        ("Shipments slowed in the second half of February.", "2025-02-16", "2025-02-28"),
        ("Talks stalled in the last week of January.", "2025-01-25", "2025-01-31"),
        ("Prices peaked in the third week of February 2024.", "2024-02-15", "2024-02-21"),
        # February's first half ends on the 15th too, only its last part runs to its end
        ("A runoff is planned for the first half of February 2026.", "2026-02-01", "2026-02-15"),
        ("Stocks were rebuilt during the first half of February.", "2025-02-01", "2025-02-15"),
        ("The first half of February 2024 was dry.", "2024-02-01", "2024-02-15"),
        ("Rain fell through the fourth week of February.", "2025-02-22", "2025-02-28"),
    ],
)
def test_weeks_and_halves_of_a_month(text: str, start: str, end: str) -> None:
    assert surface_spans(text, THU_13_MAR_2025) == [
        (surface_spans(text, THU_13_MAR_2025)[0][0], start, end)
    ]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("At the end of last month, prices fell.", "2025-02-28", "2025-02-28"),
        ("Prices will fall by the end of next month.", "2025-04-30", "2025-04-30"),
        ("The ban took effect at the start of last week.", "2025-03-03", "2025-03-03"),
        ("Talks resume at the beginning of next week.", "2025-03-17", "2025-03-17"),
    ],
)
def test_edges_of_last_and_next_periods(text: str, start: str, end: str) -> None:
    assert surface_spans(text, THU_13_MAR_2025)[0][1:] == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Exports for the 2023/24 marketing year reached 40 mn t.", "2023-07-01", "2024-06-30"),
        ("The board forecasts a harvest of 60 mn t in 2025/26.", "2025-07-01", "2026-06-30"),
        ("The club finished third in the 2021/22 season.", "2021-07-01", "2022-06-30"),
        ("Sugar output in 2019/2020 fell by a tenth.", "2019-07-01", "2020-06-30"),
        # not a split year: a range of years spans both
        ("Output fell in 2019-2021.", "2019-01-01", "2021-12-31"),
        ("Prices doubled in 2020/22.", "2020-01-01", "2022-12-31"),
    ],
)
def test_a_split_year_is_a_season_from_july_to_june(text: str, start: str, end: str) -> None:
    [(_, s, e)] = surface_spans(text, TUE_02_SEP_2025)
    assert (s, e) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Iceland is expected to align early next month.", "2024-07-01", "2024-07-10"),
        ("Prices fell late last month.", "2024-05-21", "2024-05-31"),
        ("Talks resume mid-next month.", "2024-07-11", "2024-07-20"),
        ("The plant closed late last year.", "2023-09-01", "2023-12-31"),
        ("The fleet returns early next year.", "2025-01-01", "2025-04-30"),
    ],
)
def test_a_part_of_a_relative_month_or_year(text: str, start: str, end: str) -> None:
    [(_, s, e)] = surface_spans(text, FRI_28_JUN_2024)
    assert (s, e) == (start, end)


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        ("Shortages hit last winter.", "2025-02-10", "2023-12-01", "2024-02-29"),
        ("This winter has been mild so far.", "2025-02-10", "2024-12-01", "2025-02-28"),
        (
            "Next winter will be harder, the grid operator warned.",
            "2025-01-20",
            "2025-12-01",
            "2026-02-28",
        ),
        ("This winter has been mild so far.", "2025-12-10", "2025-12-01", "2026-02-28"),
        ("The grid failed repeatedly in winter 2022/23.", "2024-11-14", "2022-12-01", "2023-02-28"),
        ("Attacks rose in the winter of 2022-23.", "2024-11-14", "2022-12-01", "2023-02-28"),
        (
            "The winter 2023–2024 was the mildest on record.",
            "2024-11-14",
            "2023-12-01",
            "2024-02-29",
        ),
        (  # a summer written across two years is a southern one: December to February
            "Harvests failed in the summer of 2021-22 in the south.",
            "2024-11-14",
            "2021-12-01",
            "2022-02-28",
        ),
        (
            "Summer 2023-24: the hottest on record, the bureau said.",
            "2024-03-04",
            "2023-12-01",
            "2024-02-29",
        ),
        (
            "Bushfires burned through the summer of 2019/20.",
            "2024-11-14",
            "2019-12-01",
            "2020-02-29",
        ),
        (
            "The summer of 2024-25 (December to February) was dry.",
            "2025-03-04",
            "2024-12-01",
            "2025-02-28",
        ),
    ],
)
def test_winters_across_the_new_year(text: str, published: str, start: str, end: str) -> None:
    [(_, s, e)] = surface_spans(text, dt.date.fromisoformat(published))
    assert (s, e) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Exports for the 2024/25 marketing year totalled 40.7 mn t, a fall of nearly a tenth"
            " on the previous season.",
            "2023-07-01",
            "2024-06-30",
        ),
        ("The 2023/24 harvest beat the preceding season by 8%.", "2022-07-01", "2023-06-30"),
        (
            "Planting for 2022/23 was late; the following season it recovered.",
            "2023-07-01",
            "2024-06-30",
        ),
        (
            "Sugar output in the 2021/22 season fell, after a record in the prior season.",
            "2020-07-01",
            "2021-06-30",
        ),
    ],
)
def test_a_season_counted_from_the_split_year_before(text: str, start: str, end: str) -> None:
    assert surface_spans(text, dt.date(2025, 9, 2))[-1][1:] == (start, end)


def test_the_h2_model_is_no_half_year() -> None:
    assert surface_spans("The H2 and Q5 models sold well.", dt.date(2025, 3, 13)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Loadings fell 4% in the seven days to Sunday.", ("2025-03-03", "2025-03-09")),
        ("Exports in the week to March 7 rose to 1.2 mt.", ("2025-03-01", "2025-03-07")),
        ("In the four weeks to 2 March, sales rose 2%.", ("2025-02-03", "2025-03-02")),
        ("Net profit doubled in the quarter ended Dec. 31.", ("2024-10-01", "2024-12-31")),
        (
            "The group lost $3 million in the three months ended Sept. 30, 2024.",
            ("2024-07-01", "2024-09-30"),
        ),
        ("Arrivals in the fortnight ending on Feb. 16 were steady.", ("2025-02-03", "2025-02-16")),
    ],
)
def test_a_day_that_ends_a_period_dates_the_period(text: str, expected: tuple[str, str]) -> None:
    [(_, start, end)] = spans(text, WED_12_MAR_2025)
    assert (start, end) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Aid reached $4 billion in the fiscal year ending March 31, 2025.",
            ("2024-04-01", "2025-03-31"),
        ),
        ("Profit fell in the financial year to 30 June 2024.", ("2023-07-01", "2024-06-30")),
        ("Exports grew in the year ending 31 March 2023.", ("2022-04-01", "2023-03-31")),
        ("Revenue rose in the fiscal year ending Sept. 30, 2022.", ("2021-10-01", "2022-09-30")),
    ],
)
def test_a_year_ending_on_a_written_day_ends_with_that_month(
    text: str, expected: tuple[str, str]
) -> None:
    [(_, start, end)] = spans(text, WED_16_AUG_2023)
    assert (start, end) == expected


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "Imports fell in the final three months of 2023.",
            "the final three months of 2023",
            "2023-10-01",
            "2023-12-31",
        ),
        (
            "Sales slowed in the last six months of 2024.",
            "the last six months of 2024",
            "2024-07-01",
            "2024-12-31",
        ),
        (
            "Rain fell in the last two weeks of April.",
            "the last two weeks of April",
            "2025-04-17",
            "2025-04-30",
        ),
        (
            "Output dipped in the final two months of last year.",
            "the final two months of last year",
            "2024-11-01",
            "2024-12-31",
        ),
    ],
)
def test_the_last_months_or_weeks_of_a_period(
    text: str, surface: str, start: str, end: str
) -> None:
    assert spans(text, TUE_10_JUN_2025) == [(surface, start, end)]


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        ("- Late 2023: the regulator opens an inquiry", "Late 2023", "2023-09-01", "2023-12-31"),
        ("Early 2024 brought a wave of port closures.", "Early 2024", "2024-01-01", "2024-04-30"),
        ("Mid-2022: the first tankers are listed", "Mid-2022", "2022-06-01", "2022-07-31"),
        ("Late 2021 saw the first price cap talks.", "Late 2021", "2021-09-01", "2021-12-31"),
    ],
)
def test_a_capitalised_part_of_a_year_opening_a_line(
    text: str, surface: str, start: str, end: str
) -> None:
    assert spans(text, TUE_10_JUN_2025) == [(surface, start, end)]


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        ("The bridge was reopened on 12 August last year.", "12 August last year", "2024-08-12"),
        ("Exports peaked in late January last year.", "late January last year", "2024-01-21"),
        ("The court will rule on October 3 next year.", "October 3 next year", "2026-10-03"),
        ("Fares were raised on 2 February this year.", "2 February this year", "2025-02-02"),
    ],
)
def test_a_day_or_month_part_takes_a_following_relative_year(
    text: str, surface: str, day: str
) -> None:
    [(got, start, _)] = spans(text, TUE_10_JUN_2025)
    assert (got, start) == (surface, day)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Journeys rose 4% in the 12 months to the end of February.", "2024-03-01", "2025-02-28"),
        ("Sales fell in the year to the end of January.", "2024-02-01", "2025-01-31"),
        ("Output grew in the three months to the end of February.", "2024-12-01", "2025-02-28"),
        ("Fares were frozen from October 2023 until the end of June.", "2023-10-01", "2024-06-30"),
    ],
)
def test_a_period_to_the_end_of_a_month_runs_to_its_last_day(
    text: str, start: str, end: str
) -> None:
    """'The end of March' reads like 'late March' alone, but a period that runs to it ends on
    its last day."""
    assert one(text, THU_13_MAR_2025)[1:] == (start, end)


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        (
            "For autumn (March to May 2026), rain is expected to be near normal.",
            "2026-03-05",
            "2026-03-01",
            "2026-05-31",
        ),
        (
            "The outlook for winter (June to August 2025) is drier than usual.",
            "2025-05-20",
            "2025-06-01",
            "2025-08-31",
        ),
        (
            "Spring (September to November 2024) brought record rain.",
            "2024-12-03",
            "2024-09-01",
            "2024-11-30",
        ),
        (
            "Forecasters expect a wet summer (December to February 2026) across the east.",
            "2025-11-20",
            "2025-12-01",
            "2026-02-28",
        ),
    ],
)
def test_a_season_with_its_months_in_brackets_spans_those_months(
    text: str, published: str, start: str, end: str
) -> None:
    [(_, s, e)] = surface_spans(text, dt.date.fromisoformat(published))
    assert (s, e) == (start, end)


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        (
            "Livestock losses passed 2.3 million head this winter.",
            "2025-04-03",
            "2024-12-01",
            "2025-02-28",
        ),
        (
            "Herders say this winter was the worst in a decade.",
            "2025-03-20",
            "2024-12-01",
            "2025-02-28",
        ),
        (
            "Tourism boards expect record bookings this summer.",
            "2025-04-04",
            "2025-06-01",
            "2025-08-31",
        ),
        (
            "Farmers planted late this spring after the floods.",
            "2025-07-18",
            "2025-03-01",
            "2025-05-31",
        ),
    ],
)
def test_this_season_is_the_one_running_or_nearest(
    text: str, published: str, start: str, end: str
) -> None:
    [(_, s, e)] = surface_spans(text, dt.date.fromisoformat(published))
    assert (s, e) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Grain stocks stood at 4.1 million tonnes at the end of June 2024.",
            "2024-06-30",
            "2024-06-30",
        ),
        ("The fund held $2bn at the end of 2023, its filing shows.", "2023-12-31", "2023-12-31"),
        ("Arrears were cleared at end-November, the ministry said.", "2024-11-30", "2024-11-30"),
        ("At the end of August the register listed 312 ships.", "2024-08-31", "2024-08-31"),
        ("Arrears will be cleared by the end of November.", "2025-11-30", "2025-11-30"),
    ],
)
def test_at_or_by_the_end_of_a_month_or_year_is_its_last_day(
    text: str, start: str, end: str
) -> None:
    """A level read 'at the end of' a period is read on its last day, and so is a deadline 'by
    the end of' it."""
    assert one(text, THU_13_MAR_2025)[1:] == (start, end)
