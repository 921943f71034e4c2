"""Date expressions and their resolution against the publication date (2024-04-02, a Tuesday)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from claims.extract.dates.finder import find_dates, iter_dates

PUBLISHED = dt.date(2024, 4, 2)
Rows = Callable[..., list[dict[str, Any]]]


def resolved(
    text: str, published: dt.date | None = PUBLISHED
) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (
            text[m.surface_start : m.end],
            str(r.start) if r.start else None,
            str(r.end) if r.end else None,
            r.granularity,
        )
        for m, r in iter_dates(text, published)
    ]


@pytest.mark.parametrize(
    ("text", "surface", "start", "end", "granularity"),
    [
        ("The ministry reported on April 2.", "on April 2", "2024-04-02", "2024-04-02", "day"),
        (
            "The envoy arrived on Oct. 13 with aides.",
            "on Oct. 13",
            "2023-10-13",
            "2023-10-13",
            "day",
        ),
        (
            "They met on Sept. 13, 2023 in Vladivostok.",
            "on Sept. 13, 2023",
            "2023-09-13",
            "2023-09-13",
            "day",
        ),
        (
            "Sources spoke in February 2024 about it.",
            "in February 2024",
            "2024-02-01",
            "2024-02-29",
            "month",
        ),
        ("Output doubled last year.", "last year", "2023-01-01", "2023-12-31", "year"),
        ("The strike came on Tuesday.", "on Tuesday", "2024-04-02", "2024-04-02", "day"),
        ("The strike came on Sunday.", "on Sunday", "2024-03-31", "2024-03-31", "day"),
        (
            "Prices rose earlier this month.",
            "earlier this month",
            "2024-04-01",
            "2024-04-02",
            "other",
        ),
        (
            "Talks ran between March and May.",
            "between March and May",
            "2023-03-01",
            "2023-05-31",
            "other",
        ),
        ("The line opens by mid-2024.", "by mid-2024", "2024-06-01", "2024-07-31", "other"),
        ("The assault began in late March.", "in late March", "2024-03-21", "2024-03-31", "other"),
        ("Fighting has raged since 2014.", "since 2014", "2014-01-01", "2014-12-31", "year"),
        ("The ban came in May last year.", "May last year", "2023-05-01", "2023-05-31", "month"),
        (
            "The ban holds since the summer of 2022.",
            "since the summer of 2022",
            "2022-06-01",
            "2022-08-31",
            "other",
        ),
        (
            "Exports grew in the first quarter of this year.",
            "in the first quarter of this year",
            "2024-01-01",
            "2024-03-31",
            "other",
        ),
        (
            "Prices doubled between May 2021 and February 2023.",
            "between May 2021 and February 2023",
            "2021-05-01",
            "2023-02-28",
            "other",
        ),
        (
            "Imports fell in the third quarter.",
            "in the third quarter",
            "2023-07-01",
            "2023-09-30",
            "other",
        ),
        (
            "Imports fell in the first quarter.",
            "in the first quarter",
            "2024-01-01",
            "2024-03-31",
            "other",
        ),
        (
            "The war raged from 2014 to 2022.",
            "from 2014 to 2022",
            "2014-01-01",
            "2022-12-31",
            "other",
        ),
        # 'N weeks ago' is N x 7 days back (the dev sets' convention)
        ("The ship sank three weeks ago.", "three weeks ago", "2024-03-12", "2024-03-12", "day"),
        ("The border closed yesterday.", "yesterday", "2024-04-01", "2024-04-01", "day"),
        ("The decree dated 2024-01-05 applies.", "2024-01-05", "2024-01-05", "2024-01-05", "day"),
    ],
)
def test_resolution(text: str, surface: str, start: str, end: str, granularity: str) -> None:
    assert resolved(text) == [(surface, start, end, granularity)]


def test_looking_ahead() -> None:
    assert resolved("The new tariff applies from Aug. 20.")[0][1] == "2024-08-20"
    assert resolved("The freeze was extended until Sept. 15.")[0][1] == "2024-09-15"
    assert resolved("Diplomats expect a vote in October.")[0][1] == "2024-10-01"
    assert (
        resolved("Japan will ban the parts from Jan. 19.", dt.date(2023, 11, 20))[0][1]
        == "2024-01-19"
    )
    assert resolved("The rule applies from Jan. 19.", dt.date(2024, 1, 12))[0][1] == "2024-01-19"


def test_unresolvable_without_publication_date() -> None:
    [(_, r)] = list(iter_dates("The strike came on Tuesday.", None))
    assert (r.start, r.end) == (None, None)
    assert r.reason and "publication" in r.reason
    [(_, r)] = list(iter_dates("It happened on March 3, 2021.", None))
    assert r.start == dt.date(2021, 3, 3)


def test_since_keeps_since_in_surface_but_spans_the_date() -> None:
    text = "Fighting has raged since 2014."
    [m] = find_dates(text)
    assert text[m.start : m.end] == "2014"
    assert text[m.surface_start : m.end] == "since 2014"


@pytest.mark.parametrize(
    "text",
    [
        "The stamp read 2.4.2024.",
        "The briefing is held every Thursday.",
        "Shops opened early for Black Friday.",
        "May I ask a question?",
        "The 1,2,3,4 sequence repeats.",
        "He read the Sunday Times.",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_component_rows(claims_of: Rows) -> None:
    [row] = claims_of("The ministry reported on April 2.", "date")
    assert row["date_text"] == "on April 2"
    assert (row["date_start"], row["date_end"], row["date_granularity"]) == (
        "2024-04-02",
        "2024-04-02",
        "day",
    )
    [row] = claims_of("The strike came on Tuesday.", "date", published=None)
    assert row["date_start"] is None and row["date_unresolved_reason"]


def test_taking_effect_looks_ahead() -> None:
    text = "The measures, which take effect on July 1, ban exports."
    assert resolved(text, dt.date(2025, 6, 10))[0][1] == "2025-07-01"


def test_day_ranges_and_decades() -> None:
    assert resolved("Fighting raged on 3–5 May 2024 near the town.") == [
        ("on 3–5 May 2024", "2024-05-03", "2024-05-05", "other")
    ]
    assert resolved("Output fell in the 1990s.") == [
        ("the 1990s", "1990-01-01", "1999-12-31", "other")
    ]
