"""Dates counted from publication or from another date: day words, parts of the day, 'a year
earlier', 'the same day', 'weeks ago', counted days and quarters, and day anaphors whose day sits
in the paragraph before (the date component gets the text before it as context)."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import iter_dates
from tests.extract.dates.helpers import (
    THU_06_FEB_2025,
    THU_13_MAR_2025,
    THU_14_AUG_2025,
    TUE_02_SEP_2025,
    TUE_20_MAY_2025,
    WED_12_MAR_2025,
    WED_16_AUG_2023,
    WED_24_SEP_2025,
    days,
    one,
    spans,
    surface_spans,
)


@pytest.mark.parametrize(
    ("text", "span", "day"),
    [
        ("Power cuts are planned across most regions tomorrow.", "tomorrow", "2025-03-14"),
        ("The talks would continue until tomorrow, officials said.", "tomorrow", "2025-03-14"),
        ("Tomorrow the cabinet votes on the budget.", "Tomorrow", "2025-03-14"),
        ("Ministers welcomed today's decision by the court.", "today", "2025-03-13"),
        ("Today's listings bring the total to 400.", "Today", "2025-03-13"),
        ("A missile struck the port this morning.", "this morning", "2025-03-13"),
        ("Jets were put on alert early this morning.", "early this morning", "2025-03-13"),
        ("The convoy left the harbour this afternoon.", "this afternoon", "2025-03-13"),
        ("A drone hit a hotel late last night.", "late last night", "2025-03-12"),
        ("Sirens sounded yesterday evening in the city.", "yesterday evening", "2025-03-12"),
        ("The vote is set for tomorrow morning.", "tomorrow morning", "2025-03-14"),
    ],
)
def test_day_words_and_parts_of_the_day(text: str, span: str, day: str) -> None:
    assert one(text, THU_13_MAR_2025) == (span, day, day)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ship sailed on 16 August and reached Istanbul the next day.",
            [
                ("16 August", "2024-08-16", "2024-08-16"),
                ("the next day", "2024-08-17", "2024-08-17"),
            ],
        ),
        (
            "A record 120 ships waited yesterday, up from 95 the day before.",
            [
                ("yesterday", "2025-03-12", "2025-03-12"),
                ("the day before", "2025-03-11", "2025-03-11"),
            ],
        ),
        (
            "Aid was paused on 5 March, after a meeting the previous Friday.",
            [
                ("5 March", "2025-03-05", "2025-03-05"),
                ("the previous Friday", "2025-02-28", "2025-02-28"),
            ],
        ),
        (
            "The cable was cut on 2 January; a second one failed a day later.",
            [
                ("2 January", "2025-01-02", "2025-01-02"),
                ("a day later", "2025-01-03", "2025-01-03"),
            ],
        ),
        (
            "Officials agreed the text the day before.",
            [("the day before", "2025-03-12", "2025-03-12")],
        ),
    ],
)
def test_days_counted_from_the_last_day_mentioned(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert spans(text, THU_13_MAR_2025) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Revenue fell 24% in November, from EUR 0.9 bn a year earlier.",
            ("a year earlier", "2023-11-01", "2023-11-30"),
        ),
        (
            "The economy grew 3.1% in the third quarter from a year earlier.",
            ("a year earlier", "2023-07-01", "2023-09-30"),
        ),
        (
            "Output reached 40 units in 2024, up from 30 the year before.",
            ("the year before", "2023-01-01", "2023-12-31"),
        ),
        (
            "Traffic fell by half last month from the previous year.",
            ("the previous year", "2024-02-01", "2024-02-29"),
        ),
        ("Sales were higher a year earlier.", ("a year earlier", "2024-01-01", "2024-12-31")),
    ],
)
def test_a_year_earlier_shifts_the_period_the_text_spoke_of(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert (
        spans(
            text,
            dt.date(2024, 12, 10) if "November" in text or "third" in text else THU_13_MAR_2025,
        )[-1]
        == expected
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The law passed in 2022. It took effect on 8 March of that year.", "2022-03-08"),
        ("Talks began in 2021 and collapsed in October of that year.", "2021-10-01"),
    ],
)
def test_of_that_year_takes_the_year_mentioned_last(text: str, expected: str) -> None:
    assert spans(text, THU_13_MAR_2025)[-1][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The spokeswoman said on Tuesday, the day before the speech, that it would fail.",
            "2025-03-11",
        ),
        ("Talks ended on 3 March, the day after the vote.", "2025-03-03"),
        ("The envoy left on Monday, the day before the summit.", "2025-03-10"),
    ],
)
def test_a_counted_day_set_off_by_a_comma_renames_the_date_before_it(
    text: str, expected: str
) -> None:
    assert spans(text, THU_13_MAR_2025)[-1][1:] == (expected, expected)


def test_the_same_months_of_another_year() -> None:
    text = "Exports rose between January and September, from the same months of 2024."
    assert spans(text, dt.date(2025, 11, 6))[-1] == (
        "the same months of 2024",
        "2024-01-01",
        "2024-09-30",
    )
    text = "Sales fell in the second quarter, below the same period last year."
    assert spans(text, dt.date(2025, 8, 1))[-1] == (
        "the same period last year",
        "2024-04-01",
        "2024-06-30",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The refinery was struck on Sunday and hit again two days later.",
            ("two days later", "2025-03-11"),
        ),
        (
            "The ship was detained on 2 May and released a week later.",
            ("a week later", "2024-05-09"),
        ),
        (
            "Talks began on 3 March; three days earlier they had nearly collapsed.",
            ("three days earlier", "2025-02-28"),
        ),
        (
            "Finland detained the tanker this morning, two days after it left port.",
            ("two days after", "2025-03-11"),
        ),
    ],
)
def test_days_and_weeks_counted_from_a_date(text: str, expected: tuple[str, str]) -> None:
    assert spans(text, THU_13_MAR_2025)[-1][:2] == expected


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Exports averaged 3.3m b/d in July, down 2% from June, against 3.5m b/d a year earlier.",
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
    found = surface_spans(text, THU_14_AUG_2025)
    assert found[-1][1:] == (start, end)


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
    assert surface_spans(text, THU_13_MAR_2025)[-1][1:] == (day, day)


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
    assert surface_spans(text, THU_13_MAR_2025) == [
        (surface_spans(text, THU_13_MAR_2025)[0][0], day, day)
    ]


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
    assert surface_spans(text, THU_14_AUG_2025)[-1][1:] == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Earnings fell in October to a level not seen since the spring of 2023. A year"
            " earlier they averaged EUR 0.8 bn a day.",
            "2023-10-01",
            "2023-10-31",
        ),
        (
            "Sales rose in August, the best month since 2019. A year earlier they had slumped.",
            "2024-08-01",
            "2024-08-31",
        ),
        (
            "Imports fell to 2 mn t in March, the lowest since early 2022. A month earlier they"
            " stood at 2.4 mn t.",
            "2025-02-01",
            "2025-02-28",
        ),
        (
            "Output hit a high in June, unmatched since May 2021; a year earlier it was lower.",
            "2024-06-01",
            "2024-06-30",
        ),
    ],
)
def test_a_since_bound_is_no_anchor_for_a_counted_date(text: str, start: str, end: str) -> None:
    assert surface_spans(text, TUE_02_SEP_2025)[-1][1:] == (start, end)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The EU adopted its package on Tuesday. Britain on the same day listed 100 tankers.",
            "2025-05-20",
        ),
        ("The drone struck on 2 March and a second one hit that same evening.", "2025-03-02"),
        ("Kyiv was shelled on Sunday; the very same day Kharkiv lost power.", "2025-05-18"),
        (
            "Both ships were seized on 14 April, and the crews were freed the same afternoon.",
            "2025-04-14",
        ),
        # nothing before it in the paragraph: the day of publication
        ("Canada imposed matching measures on the same day.", "2025-05-20"),
    ],
)
def test_the_same_day_is_the_day_spoken_of_last(text: str, day: str) -> None:
    assert surface_spans(text, TUE_20_MAY_2025)[-1][1:] == (day, day)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Casualties rose in the last quarter of 2024, up a fifth on the previous quarter.",
            "2024-07-01",
            "2024-09-30",
        ),
        (
            "Tanker calls fell in the third quarter of 2024 after a surge in the preceding quarter.",
            "2024-04-01",
            "2024-06-30",
        ),
        (
            "Output rose 3% in the second quarter of 2024, having fallen a quarter earlier.",
            "2024-01-01",
            "2024-03-31",
        ),
        (  # no quarter before it: the calendar quarter before publication's
            "Sales were weak in the previous quarter.",
            "2024-10-01",
            "2024-12-31",
        ),
    ],
)
def test_a_quarter_counted_from_the_last_period(text: str, start: str, end: str) -> None:
    assert surface_spans(text, THU_06_FEB_2025)[-1][1:] == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Exports fell to 2 mn t in October from 2.4 mn t in September, against 2.2 mn t"
            " a year earlier.",
            "2024-10-01",
            "2024-10-31",
        ),
        (
            "Imports reached EUR 3 bn in September, against EUR 2.5 bn in August and EUR 2 bn a"
            " year earlier.",
            "2024-09-01",
            "2024-09-30",
        ),
        (
            "Sales rose from 12 stores in 2023 to 30 in 2024. A year earlier there were none.",
            "2023-01-01",
            "2023-12-31",
        ),
        (
            "Freight rates climbed to $4,000 in July, up from $2,900 in June, and doubled on a"
            " year earlier.",
            "2024-07-01",
            "2024-07-31",
        ),
    ],
)
def test_a_level_measured_against_is_no_anchor(text: str, start: str, end: str) -> None:
    assert surface_spans(text, dt.date(2025, 11, 6))[-1][1:] == (start, end)


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
    assert (surface, day) in days(text, before, WED_12_MAR_2025)


def test_without_a_dated_paragraph_before_the_anaphor_counts_from_publication() -> None:
    assert days(
        "The next day, the port reopened.", "The port was shut by a strike.\n\n", WED_12_MAR_2025
    ) == [("The next day", "2025-03-13")]


def test_a_day_of_the_paragraph_itself_wins_over_the_context() -> None:
    text = "The bridge was hit on 5 March and reopened the next day."
    assert days(text, "Shelling began on 1 March.\n\n", WED_12_MAR_2025)[-1] == (
        "the next day",
        "2025-03-06",
    )


def test_a_bare_day_part_without_any_day_is_no_date() -> None:
    assert days("Markets are quieter in the morning.", None, WED_12_MAR_2025) == []


def test_a_day_part_in_its_day_s_sentence_adds_no_claim() -> None:
    text = "The rouble firmed after today's decision, trading at 96.8 in the afternoon."
    assert [surface for surface, _ in days(text, None, WED_12_MAR_2025)] == ["today"]


def test_a_day_part_in_a_later_sentence_is_that_day() -> None:
    text = "The ship docked on Friday. Customs officers searched it in the evening."
    assert days(text, None, WED_12_MAR_2025) == [
        ("Friday", "2025-03-07"),
        ("in the evening", "2025-03-07"),
    ]


@pytest.mark.parametrize(
    ("text", "event_day"),
    [
        (
            "The bank froze the accounts on 9 March, three days before Governor Okafor took office.",
            "2023-03-12",
        ),
        (
            "Troops left on 2 May, two days after Prime Minister Hale announced the pullout.",
            "2023-04-30",
        ),
        (
            "The law was signed on 20 June, two weeks before Parliament rose for its recess.",
            "2023-07-04",
        ),
        ("Talks collapsed on 11 July, four days after Vance arrived in Cairo.", "2023-07-07"),
    ],
)
def test_a_count_to_a_named_persons_act_dates_that_act(text: str, event_day: str) -> None:
    found = spans(text, WED_16_AUG_2023)
    assert len(found) == 2
    assert found[1][1] == found[1][2] == event_day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The deal was signed on 3 March – two days after the vote – in Kyiv.",
            [("3 March", "2025-03-03"), ("two days after", "2025-03-01")],
        ),
        (
            "The ban took effect on 1 March - the day after the summit.",
            [("1 March", "2025-03-01"), ("the day after", "2025-03-01")],
        ),
        (
            "Troops crossed on Sunday — three days after the talks failed.",
            [("Sunday", "2025-03-09"), ("three days after", "2025-03-06")],
        ),
    ],
)
def test_a_counted_date_set_off_by_a_dash_renames_the_date_before(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(surface, start) for surface, start, _end in spans(text, WED_12_MAR_2025)] == expected


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        ("The regulator on Thursday last week fined two banks.", "Thursday last week", "18"),
        ("On Monday this week, the strike spread to the docks.", "Monday this week", "22"),
        ("Ministers will meet on Tuesday next week.", "Tuesday next week", "30"),
        ("Sunday last week saw the heaviest shelling in months.", "Sunday last week", "21"),
    ],
)
def test_a_weekday_takes_the_week_named_after_it(text: str, surface: str, day: str) -> None:
    [(got, start, end)] = [
        (text[m.start : m.end], str(r.start), str(r.end))
        for m, r in iter_dates(text, WED_24_SEP_2025)
    ]
    assert got == surface
    assert start == end
    assert start.endswith(f"-{day}")
