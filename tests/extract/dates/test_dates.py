"""Date expressions and their resolution against the publication date, the component's rows,
and the token patterns' trigger words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from claims.extract.dates.finder import iter_dates
from tests.extract.dates.helpers import TUE_02_APR_2024, resolved

Rows = Callable[..., list[dict[str, Any]]]


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
    assert resolved(text, TUE_02_APR_2024) == [(surface, start, end, granularity)]


def test_unresolvable_without_publication_date() -> None:
    [(_, r)] = list(iter_dates("The strike came on Tuesday.", None))
    assert (r.start, r.end) == (None, None)
    assert r.reason and "publication" in r.reason
    [(_, r)] = list(iter_dates("It happened on March 3, 2021.", None))
    assert r.start == dt.date(2021, 3, 3)


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


def test_every_token_pattern_example_holds_a_trigger_word() -> None:
    """Text without a trigger word skips the token patterns, so each must need one."""
    from claims.extract.dates.finder import token_trigger
    from claims.resources import load_data

    for entry in load_data("patterns/dates")["patterns"]:
        assert token_trigger().search(entry["example"]), entry["id"]
        for token in entry["pattern"]:
            words = token.get("LOWER", {})
            listed = {words} if isinstance(words, str) else set(words.get("IN", [None]))
            if listed <= set(load_data("dates")["token_pattern_triggers"]):
                break
            if "REGEX" in token.get("TEXT", {}):
                break
        else:
            raise AssertionError(f"{entry['id']}: no token needs a trigger word or a year")
