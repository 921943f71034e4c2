"""A yearless day or month in a 'when' clause set off after a past year ('last flooded in
2007, when the bridge fell on 24 June') is of that year: the clause tells what happened then.
Another clause after the year ('Prices peaked in 2022, and the board met on 3 February') keeps
the reading from publication."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import spans

WED_04_MAR_2026 = dt.date(2026, 3, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The volcano last erupted in 1989, when ash shut the runway for a day on 15 December.",
            ("15 December", "1989-12-15", "1989-12-15"),
        ),
        (
            "The river last burst its banks in 2007, when the old bridge was swept away on 24 June.",
            ("24 June", "2007-06-24", "2007-06-24"),
        ),
        (
            "Exports last fell this low in 2016, when a strike shut the port in March.",
            ("March", "2016-03-01", "2016-03-31"),
        ),
        (
            "The crews last walked out in 2019, when they struck on 3 May and stayed out a week.",
            ("3 May", "2019-05-03", "2019-05-03"),
        ),
    ],
)
def test_a_when_clause_dates_its_days_in_the_year_before_it(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in spans(text, WED_04_MAR_2026)


@pytest.mark.parametrize(
    "text",
    [
        "Prices peaked in 2022, and the board met on 3 February.",
        "The plant opened in 2019. It closed on 3 February.",
    ],
)
def test_another_clause_after_the_year_reads_from_publication(text: str) -> None:
    assert ("3 February", "2026-02-03", "2026-02-03") in spans(text, WED_04_MAR_2026)
