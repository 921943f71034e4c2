"""A stretch in brackets that glosses a name ('in Magh (mid-January to mid-February)', 'the
fair (3 to 9 March)') is one date from its first end to its last, as one opened by 'from' is."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import THU_14_AUG_2025, spans


@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        (
            "In Poush and Magh (mid-December to mid-February) the country buys power.",
            "mid-December to mid-February",
            "2024-12-11",
            "2025-02-20",
        ),
        (
            "Demand peaks during Ramadan (late February to late March), traders said.",
            "late February to late March",
            "2025-02-21",
            "2025-03-31",
        ),
        (
            "Growers plant in the short rains (early October to late November).",
            "early October to late November",
            "2024-10-01",
            "2024-11-30",
        ),
        (
            "Sales slowed over the Golden Week holiday (1 May to 5 May) this year.",
            "1 May to 5 May",
            "2025-05-01",
            "2025-05-05",
        ),
    ],
)
def test_a_bracketed_stretch_is_one_date(text: str, span: str, start: str, end: str) -> None:
    assert (span, start, end) in spans(text, THU_14_AUG_2025)
    assert len(spans(text, THU_14_AUG_2025)) == 1 + text.count("this year")


def test_two_dates_in_brackets_with_and_stay_two() -> None:
    text = "Inspections (in May and early June) found 40 faults."
    assert [s for s, _a, _b in spans(text, THU_14_AUG_2025)] == ["May", "early June"]
