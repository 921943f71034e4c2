"""A date written with its year inside a participle aside after the clause's verb ('lifted the
ban on the airline, imposed in July 2020, once it passed an audit in February') tells the
object's back story: a yearless month after the aside belongs to the main clause and keeps its
reading from publication, not the year of the aside. With no verb before the aside ('The mine,
shut in March 2023, reopened in June') the story runs on from the aside's date, as before."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

TUE_24_JUN_2025 = dt.date(2025, 6, 24)


@pytest.mark.parametrize(
    ("text", "surface", "start"),
    [
        (
            "Regulators delisted the bank, sanctioned in May 2021, after it changed owners in "
            "March.",
            "in March",
            "2025-03-01",
        ),
        (
            "The court freed the activist, detained in October 2022, after a hearing in April.",
            "in April",
            "2025-04-01",
        ),
        (
            "The EU lifted its ban on the airline, imposed in July 2020, once it passed an audit "
            "in February.",
            "in February",
            "2025-02-01",
        ),
        (
            "Ministers removed the judge, first listed in August 2022, after she stepped down in "
            "March.",
            "in March",
            "2025-03-01",
        ),
    ],
)
def test_a_yearless_month_after_an_object_aside_reads_from_publication(
    text: str, surface: str, start: str
) -> None:
    assert (surface, start) in [(s, b) for s, b, _ in surface_spans(text, TUE_24_JUN_2025)]


@pytest.mark.parametrize(
    ("text", "surface", "start"),
    [
        ("The mine, closed in March 2023, reopened in June.", "in June", "2023-06-01"),
        (
            "The plant reopened in February 2024 after floods in November.",
            "in November",
            "2023-11-01",
        ),
    ],
)
def test_without_an_object_aside_the_written_year_still_leads(
    text: str, surface: str, start: str
) -> None:
    assert (surface, start) in [(s, b) for s, b, _ in surface_spans(text, TUE_24_JUN_2025)]
