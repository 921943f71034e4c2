"""Bare months as a clause's subject or a verb's object ('but June saw ...', 'ended March at');
weeks counted from an unnamed start are no date; a list under a heading that looks ahead dates
its items ahead; 'would', 'whether to' and 'is weighing' look ahead."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import (
    THU_06_NOV_2025,
    TUE_02_SEP_2025,
    TUE_20_MAY_2025,
    days,
    one,
    spans,
    surface_spans,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales slowed, but August brought a late rush of orders.", "August"),
        ("Traders fear that October could see another cut to supply.", "October"),
        ("The first frosts were mild. July was the wettest month on record.", "July"),
        ("Farmers hope that June will bring rain after a dry start.", "June"),
        ("Sales were flat. April alone brought 40 new orders.", "April"),
        ("Orders were weak, but March alone saw 400 cancellations.", "March"),
        ("Rain was scarce. February itself was the driest month in years.", "February"),
        ("Prices rose. June alone could add 3% to the bill.", "June"),
    ],
)
def test_a_bare_month_as_a_clauses_subject_is_a_date(text: str, expected: str) -> None:
    span, start, _ = one(text, TUE_02_SEP_2025)
    assert span == expected
    assert start.startswith("2025-")  # 'October could see': the coming October


@pytest.mark.parametrize(
    ("text", "expected", "start"),
    [
        ("The index ended June at 412 points, its best close in a year.", "June", "2025-06-01"),
        ("Cocoa futures closed August higher after a volatile month.", "August", "2025-08-01"),
        ("The bank began July with a rate cut.", "July", "2025-07-01"),
        ("Brent finished April below USD 70 a barrel.", "April", "2025-04-01"),
    ],
)
def test_a_bare_month_as_a_verbs_object_is_a_date(text: str, expected: str, start: str) -> None:
    assert one(text, TUE_02_SEP_2025)[:2] == (expected, start)


def test_two_bare_months_as_a_subject_are_one_stretch() -> None:
    text = "Forecasters warn that June and July could be drier than usual."
    assert spans(text, TUE_20_MAY_2025) == [("June and July", "2025-06-01", "2025-07-31")]


@pytest.mark.parametrize(
    "text",
    [
        "Theresa May will speak in Leeds.",
        "The crowd will march to the square, and May could join them.",
        "The union may strike again.",
        "They will march on the capital.",
    ],
)
def test_a_name_or_a_verb_is_no_bare_month(text: str) -> None:
    assert all(span not in ("May", "March") for span, _, _ in spans(text, TUE_02_SEP_2025))


@pytest.mark.parametrize(
    "text",
    [
        "About 41,000 claims were filed in the first eight weeks, the agency said.",
        "Pupils will revise for the first two weeks after the schools reopen.",
        "Sales doubled in the first three weeks of the campaign.",
        "The new line carried 9,000 riders in its first four weeks.",
    ],
)
def test_weeks_counted_from_an_unnamed_start_are_no_date(text: str) -> None:
    assert spans(text, TUE_02_SEP_2025) == []


def test_weeks_of_a_named_month_or_the_first_months_of_a_year_stay_dates() -> None:
    assert one("Exports fell in the first two weeks of May.", TUE_02_SEP_2025)[1:] == (
        "2025-05-01",
        "2025-05-14",
    )
    assert one("Output grew in the first seven months.", TUE_02_SEP_2025)[1:] == (
        "2025-01-01",
        "2025-07-31",
    )


@pytest.mark.parametrize(
    ("context", "line", "expected"),
    [
        (
            "What to watch\n- OPEC meeting early next month\n",
            "- Crop report on 30 September",
            "2025-09-30",
        ),
        ("Week ahead\n", "- Central bank decision on 18 September", "2025-09-18"),
        ("Coming up:\n- Budget speech\n", "- Port strike vote on 4 September", "2025-09-04"),
        ("Key dates\n", "- Election in July", "2026-07-01"),
    ],
)
def test_an_item_of_a_list_that_looks_ahead_is_dated_ahead(
    context: str, line: str, expected: str
) -> None:
    [(_, start)] = days(line, f"Prices eased.\n\n{context}", TUE_02_SEP_2025)
    assert start == expected


def test_an_item_of_a_list_that_looks_back_keeps_the_past_reading() -> None:
    [(_, start)] = days("- Crop report on 30 August", "Key events\n", THU_06_NOV_2025)
    assert start == "2025-08-30"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister said the coalition would push for a vote on March 3.", "2026-03-03"),
        ("Delhi is weighing whether to allow wheat exports from February.", "2026-02-01"),
        ("The regulator is considering a new cap from January.", "2026-01-01"),
        ("Officials said talks would resume in April.", "2026-04-01"),
    ],
)
def test_would_and_whether_to_look_ahead_when_the_past_reading_is_far(
    text: str, expected: str
) -> None:
    assert one(text, THU_06_NOV_2025)[1] == expected


def test_would_have_looks_back() -> None:
    assert one("Prices would have fallen in March without the storm.", THU_06_NOV_2025)[1] == (
        "2025-03-01"
    )


def test_a_label_with_a_comma_before_its_year_is_dated() -> None:
    text = "- Wheat shipments to Egypt, 2023: 4.1 million tonnes"
    assert one(text, dt.date(2025, 1, 10)) == ("2023", "2023-01-01", "2023-12-31")


@pytest.mark.parametrize(
    ("line", "expected"),
    [  # a look-ahead heading as the line's own label: each item on it is still to come
        (
            "Calendar: trade data on 3 September; GDP flash on 14 August.",
            ["2025-09-03", "2026-08-14"],
        ),
        (
            "Week ahead: retail sales on 5 September, the rate decision on 11 September.",
            ["2025-09-05", "2025-09-11"],
        ),
        (
            "Key dates: election in July; new parliament sits in August.",
            ["2026-07-01", "2026-08-01"],
        ),
        (
            "What to watch: a jobs report in June and the budget in May.",
            ["2026-06-01", "2026-05-01"],
        ),
    ],
)
def test_the_items_of_a_line_labelled_by_a_look_ahead_heading_are_ahead(
    line: str, expected: list[str]
) -> None:
    assert [start for _, start, _ in spans(line, TUE_02_SEP_2025)] == expected


def test_a_label_that_looks_back_keeps_the_past_reading() -> None:
    line = "Key events: trade data on 30 August; GDP flash on 14 August."
    assert [start for _, start, _ in spans(line, TUE_02_SEP_2025)] == ["2025-08-30", "2025-08-14"]


@pytest.mark.parametrize(
    ("text", "surface", "start"),
    [
        ("Chile: July copper output rises 4% on the year", "July", "2025-07-01"),
        ("* June exports seen at 40,000-45,000 T", "June", "2025-06-01"),
        ("Hungary monthly: August retail sales beat forecasts", "August", "2025-08-01"),
        ("- March payrolls revised down by 12,000", "March", "2025-03-01"),
    ],
)
def test_a_month_naming_a_statistic_at_a_line_or_label_start_is_a_date(
    text: str, surface: str, start: str
) -> None:
    assert [(s, b) for s, b, _ in spans(text, TUE_02_SEP_2025)] == [(surface, start)]


@pytest.mark.parametrize(
    ("text", "surface", "start"),
    [
        ("Next release: October CPI on 4 November.", "on 4 November", "2025-11-04"),
        ("Calendar: July payrolls due 5 September", "5 September", "2025-09-05"),
    ],
)
def test_a_release_named_by_its_month_is_dated_by_its_own_day(
    text: str, surface: str, start: str
) -> None:
    assert [(s, b) for s, b, _ in surface_spans(text, TUE_02_SEP_2025)] == [(surface, start)]
