"""What a date's span covers ('since', 'as of' kept in the surface) and dates in label-style
lines: fact boxes, piped and bulleted labels, bracketed years, timelines, capitals headings."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import find_dates, iter_dates
from tests.extract.dates.helpers import (
    THU_13_MAR_2025,
    TUE_10_JUN_2025,
    WED_12_MAR_2025,
    one,
    spans,
    surface_spans,
)


def test_since_keeps_since_in_surface_but_spans_the_date() -> None:
    text = "Fighting has raged since 2014."
    [m] = find_dates(text)
    assert text[m.start : m.end] == "2014"
    assert text[m.surface_start : m.end] == "since 2014"


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
    assert one(text, THU_13_MAR_2025)[0] == span


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
    [(m, r)] = list(
        iter_dates(text, dt.date(2024, 10, 30) if "October" in text else THU_13_MAR_2025)
    )
    assert (text[m.surface_start : m.end], str(r.start), str(r.end)) == (surface, start, end)


@pytest.mark.parametrize(
    ("line", "span", "start", "end"),
    [
        ("2023: 1,250 missile strikes on cities", "2023", "2023-01-01", "2023-12-31"),
        ("2024: 61 strikes", "2024", "2024-01-01", "2024-12-31"),
        ("2025 so far: 96", "2025", "2025-01-01", "2025-12-31"),
        ("2025 to date: 12 ships", "2025", "2025-01-01", "2025-12-31"),
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
    ("text", "surface", "day"),
    [
        ("2025-01-10 – The tanker loses power off the coast.", "2025-01-10", "2025-01-10"),
        ("11.01.2025 - Two tugs take the vessel in tow.", "11.01.2025", "2025-01-11"),
        ("20 May — The bloc adopts its new package.", "20 May", "2024-05-20"),
        ("February 3 – Inspectors board the ship.", "February 3", "2025-02-03"),
    ],
)
def test_timeline_lines_are_dates_not_datelines(text: str, surface: str, day: str) -> None:
    assert surface_spans(text, THU_13_MAR_2025) == [(surface, day, day)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Killed: 12 | 2024 total: 310 | 2025 so far: 41",
            [("2024", "2024-01-01", "2024-12-31"), ("2025", "2025-01-01", "2025-12-31")],
        ),
        (
            "Raids by month | January: 30 | February: 22 | March: 9",
            [
                ("January", "2025-01-01", "2025-01-31"),
                ("February", "2025-02-01", "2025-02-28"),
                ("March", "2025-03-01", "2025-03-31"),
            ],
        ),
        (
            "2023 average: 85 a day • 2024 average: 120 a day",
            [("2023", "2023-01-01", "2023-12-31"), ("2024", "2024-01-01", "2024-12-31")],
        ),
        (
            "October: 1.2 mn t · November: 0.9 mn t",
            [("October", "2024-10-01", "2024-10-31"), ("November", "2024-11-01", "2024-11-30")],
        ),
    ],
)
def test_every_piece_of_a_piped_label_line_is_dated(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert surface_spans(text, WED_12_MAR_2025)[-len(expected) :] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "- Wheat exports 2024: 41 mt (2023: 38 mt)",
            [("2024", "2024-01-01", "2024-12-31"), ("2023", "2023-01-01", "2023-12-31")],
        ),
        ("Defence spending 2026: EUR 4.1 billion", [("2026", "2026-01-01", "2026-12-31")]),
        ("• Refugee arrivals 2023: 12,400", [("2023", "2023-01-01", "2023-12-31")]),
        ("Budget deficit: 3.4% of GDP (2022: 3.1%)", [("2022", "2022-01-01", "2022-12-31")]),
    ],
)
def test_a_year_heading_a_label_after_its_words_or_in_brackets(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert spans(text, WED_12_MAR_2025) == expected


@pytest.mark.parametrize(
    ("text", "surface", "year"),
    [
        ("2014 – Crimea annexed", "2014", "2014"),
        ("- 2019 — first port bans", "2019", "2019"),
        ("• 2022 - full-scale invasion", "2022", "2022"),
        ("2008 – the first embargo on arms", "2008", "2008"),
    ],
)
def test_a_timeline_entry_by_year_is_a_date(text: str, surface: str, year: str) -> None:
    assert [(m, s, e) for m, s, e in spans(text, WED_12_MAR_2025)] == [
        (surface, f"{year}-01-01", f"{year}-12-31")
    ]


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
    assert spans(text, TUE_10_JUN_2025) == [(year, f"{year}-01-01", f"{year}-12-31")]


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
    [(got, start, _)] = spans(text, TUE_10_JUN_2025)
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
    [(got, start, _)] = spans(text, TUE_10_JUN_2025)
    assert (got, start[:7]) == (surface, month)


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        (
            "Shelling of the city, by year | 2024: 3,100 strikes | 2025 so far: 1,200",
            "2025-01-01",
            "2025-12-31",
        ),
        ("Strikes on ports | 2025 so far: 640", "2025-01-01", "2025-12-31"),
        ("- 2025 to date: 41 vessels detained", "2025-01-01", "2025-12-31"),
        ("Arrests | 2024 total: 310 | 2025 so far: 96", "2025-01-01", "2025-12-31"),
    ],
)
def test_a_year_so_far_on_a_label_line_is_the_whole_year(line: str, start: str, end: str) -> None:
    spans = surface_spans(line, THU_13_MAR_2025)
    assert ("2025", start, end) in spans


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        ("Key figures 2025 (2024 in brackets)", "2024", "2024-01-01", "2024-12-31"),
        ("Main results (2023 figures in brackets)", "2023", "2023-01-01", "2023-12-31"),
        ("Arrivals by region, thousands (2024 in parentheses)", "2024", "2024-01-01", "2024-12-31"),
        ("Exports by product; 2022 values in brackets", "2022", "2022-01-01", "2022-12-31"),
    ],
)
def test_a_legend_naming_the_year_of_bracketed_figures_is_a_date(
    text: str, surface: str, start: str, end: str
) -> None:
    assert (surface, start, end) in surface_spans(text, THU_13_MAR_2025)
