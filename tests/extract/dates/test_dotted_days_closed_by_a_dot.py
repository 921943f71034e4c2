"""Day-first pages write a day of the year in hand as 'DD.MM.' with a closing dot ('Thu 14.05.',
'on 02.03.'): a date after its weekday or a day's preposition, the weekday naming the year as a
written year would; a stretch of two such days takes a year written after the last for both.
An unpadded day-first date is a date as a dated field's value ('Date of entry: 3.2.2025')."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import resolved, spans

MON_17_NOV_2025 = dt.date(2025, 11, 17)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Extra ferries run on Thu 14.05. after the holiday.", "2026-05-14"),
        ("Closures: 3 days, incl. Saturday, 06.06. for the fair", "2026-06-06"),
        ("The museum opens late on Mon 16.03. and on Wed 18.03.", "2026-03-16"),
        ("The hall was shut on Fri 07.11. for repairs.", "2025-11-07"),
    ],
)
def test_a_dotted_day_after_its_weekday_takes_the_year_the_weekday_names(
    text: str, day: str
) -> None:
    assert (day, day) in [(s, e) for _, s, e, _ in resolved(text, MON_17_NOV_2025)]


def test_a_dotted_day_after_a_day_preposition_is_a_date() -> None:
    assert [
        (s, e)
        for _, s, e, _ in resolved("The form was filed on 03.11. by the firm.", MON_17_NOV_2025)
    ] == [("2025-11-03", "2025-11-03")]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The lane stays closed from 06.07. to 21.08.2026.", "2026-07-06", "2026-08-21"),
        (
            "Night works are planned between 01.03. and 15.04.2026 on the ring road.",
            "2026-03-01",
            "2026-04-15",
        ),
        ("Tolls were doubled from 12.06.–30.09.2025 on the bridge.", "2025-06-12", "2025-09-30"),
        ("The market runs from 20.11. until 23.12.2025 in the square.", "2025-11-20", "2025-12-23"),
    ],
)
def test_two_dotted_days_are_one_stretch(text: str, start: str, end: str) -> None:
    assert [(s, e) for _, s, e, _ in resolved(text, MON_17_NOV_2025)] == [(start, end)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Date of entry: 3.2.2025", "2025-02-03"),
        ("Born: 9.12.1974. Passport no. X44", "1974-12-09"),
        ("Designated on: 1.4.2024", "2024-04-01"),
        ("Effective date: 7.10.2025; reviewed yearly", "2025-10-07"),
    ],
)
def test_an_unpadded_date_as_a_dated_field_value(text: str, day: str) -> None:
    assert [(s, e) for _, s, e, _ in resolved(text, MON_17_NOV_2025)] == [(day, day)]


@pytest.mark.parametrize(
    "text",
    ["Rates rose 12.05 points.", "Version 2.4.2024 of the app", "The score was 31.07 at close."],
)
def test_a_decimal_or_a_version_stays_out(text: str) -> None:
    assert spans(text, MON_17_NOV_2025) == []
