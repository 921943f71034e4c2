"""A look-ahead cue ('expected', 'will', 'scheduled', 'due') may stand up to four words before
the preposition of a yearless date ('a decision is expected after the spring recess on 11 July'):
the date still lies ahead; a cue five words or more back says nothing of it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import resolved

EARLY_JUNE = dt.date(2026, 6, 3)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("A decision is expected after the spring recess on 11 July.", "2026-07-11"),
        ("The tribunal will give its final ruling on 2 March.", "2027-03-02"),
        ("The strait crossing is scheduled for its full reopening in February.", "2027-02-01"),
        ("The bonds are due for their first repayment on 20 April.", "2027-04-20"),
    ],
)
def test_a_cue_four_words_back_looks_ahead(text: str, start: str) -> None:
    [(_surface, got, _end, _granularity)] = resolved(text, EARLY_JUNE)
    assert got == start


def test_a_date_told_in_the_past_after_a_far_cue_stays_behind() -> None:
    text = "Traders expected prices to fall, and they did drop sharply in February."
    [(_surface, got, _end, _granularity)] = resolved(text, EARLY_JUNE)
    assert got == "2026-02-01"
