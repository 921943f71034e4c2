"""'between X and Y' joins two dates found apart into one stretch; a year-like number that names
a committee is no date; 'that November' takes the year the text spoke of last; 'a wet October'
is a date; a timeline entry's year heads the yearless day its text opens with."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import THU_06_NOV_2025, TUE_20_MAY_2025, resolved, spans


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Monitors logged 40 raids between late June and early August.",
            "2024-06-21",
            "2024-08-10",
        ),
        ("Between mid-January and late March, the mine was shut.", "2025-01-11", "2025-03-31"),
        (
            "Rents had climbed between early 2023 and mid-2024, the survey found.",
            "2023-01-01",
            "2024-07-31",
        ),
        ("The ferries will be idle between 2 June and late July.", "2025-06-02", "2025-07-31"),
    ],
)
def test_between_two_dates_found_apart_is_one_stretch(text: str, start: str, end: str) -> None:
    [(_, got_start, got_end, _)] = resolved(text, TUE_20_MAY_2025)
    assert (got_start, got_end) == (start, end)


def test_and_without_between_keeps_two_dates() -> None:
    assert len(resolved("Exports rose in May and early June last year.", TUE_20_MAY_2025)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council's 1718 committee lists 80 firms.",
        "Under the council's 1267 regime, 250 people face a travel ban.",
        "Diplomats said the UN's 1988 committee would meet again.",
        "Kyiv's 2231 panel has reviewed 14 cases.",
    ],
)
def test_a_number_that_names_a_committee_is_no_date(text: str) -> None:
    assert spans(text, TUE_20_MAY_2025) == []


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The EU froze his assets in 2019, and Canada followed that November.", "2019-11-01"),
        ("Output collapsed in 2016; the plant was sold that June, after a strike.", "2016-06-01"),
        ("She was elected in 2012 and resigned that October amid a scandal.", "2012-10-01"),
        ("The ban came in 2020. That March, too, exports had stalled.", "2020-03-01"),
    ],
)
def test_that_month_takes_the_year_spoken_of_last(text: str, start: str) -> None:
    found = resolved(text, TUE_20_MAY_2025)
    assert found[-1][0].lower().startswith("that ")
    assert found[-1][1] == start


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Yields recovered after a wet October, the co-operative said.", "2024-10-01"),
        ("A mild February cut gas demand by a tenth.", "2025-02-01"),
        ("Shops said a strong December had lifted annual sales by 4%.", "2024-12-01"),
        ("Traders blamed an unusually dry April for the poor harvest.", "2025-04-01"),
    ],
)
def test_a_described_month_is_a_date(text: str, start: str) -> None:
    [(_, got, _, granularity)] = resolved(text, TUE_20_MAY_2025)
    assert (got, granularity) == (start, "month")


def test_a_described_month_compared_with_another_is_a_kind_of_month() -> None:
    found = resolved("A hot July like that of 2019 would strain the grid.", TUE_20_MAY_2025)
    assert [s for s, *_ in found] == ["of 2019"]


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        ("TIMELINE\n1972 - On March 3, the dam bursts\n", "1972 - On March 3", "1972-03-03"),
        (
            "Key dates\n2008: on 15 September the bank fails\n",
            "2008: on 15 September",
            "2008-09-15",
        ),
        ("- 1999 - In May, the first reactor is switched off\n", "1999 - In May", "1999-05-01"),
        ("2015 – Oct. 9: talks collapse\n2016 – the plant closes\n", "2015 – Oct. 9", "2015-10-09"),
    ],
)
def test_a_timeline_year_heads_the_yearless_day_of_its_entry(
    text: str, surface: str, day: str
) -> None:
    found = resolved(text, THU_06_NOV_2025)
    assert (surface, day) in [(s, start) for s, start, _, _ in found]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("A levy of $90 a year on the November ballot would fund 40 teachers.", "2025-11-01"),
        ("The second round in October will decide the seat.", "2025-10-01"),
        ("Any rise in the September fee is to be capped at 2%.", "2025-09-01"),
        ("New rules for the December sales season could cut prices.", "2025-12-01"),
    ],
)
def test_a_month_in_the_subject_of_a_clause_that_looks_ahead_is_ahead(
    text: str, start: str
) -> None:
    [(_, got, _, _)] = resolved(text, TUE_20_MAY_2025)
    assert got == start


def test_a_month_after_a_told_clause_keeps_its_past_reading() -> None:
    found = resolved("Turnout in February fell, and the March vote was delayed.", TUE_20_MAY_2025)
    assert [start for _, start, _, _ in found] == ["2025-02-01", "2025-03-01"]
