"""Day-month-year and numeric notations (slashes, ISO, year-first dots) and the fractions and
version numbers that look like them but are no dates."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import THU_13_MAR_2025, one, resolved, surface_spans

FRI_24_JUL_2026 = dt.date(2026, 7, 24)


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
    assert one(text, THU_13_MAR_2025) == (span, start, end)


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
    [(_, start, end)] = surface_spans(text, THU_13_MAR_2025)
    assert start == end == day


@pytest.mark.parametrize(
    "text",
    ["A 2/3 majority is needed.", "The team won 3/4 of its games.", "Open 24/7 at the border."],
)
def test_fractions_are_no_slash_dates(text: str) -> None:
    assert surface_spans(text, THU_13_MAR_2025) == []


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
    assert surface_spans(text, THU_13_MAR_2025)[0][1:] == ("2025-03-12", "2025-03-12")


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
    assert surface_spans(text, THU_13_MAR_2025) == []


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
    assert surface_spans(text, THU_13_MAR_2025)[0][1:] == ("2025-03-12", "2025-03-12")


def test_a_version_number_is_no_date() -> None:
    assert (
        surface_spans("The app was updated to version 2025.03.12.4 overnight.", THU_13_MAR_2025)
        == []
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "District tables will be released on 08-15-2026, the statistics office said.",
            "2026-08-15",
        ),
        ("The court order dated 28-02-2025 froze the accounts.", "2025-02-28"),
        ("Inspectors visited the plant on 12-19-2024 and found no breach.", "2024-12-19"),
        ("The tender closes on 31-03-2025 at noon.", "2025-03-31"),
    ],
)
def test_hyphened_numeric_dates_with_a_full_year(text: str, day: str) -> None:
    [(_, start, end)] = surface_spans(text, THU_13_MAR_2025)
    assert start == end == day


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Calendar: the jobs report is due on 31.07; trade data on 14 August.", "2026-07-31"),
        ("The board met on 03.07, the minutes show.", "2026-07-03"),
        ("The new tariff will apply until 15.09, the ministry said.", "2026-09-15"),
        ("Bids had to be in before 20.06, the agency said.", "2026-06-20"),
    ],
)
def test_a_yearless_dotted_day_after_a_day_preposition_is_a_date(text: str, start: str) -> None:
    found = [r for r in resolved(text, FRI_24_JUL_2026) if "." in r[0]]
    assert [(r[1], r[2]) for r in found] == [(start, start)]


@pytest.mark.parametrize(
    "text",
    [
        "The index closed on 31.07 points higher.",
        "Shares rose on 12.05% volume growth.",
        "Rates fell from 10.50 to 10.25.",
        "The fund returned 11.04 over the year.",
    ],
)
def test_a_decimal_after_a_preposition_is_no_dotted_day(text: str) -> None:
    assert resolved(text, FRI_24_JUL_2026) == []
