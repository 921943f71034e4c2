"""Compact month-year cells of a table head ('Oct-24 Oct-25', 'Jan-25 Feb-25') are no day: the
digits after one month's hyphen and the next month's name are not '24 Oct'."""

from __future__ import annotations

import pytest

from claims.extract.dates.finder import find_dates


@pytest.mark.parametrize(
    "text",
    [
        "Table 2: Key indicators\nIndicator Oct-24 Oct-25\nInflation (%) 9.1 3.6",
        "Exports (t)   Jan-25   Feb-25   Mar-25\nBeef 41,300 38,900 44,100",
        "Series Dec-23 Dec-24 change\nReserves 986 1,024 +3.8%",
        "Month   Jun-24 Jul-24 Aug-24\nArrivals 2,110 2,450 2,980",
    ],
)
def test_compact_month_year_cells_are_no_day(text: str) -> None:
    assert not [d for d in find_dates(text) if d.kind == "day_month"]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Trading ran 12 Oct-25 Oct., the exchange said.", ["12 Oct", "25 Oct."]),
        ("The road is shut from 3 May-4 June for repairs.", ["3 May", "4 June"]),
    ],
)
def test_days_joined_by_a_dash_are_still_days(text: str, days: list[str]) -> None:
    assert [d.fields["x"] for d in find_dates(text) if d.kind == "day_month"] == days
