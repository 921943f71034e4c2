"""'The same day' / 'the same date' opening a paragraph names the day the paragraph before told,
even where that paragraph goes on to a month or a stretch of months after the day (a month is
no day it could name); a counted day ('a week later') still gives way to that month. Slash
dates there are read in the page's own order of writing days."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import iter_dates

THU_04_DEC_2025 = dt.date(2025, 12, 4)


def _dates(text: str, context: str, day_first: bool | None = None) -> list[tuple[str, str]]:
    return [
        (text[m.start : m.end], str(r.start))
        for m, r in iter_dates(text, THU_04_DEC_2025, context, day_first)
    ]


@pytest.mark.parametrize(
    ("context", "text", "expected"),
    [
        (
            "Regulators froze the dealer's accounts on 6 November 2025 over transfers it made "
            "between June and September 2025.\n",
            "Its two owners had their accounts frozen on the same date.",
            ("the same date", "2025-11-06"),
        ),
        (
            "The agency suspended the broker on 10 November, citing trades placed in October.\n",
            "The same day, it referred the case to prosecutors.",
            ("The same day", "2025-11-10"),
        ),
        (
            "Customs seized the cargo on 17 November; the shipments had run since the spring.\n",
            "The vessel itself was detained on that same day.",
            ("that same day", "2025-11-17"),
        ),
        (
            "The court granted the order on 21 November 2025 for sales made in August 2025.\n",
            "A second order against the firm's director followed on the very same date.",
            ("the very same date", "2025-11-21"),
        ),
    ],
)
def test_a_same_day_anaphor_takes_the_day_before_a_later_month(
    context: str, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _dates(text, context)


def test_the_page_order_reads_the_slash_day_the_anaphor_takes() -> None:
    context = "The unit told banks on 03/11/2025 to freeze the agent's wallets.\n"
    text = "The wallets of its directors were frozen on the same date."
    assert ("the same date", "2025-11-03") in _dates(text, context, day_first=True)
