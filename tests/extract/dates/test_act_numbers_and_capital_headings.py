"""An act's number ('Directive (EU) 2019/88', 'Decision 2023/55') is no run of years, while a
split year or a short run ('2024/25', '2020/22') is; a heading in capitals reads as the same
words in lower case ('THE SECOND HALF OF 2025', 'MARCH–MAY 2026')."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import resolved

TUE_10_FEB_2026 = dt.date(2026, 2, 10)


@pytest.mark.parametrize(
    "text",
    [
        "Directive (EU) 2019/88 lays down the rules.",
        "The annex to Decision 2023/55 is replaced.",
        "Under Implementing Regulation 2021/47 the list was updated.",
        "Case 2015/02 was closed.",
    ],
)
def test_an_act_number_is_no_run_of_years(text: str) -> None:
    assert resolved(text, TUE_10_FEB_2026) == []


def test_a_short_run_after_a_slash_stays_a_run() -> None:
    assert [(s, e) for _, s, e, _ in resolved("Prices doubled in 2021/24.", TUE_10_FEB_2026)] == [
        ("2021-01-01", "2024-12-31")
    ]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("PORT SETS NEW FEES FOR THE SECOND HALF OF 2026", "2026-07-01", "2026-12-31"),
        ("TOLL DAYS MARCH–MAY 2026 (both directions)", "2026-03-01", "2026-05-31"),
        ("WORKS PLANNED IN THE FIRST QUARTER OF 2027", "2027-01-01", "2027-03-31"),
        ("CLOSURES SEPTEMBER-OCTOBER 2025", "2025-09-01", "2025-10-31"),
    ],
)
def test_a_capital_heading_reads_as_its_lower_case_words(text: str, start: str, end: str) -> None:
    assert [(s, e) for _, s, e, _ in resolved(text, TUE_10_FEB_2026)] == [(start, end)]
