"""Date families of round 6, in phrasings of our own: a press release's dated lead ("Place,
full date - ...") is metadata like a wire dateline, while the dates of the sentence after it are
claims."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import iter_dates

DAY = dt.date(2025, 3, 14)


def surfaces(text: str) -> list[str]:
    return [text[m.start : m.end] for m, _ in iter_dates(text, DAY)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Bern, 14.03.2025 - The department widened the list on 10 March.", ["10 March"]),
        ("Vaduz, 14 March 2025 – The government adopted the measures on Monday.", ["Monday"]),
        ("Wellington, March 14, 2025 - The minister named 8 people in February.", ["February"]),
        ("Ottawa, 2025-03-14 — Canada imposed the sanctions last week.", ["last week"]),
    ],
)
def test_a_press_release_dated_lead_is_no_claim(text: str, kept: list[str]) -> None:
    assert surfaces(text) == kept


PUB = dt.date(2025, 6, 10)


def found(text: str) -> list[tuple[str, str, str]]:
    return [(text[m.start : m.end], str(r.start), str(r.end)) for m, r in iter_dates(text, PUB)]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("- 2018: grain exports reach a record 48 million tonnes", "2018"),
        ("• 2031: the last coal plant closes", "2031"),
        ("Wind output 61 TWh (2023 full year: 55 TWh)", "2023"),
        ("Trucks cleared per day: 840 (2021 average: 910)", "2021"),
    ],
)
def test_a_year_labels_a_bulleted_or_bracketed_line(text: str, year: str) -> None:
    assert found(text) == [(year, f"{year}-01-01", f"{year}-12-31")]


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
    [(got, start, _)] = found(text)
    assert (got, start) == (surface, day)


@pytest.mark.parametrize(
    ("text", "surface", "month"),
    [
        ("Retail sales fell 1.8% on April, the statistics office said.", "April", "2025-04"),
        ("Bookings were 12% above March.", "March", "2025-03"),
        ("Spot rates ended the week 5 percent below February.", "February", "2025-02"),
        ("Power demand was up 3% on May as the heat set in.", "May", "2025-05"),
    ],
)
def test_the_month_a_change_is_measured_on(text: str, surface: str, month: str) -> None:
    [(got, start, _)] = found(text)
    assert (got, start[:7]) == (surface, month)


@pytest.mark.parametrize(
    ("text", "surface", "month"),
    [
        ("LNG sendout 410 GWh/d (Apr: 395 GWh/d)", "Apr", "2025-04"),
        ("Urea, Gulf granular (March): $380/t", "March", "2025-03"),
        ("Vacancies (May, provisional): 781,000", "May", "2025-05"),
        ("February's 2.4% fall in output was the steepest in a year.", "February", "2025-02"),
    ],
)
def test_a_month_as_a_bracketed_label_or_before_a_figure(
    text: str, surface: str, month: str
) -> None:
    [(got, start, _)] = found(text)
    assert (got, start[:7]) == (surface, month)


@pytest.mark.parametrize(
    ("text", "surface", "month"),
    [
        ("GRAIN MARKETS REVIEW: MARCH 2025 - EXPORTS SLOW", "MARCH 2025", "2025-03"),
        ("FREIGHT OUTLOOK - NOVEMBER 2024", "NOVEMBER 2024", "2024-11"),
        ("STEEL BULLETIN | JANUARY, 2025 | PRICES", "JANUARY, 2025", "2025-01"),
        ("LABOUR MARKET UPDATE, JULY 2024", "JULY 2024", "2024-07"),
    ],
)
def test_a_month_and_year_in_a_capitals_heading(text: str, surface: str, month: str) -> None:
    [(got, start, _)] = found(text)
    assert (got, start[:7]) == (surface, month)


@pytest.mark.parametrize(
    "text",
    [
        "Theresa May's 3 ministers resigned.",
        "The union said it MAY 2 strike again.",
        "Readings (Gauge 4: 2.1 m) rose.",
        "Prices rose 3% on average.",
    ],
)
def test_no_month_where_none_is_meant(text: str) -> None:
    assert found(text) == []


WED = dt.date(2025, 9, 24)  # a Wednesday


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
        (text[m.start : m.end], str(r.start), str(r.end)) for m, r in iter_dates(text, WED)
    ]
    assert got == surface
    assert start == end
    assert start.endswith(f"-{day}")


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
    assert found(text) == [(surface, start, end)]


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
    assert found(text) == [(surface, start, end)]


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
    [(_, got_start, got_end)] = found(text)
    assert (got_start, got_end) == (start, end)


JUNE = dt.date(2025, 6, 26)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The former minister faces trial on 3 September.", "2025-09-03"),
        ("Both men face sentencing on Aug. 14, prosecutors said.", "2025-08-14"),
        ("The ex-mayor now faces a retrial on 8 August.", "2025-08-08"),
        ("The company faced a hearing on July 9.", "2024-07-09"),  # told in the past
    ],
)
def test_facing_a_hearing_on_a_date_looks_ahead(text: str, day: str) -> None:
    [(_, start)] = [(m.start, str(r.start)) for m, r in iter_dates(text, JUNE)]
    assert start == day


def test_a_past_participle_between_the_verb_and_the_date_dates_something_else() -> None:
    text = "He faces charges filed on July 9."
    assert [str(r.start) for _, r in iter_dates(text, JUNE)] == ["2024-07-09"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The envoy was recalled in May but returns to Kyiv on July 2.", "2025-07-02"),
        ("The firm was fined last year and faces a second hearing on 14 July.", "2025-07-14"),
        ("The pilot was detained in April and faces trial on 3 September.", "2025-09-03"),
        (
            "Parliament approved the bill in March, and the president signs it on July 1.",
            "2025-07-01",
        ),
    ],
)
def test_a_past_verb_in_an_earlier_joined_clause_does_not_undo_a_schedule(
    text: str, day: str
) -> None:
    assert str(list(iter_dates(text, JUNE))[-1][1].start) == day
