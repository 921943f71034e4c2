"""Date families that real pages use and the first dev sets lacked (issue 9, dev_e): each family
with four phrasings of our own, in other words, tenses and voices. Publication is Thursday
2025-03-13 unless a case says otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import iter_dates

PUBLISHED = dt.date(2025, 3, 13)  # a Thursday
AUGUST = dt.date(2025, 8, 14)  # a Thursday, for monthly-report cases


def spans(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str, str]]:
    """(surface, start, end) of every date found."""
    return [
        (text[m.surface_start : m.end], str(r.start), str(r.end))
        for m, r in iter_dates(text, published)
    ]


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
    assert spans(text) == [(surface, start, end)]


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        ("2025-01-10 – The tanker loses power off the coast.", "2025-01-10", "2025-01-10"),
        ("11.01.2025 - Two tugs take the vessel in tow.", "11.01.2025", "2025-01-11"),
        ("20 May — The bloc adopts its new package.", "20 May", "2024-05-20"),
        ("February 3 – Inspectors board the ship.", "February 3", "2025-02-03"),
    ],
)
def test_timeline_lines_are_dates_not_datelines(text: str, surface: str, day: str) -> None:
    assert spans(text) == [(surface, day, day)]


@pytest.mark.parametrize(
    "text",
    [
        "KYIV, March 12 (Agency) - Russia launched drones overnight.",
        "March 12 (Eastline) - The ministry said prices rose.",
        "BRUSSELS, 12 March - Ambassadors met behind closed doors.",
    ],
)
def test_wire_datelines_stay_metadata(text: str) -> None:
    assert [s for s in spans(text) if s[0].startswith(("March 12", "12 March"))] == []


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        ("Exports held steady over the summer.", PUBLISHED, "2024-06-01", "2024-08-31"),
        ("The court will hear the case in the autumn.", PUBLISHED, "2025-09-01", "2025-11-30"),
        ("During the winter, attacks on the grid grew.", PUBLISHED, "2024-12-01", "2025-02-28"),
        ("We expect demand to stay firm over the summer.", AUGUST, "2025-06-01", "2025-08-31"),
        (
            "Repairs are due to be finished in the spring.",
            dt.date(2024, 11, 5),
            "2025-03-01",
            "2025-05-31",
        ),
    ],
)
def test_seasons_without_a_year(text: str, published: dt.date, start: str, end: str) -> None:
    [(_, got_start, got_end)] = spans(text, published)
    assert (got_start, got_end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("We expect exports to rise in the fourth quarter.", "2025-10-01", "2025-12-31"),
        ("Analysts forecast a rebound in the fourth quarter.", "2025-10-01", "2025-12-31"),
        ("The bank predicts slower growth in the third quarter.", "2025-07-01", "2025-09-30"),
        ("Traders anticipate tighter supply in the third quarter.", "2025-07-01", "2025-09-30"),
        ("Output fell in the fourth quarter.", "2024-10-01", "2024-12-31"),
    ],
)
def test_expectation_looks_ahead(text: str, start: str, end: str) -> None:
    [(_, got_start, got_end)] = spans(text, AUGUST)
    assert (got_start, got_end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Exports averaged 3.3m b/d in July, down 2% from June and 5% lower than a year earlier.",
            "2024-07-01",
            "2024-07-31",
        ),
        (
            "Sales rose in March, up 4% from February and 9% from a year earlier.",
            "2024-03-01",
            "2024-03-31",
        ),
        (
            "In June output rose 1.5% against May and 6% against a year earlier.",
            "2024-06-01",
            "2024-06-30",
        ),
        (
            "Prices in May were higher than in April but lower than a year earlier.",
            "2024-05-01",
            "2024-05-31",
        ),
    ],
)
def test_a_year_earlier_counts_from_the_reported_period(text: str, start: str, end: str) -> None:
    found = spans(text, AUGUST)
    assert found[-1][1:] == (start, end)


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
    [(_, got_start, got_end)] = spans(text)
    assert (got_start, got_end) == (start, end)


def test_the_weekend_of_a_sunday_page_is_that_weekend() -> None:
    [(_, start, end)] = spans("Crowds gathered over the weekend.", dt.date(2025, 3, 16))
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
    [(_, got_start, got_end)] = spans(text, AUGUST)
    assert (got_start, got_end) == (start, end)


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
    [(_, got_start, got_end)] = spans(text)
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
    [(_, got_start, got_end)] = spans(text)
    assert (got_start, got_end) == (start, end)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The order was signed on 03/12/2025.", "2025-03-12"),
        ("Figures dated 31/01/2025 show a fall.", "2025-01-31"),
        ("The tanker arrived on 3/12, port records show.", "2025-03-12"),
        ("Customs logged the cargo on 12/28/2024.", "2024-12-28"),
    ],
)
def test_slash_dates(text: str, day: str) -> None:
    [(_, start, end)] = spans(text)
    assert start == end == day


@pytest.mark.parametrize(
    "text",
    ["A 2/3 majority is needed.", "The team won 3/4 of its games.", "Open 24/7 at the border."],
)
def test_fractions_are_no_slash_dates(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The ship sailed on 16 February and sank the same day.", "2025-02-16"),
        ("On 3 March the envoy arrived; talks began the same evening.", "2025-03-03"),
        ("The army said on Tuesday it lost contact with the crew the same morning.", "2025-03-11"),
        ("Kyiv was struck on Monday, and Odesa was hit the same day.", "2025-03-10"),
    ],
)
def test_the_same_day(text: str, day: str) -> None:
    assert spans(text)[-1][1:] == (day, day)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("A meeting is planned for mid-April.", "2025-04-11", "2025-04-20"),
        ("Elections are planned for early May.", "2025-05-01", "2025-05-10"),
        ("The hearing is planned for 2 April.", "2025-04-02", "2025-04-02"),
        ("The vote is planned for Tuesday.", "2025-03-18", "2025-03-18"),
    ],
)
def test_planned_for_looks_ahead(text: str, start: str, end: str) -> None:
    [(_, got_start, got_end)] = spans(text)
    assert (got_start, got_end) == (start, end)


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        (
            "From June to August the court is expected to hear the appeal.",
            dt.date(2025, 5, 30),
            "2025-06-01",
            "2025-08-31",
        ),
        ("On Monday the cabinet will vote on the bill.", PUBLISHED, "2025-03-17", "2025-03-17"),
        (
            "In the autumn, parliament is set to debate the law.",
            PUBLISHED,
            "2025-09-01",
            "2025-11-30",
        ),
        ("On 2 October the envoy will travel to Ankara.", PUBLISHED, "2025-10-02", "2025-10-02"),
        # a past verb before the cue keeps the date in the past
        ("On Monday the minister said he will resign.", PUBLISHED, "2025-03-10", "2025-03-10"),
        (
            "On Monday, officials agreed that talks will continue.",
            PUBLISHED,
            "2025-03-10",
            "2025-03-10",
        ),
    ],
)
def test_a_cue_after_an_opening_date_looks_ahead(
    text: str, published: dt.date, start: str, end: str
) -> None:
    [(_, got_start, got_end)] = spans(text, published)
    assert (got_start, got_end) == (start, end)


JUNE = dt.date(2024, 6, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The ministers are meeting in Brussels on Tuesday.", "2024-06-18"),
        ("The treaty is being signed on 3 July.", "2024-07-03"),
        ("The envoy is not travelling to Kyiv on Friday.", "2024-06-14"),
        ("Leaders are gathering for the summit in October.", "2024-10-01"),
        # not an arrangement ahead
        ("Rescuers are searching the rubble after Monday's strike.", "2024-06-10"),
        ("The army is holding the line since Sunday.", "2024-06-09"),
    ],
)
def test_present_progressive_is_an_arrangement_ahead(text: str, start: str) -> None:
    assert spans(text, JUNE)[0][1] == start


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
    [(_, got_start, got_end)] = spans(text)
    assert (got_start, got_end) == (start, "2025-03-13")


def test_last_week_stays_the_calendar_week() -> None:
    assert spans("Output fell last week.") == [("last week", "2025-03-03", "2025-03-09")]


@pytest.mark.parametrize(
    "text",
    [
        "Prices fell 8% over the past 12 months.",
        "Losses rose to 1,380 troops over the past day.",
        "In the last two weeks of the campaign, 30 ships were turned away.",
    ],
)
def test_counted_and_daily_trailing_periods_are_no_dates(text: str) -> None:
    assert spans(text) == []


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
    [(_, got_start, got_end)] = spans(text)
    assert (got_start, got_end) == (start, end)


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
    [(_, got_start, got_end)] = spans(text)
    assert (got_start, got_end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("By the summer, the fleet had grown.", "2024-06-01"),
        ("Over the winter the front barely moved.", "2024-12-01"),
        ("In the autumn, exports recovered.", "2024-09-01"),
        ("The plant will reopen in the summer.", "2025-06-01"),
    ],
)
def test_a_bare_season_looks_back_unless_the_text_looks_ahead(text: str, start: str) -> None:
    assert spans(text)[0][1] == start


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Ministers meet on Monday to agree the package.", "2025-03-17"),
        ("The court rules Tuesday on the appeal.", "2025-03-18"),
        ("Talks resume on Monday after a pause.", "2025-03-17"),
        ("Voters go to the polls on Sunday.", "2025-03-16"),
        # the past form, or a present verb of another kind, keeps the day behind
        ("Ministers met on Monday to agree the package.", "2025-03-10"),
        ("The leaders, who met on Monday, agreed a plan.", "2025-03-10"),
        ("The ministry says the strike on Monday killed four.", "2025-03-10"),
    ],
)
def test_present_schedule_verbs_look_ahead(text: str, day: str) -> None:
    assert spans(text)[0][1:] == (day, day)


@pytest.mark.parametrize(
    "text",
    [
        "The visit on Monday was cut short.",
        "Their return on Monday surprised officials.",
        "The launch on Monday failed.",
        "The head of state on Monday signed the law.",
    ],
)
def test_a_schedule_noun_keeps_the_day_behind(text: str) -> None:
    assert spans(text)[0][1:] == ("2025-03-10", "2025-03-10")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The ship sank two weeks ago.", "2025-02-27"),
        ("A week ago the border was still open.", "2025-03-06"),
        ("Talks collapsed three weeks ago, diplomats said.", "2025-02-20"),
        ("The envoy arrived four days ago.", "2025-03-09"),
    ],
)
def test_weeks_ago_count_days_back(text: str, day: str) -> None:
    assert spans(text) == [(spans(text)[0][0], day, day)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Exports fell 3% in July from a month earlier.", "2025-06-01", "2025-06-30"),
        ("Prices rose in June, after falling the previous month.", "2025-05-01", "2025-05-31"),
        ("The ship was seized on 3 March and released a month later.", "2025-04-03", "2025-04-03"),
        ("Output in May was 2% below the prior month.", "2025-04-01", "2025-04-30"),
        ("Sales were flat compared with a month earlier.", "2025-07-01", "2025-07-31"),
    ],
)
def test_a_month_earlier(text: str, start: str, end: str) -> None:
    assert spans(text, AUGUST)[-1][1:] == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The ship sank in the first week of March.", "2025-03-01", "2025-03-07"),
        ("Shipments slowed in the second half of February.", "2025-02-16", "2025-02-28"),
        ("Talks stalled in the last week of January.", "2025-01-25", "2025-01-31"),
        ("Prices peaked in the third week of February 2024.", "2024-02-15", "2024-02-21"),
    ],
)
def test_weeks_and_halves_of_a_month(text: str, start: str, end: str) -> None:
    assert spans(text) == [(spans(text)[0][0], start, end)]


@pytest.mark.parametrize(
    "text",
    [
        "The order is dated 2025/03/12.",
        "Records from 2025/03/12 show the ship at anchor.",
        "On 2025/03/12 the ship left port.",
        "The log entry of 2025/03/12 is missing.",
    ],
)
def test_iso_dates_with_slashes(text: str) -> None:
    assert spans(text)[0][1:] == ("2025-03-12", "2025-03-12")


@pytest.mark.parametrize(
    "text",
    [
        "Rents rose in Spring Valley, the council said.",
        "Prices rebounded after the fall in demand.",
        "The city has been rebuilt since the fall of the regime.",
        "Clinics closed during the winter of discontent, unions recalled.",
    ],
)
def test_season_words_that_are_no_dates(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The motion passed by 2/3 majority.",
        "Turnout rose from 1/3 to 1/2 of voters.",
        "A share of 3/4 was sold.",
        "Open 24/7 on weekdays.",
    ],
)
def test_slashed_fractions_are_no_dates(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The hearing opened a month later than planned.",
        "The ship arrived a day earlier than expected.",
        "Repairs ended a week later than the ministry promised.",
        "The report came out a year later than scheduled.",
    ],
)
def test_a_delay_is_no_date(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("At the end of last month, prices fell.", "2025-02-28"),
        ("Prices will fall by the end of next month.", "2025-04-30"),
        ("The ban took effect at the start of last week.", "2025-03-03"),
        ("Talks resume at the beginning of next week.", "2025-03-17"),
    ],
)
def test_edges_of_last_and_next_periods(text: str, day: str) -> None:
    assert spans(text)[0][1:] == (day, day)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry's notice of 2025.03.12 lists the vessels.",
        "On 2025.03.12 the ship left port.",
        "Records dated 2025.03.12 show the cargo.",
        "The vessel was listed on 2025.03.12, officials said.",
    ],
)
def test_year_first_dotted_dates(text: str) -> None:
    assert spans(text)[0][1:] == ("2025-03-12", "2025-03-12")


def test_a_version_number_is_no_date() -> None:
    assert spans("The app was updated to version 2025.03.12.4 overnight.") == []
