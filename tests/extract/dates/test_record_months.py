"""A month ranked against the record ("Best January on record", "the wettest May since 1998"):
the latest such month, as a described month is."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

PUBLISHED = dt.date(2026, 2, 10)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Best January on record as containers climb 11%", "2026-01-01"),
        ("The port had its busiest December ever, the authority said.", "2025-12-01"),
        ("It was the wettest November since 1998 in the north.", "2025-11-01"),
        ("Retailers reported the worst October in a decade.", "2025-10-01"),
    ],
)
def test_a_month_ranked_against_the_record_is_the_latest_one(text: str, start: str) -> None:
    assert any(s == start for _, s, _ in surface_spans(text, PUBLISHED))


def test_a_word_in_est_that_ranks_nothing_dates_no_month() -> None:
    found = surface_spans("Largest Protest March Since 2019 Fills Capital", PUBLISHED)
    assert not any("March" in surface for surface, _, _ in found)


def test_a_ranked_month_restating_a_month_of_its_sentence_is_no_second_date() -> None:
    text = "April alone brought 131 million pounds, down from March but the best April on record."
    assert [s for s, _, _ in surface_spans(text, PUBLISHED) if "April" in s] == ["April"]
