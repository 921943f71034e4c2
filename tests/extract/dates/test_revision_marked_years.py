"""A table's letter glued to a year to mark its figure provisional, revised, estimated or
forecast ('Oct 2026p') leaves the date as if it were not there; a word that merely starts with
a year's digits does not."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

PUBLISHED = dt.date(2026, 11, 6)


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("Consumer prices, Sep 2026p ......... 2.4", ("Sep 2026", "2026-09-01", "2026-09-30")),
        (
            "Cruise passengers, Q2 2026r (thousands) ... 41.7",
            ("Q2 2026", "2026-04-01", "2026-06-30"),
        ),
        ("Real GDP growth, 2027f: 3.9%", ("2027", "2027-01-01", "2027-12-31")),
        (
            "Cargo handled in August 2026p rose to 1.4 mln T.",
            ("in August 2026", "2026-08-01", "2026-08-31"),
        ),
    ],
)
def test_a_revision_mark_leaves_the_year_dated(line: str, span: tuple[str, str, str]) -> None:
    assert surface_spans(line, PUBLISHED) == [span]


def test_a_longer_word_after_the_digits_is_no_year() -> None:
    assert surface_spans("Gate 2026pm opens to the crowd", PUBLISHED) == []
