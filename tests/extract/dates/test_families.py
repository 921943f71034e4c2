"""Date construction families, each with several phrasings of our own: day words and parts of
the day, looking ahead, dates counted from another date, numeric and day-month-year dates,
seasons and parts of years, fiscal periods, attributive years, possessives, label-style lines.
Publication is Thursday 2025-03-13 unless a case says otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import find_dates, iter_dates, sentence_before

PUBLISHED = dt.date(2025, 3, 13)  # a Thursday


def spans(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str, str]]:
    """(span text, start, end) of every date found."""
    return [
        (text[m.start : m.end], str(r.start), str(r.end)) for m, r in iter_dates(text, published)
    ]


def one(text: str, published: dt.date | None = PUBLISHED) -> tuple[str, str, str]:
    [found] = spans(text, published)
    return found


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
    assert one(text) == (span, day, day)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Ministers will meet on Tuesday to discuss the plan.", "2025-03-18"),
        ("The envoy is to travel to Moscow on Friday.", "2025-03-14"),
        ("The sanctions take effect on Monday, the ministry said.", "2025-03-17"),
        ("The rules enter into force on Sunday.", "2025-03-16"),
        ("Heating should be restored by Tuesday.", "2025-03-18"),
        ("The council is expected to vote on Wednesday.", "2025-03-19"),
        # looking back, whatever else the sentence says
        ("Officials will decide later, the ministry said on Tuesday.", "2025-03-11"),
        ("The talks, which will resume in May, ended on Monday.", "2025-03-10"),
        ("The ministry said Thursday it would respond.", "2025-03-13"),
        ("The ship sank on Saturday.", "2025-03-08"),
    ],
)
def test_weekdays_resolve_forward_only_when_the_text_looks_ahead(text: str, day: str) -> None:
    [(_, start, end)] = [s for s in spans(text) if s[0].split()[-1].endswith("day")]
    assert (start, end) == (day, day)


@pytest.mark.parametrize(
    "text",
    [
        "Japan will ban the parts from Jan. 19.",
        "The U.S. will lift the ban on Jan. 19.",
        "Mr. Lee said the embargo will start on Jan. 19.",
        "Exports, the Dept. said, will resume on Jan. 19.",
    ],
)
def test_an_abbreviation_period_does_not_hide_a_future_cue(text: str) -> None:
    assert spans(text, dt.date(2024, 11, 20))[-1][1] == "2025-01-19"


def test_sentence_before_skips_abbreviations_but_not_full_stops() -> None:
    assert sentence_before("It rained. The U.S. will act on", 31) == " The U.S. will act on"
    assert sentence_before("Talks end Jan. 5. Then", 22) == " Then"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The strike came on Tuesday.", "Tuesday"),
        ("Officials said Thursday that the port was closed.", "Thursday"),
        ("The committee met last Friday.", "last Friday"),
        ("Prices rose in June.", "June"),
        ("The freeze began in July.", "July"),
        ("The ban was extended until Sept.", "Sept."),
    ],
)
def test_spans_hold_only_the_date_words(text: str, span: str) -> None:
    assert one(text)[0] == span


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
    assert spans(text) == expected


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
        spans(text, dt.date(2024, 12, 10) if "November" in text or "third" in text else PUBLISHED)[
            -1
        ]
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
    assert spans(text)[-1][1] == expected


@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        ("The decree was signed on 12 March 2025.", "12 March 2025", "2025-03-12", "2025-03-12"),
        ("The list took effect on 10.02.2025.", "10.02.2025", "2025-02-10", "2025-02-10"),
        ("Drones struck on the night of 09.07.2025.", "09.07.2025", "2025-07-09", "2025-07-09"),
        ("Staff at a hospital in Kherson, 28.02.2025.", "28.02.2025", "2025-02-28", "2025-02-28"),
        ("The Decision of 26 July raised the rate.", "26 July", "2024-07-26", "2024-07-26"),
        (
            "The EU decision of 24 February listed 74 ships.",
            "24 February",
            "2025-02-24",
            "2025-02-24",
        ),
        ("Key figures (as of 29 October)", "29 October", "2024-10-29", "2024-10-29"),
    ],
)
def test_day_month_year_and_numeric_dates(text: str, span: str, start: str, end: str) -> None:
    assert one(text) == (span, start, end)


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
    assert one(text) == (span, start, end)


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
    ("text", "year"),
    [
        ("The firm was first linked to smuggling after a 2010 raid.", "2010"),
        ("The agreement dates from a 1975 treaty.", "1975"),
        ("Critics recall the 2014 attack on the studio.", "2014"),
        ("Traffic is at half of 2023 levels.", "2023"),
        ("The court upheld the 2023 renewal of the listing.", "2023"),
        ("Deliveries planned for 2026 were delayed.", "2026"),
    ],
)
def test_attributive_years(text: str, year: str) -> None:
    assert one(text) == (year, f"{year}-01-01", f"{year}-12-31")


@pytest.mark.parametrize(
    "text",
    ["The 2000 troops crossed the river.", "Some 1500 km of track was damaged."],
)
def test_a_count_before_a_unit_is_no_attributive_year(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        ("Last month's reading of 8.6% was high.", "Last month", "2025-02-01", "2025-02-28"),
        ("Damage from last week's strike is severe.", "last week", "2025-03-03", "2025-03-09"),
        ("This year's budget adds 40 billion.", "This year", "2025-01-01", "2025-12-31"),
        ("The ship was listed in last month's package.", "last month", "2025-02-01", "2025-02-28"),
        ("In its July forecast the bank saw 4% growth.", "July", "2024-07-01", "2024-07-31"),
        ("Prices are 10% below their July peak.", "July", "2024-07-01", "2024-07-31"),
    ],
)
def test_possessive_and_attributive_periods(text: str, span: str, start: str, end: str) -> None:
    assert one(text) == (span, start, end)


@pytest.mark.parametrize(
    ("line", "span", "start", "end"),
    [
        ("2023: 1,250 missile strikes on cities", "2023", "2023-01-01", "2023-12-31"),
        ("2024: 61 strikes", "2024", "2024-01-01", "2024-12-31"),
        ("2025 so far: 96", "2025", "2025-01-01", "2025-03-13"),
        ("2025 to date: 12 ships", "2025", "2025-01-01", "2025-03-13"),
        ("Built: 2005", "2005", "2005-01-01", "2005-12-31"),
        ("Industrial output, September: +0.4% m/m", "September", "2024-09-01", "2024-09-30"),
    ],
)
def test_label_style_lines_hold_a_date(line: str, span: str, start: str, end: str) -> None:
    assert one(line, dt.date(2025, 3, 13) if "2025" in line else dt.date(2024, 10, 30)) == (
        span,
        start,
        end,
    )


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
    assert one(text) == (span, start, end)


@pytest.mark.parametrize(
    "text",
    [
        "KYIV, March 12 (Northline Wire) - Russia attacked overnight.",
        "TOKYO, Jan. 10 (Kyokuto News) - Japan approved new sanctions.",
        "SEOUL, Dec. 26 (Hanbando Wire) -- South Korea imposed sanctions.",
        "March 12 (Reuters) - Russia attacked the port overnight.",
    ],
)
def test_a_wire_dateline_is_metadata(text: str) -> None:
    assert find_dates(text) == []


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
    assert spans(text)[-1][1:] == (expected, expected)


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
    "text",
    [
        "Customs publishes figures for the first two months of each year.",
        "Potash earned Belarus $2.5 billion a year before sanctions.",
        "He came in second.",
        "The team finished in the third, behind Norway.",
    ],
)
def test_habits_rates_and_ranks_are_no_dates(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The bank said it could raise rates again in December.", "2024-12-01"),
        ("Ministers prepared to meet in Canada on Wednesday.", "2024-10-02"),
        ("Diplomats are preparing to vote on Friday.", "2024-10-04"),
        ("Prices might fall in January.", "2025-01-01"),
    ],
)
def test_modal_and_preparation_cues_look_ahead(text: str, start: str) -> None:
    assert spans(text, dt.date(2024, 9, 30))[-1][1] == start


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        ("Key figures (as of 29 October)", "as of 29 October", "2024-10-29", "2024-10-29"),
        ("As of March 1, the list held 400 names.", "As of March 1", "2025-03-01", "2025-03-01"),
        (
            "The list held 400 names as of 1 March 2025.",
            "as of 1 March 2025",
            "2025-03-01",
            "2025-03-01",
        ),
        ("The repairs should be finished by Friday.", "by Friday", "2025-03-14", "2025-03-14"),
        ("Kyiv hopes to sign the deal by 24 March.", "by 24 March", "2025-03-24", "2025-03-24"),
        ("The fleet must be replaced by 2030.", "by 2030", "2030-01-01", "2030-12-31"),
        ("Prices have doubled since January.", "since January", "2025-01-01", "2025-01-31"),
        ("Prices had fallen since 12 February.", "since 12 February", "2025-02-12", "2025-02-12"),
        ("Talks have stalled since last autumn.", "since last autumn", "2024-09-01", "2024-11-30"),
        (
            "Attacks have risen since the spring of 2024.",
            "since the spring of 2024",
            "2024-03-01",
            "2024-05-31",
        ),
        (
            "Under its resolution of 5 March the council acted.",
            "of 5 March",
            "2025-03-05",
            "2025-03-05",
        ),
    ],
)
def test_as_of_by_since_and_decision_of(text: str, surface: str, start: str, end: str) -> None:
    [(m, r)] = list(iter_dates(text, dt.date(2024, 10, 30) if "October" in text else PUBLISHED))
    assert (text[m.surface_start : m.end], str(r.start), str(r.end)) == (surface, start, end)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Stocks stood at 2.1 million tonnes as of the end of February.", "2025-02-28"),
        ("The ban runs until the end of September.", "2025-09-30"),
        ("Shells will arrive by the end of the year.", "2025-12-31"),
        ("Prices have risen since the start of 2024.", "2024-01-01"),
        ("Exports fell at the end of last year.", "2024-12-31"),
        ("The vote is due by the end of the month.", "2025-03-31"),
    ],
)
def test_the_end_or_start_of_a_period_is_a_day(text: str, day: str) -> None:
    assert one(text)[1:] == (day, day)


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
    assert spans(text)[-1][:2] == expected


@pytest.mark.parametrize(
    "text",
    [
        "One hospital went without power for three days after its inverter failed.",
        "It took 30 days after the order to comply.",
        "Three days after the vote, he resigned.",
    ],
)
def test_durations_and_unanchored_event_counts_are_no_dates(text: str) -> None:
    assert find_dates(text) == []


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
    assert one(text) == (span, start, end)


def test_a_date_opening_a_sentence_is_no_dateline() -> None:
    assert one("March 12 was the coldest day of the year.")[0] == "March 12"
    assert spans("On March 12 - a Wednesday - the port closed.")[0][0] == "March 12"


def test_every_token_pattern_example_holds_a_trigger_word() -> None:
    """Text without a trigger word skips the token patterns, so each must need one."""
    from claims.extract.dates.finder import _trigger
    from claims.resources import load_data

    for entry in load_data("patterns/dates")["patterns"]:
        assert _trigger().search(entry["example"]), entry["id"]
        for token in entry["pattern"]:
            words = token.get("LOWER", {})
            listed = {words} if isinstance(words, str) else set(words.get("IN", [None]))
            if listed <= set(load_data("dates")["token_pattern_triggers"]):
                break
            if "REGEX" in token.get("TEXT", {}):
                break
        else:
            raise AssertionError(f"{entry['id']}: no token needs a trigger word or a year")
