"""A heading over month-labelled rows often names the months it covers after what the rows count
('CLOSURE DAYS FEBRUARY-MAY 2027' over 'February 2027: 3 days'): the months date the rows, they
are no part of what is counted, so the item stops before the first month word."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.stories import page_rows

PAGE = (
    "Council sets its schedule for the year\n"
    "The county council on Monday adopted the schedule below after a long debate, a spokeswoman "
    "said.\n"
    "{heading}\n"
    "{first}\n"
    "{second}\n"
    "The schedule can be changed by the council at its next meeting.\n"
)


@pytest.mark.parametrize(
    ("heading", "first", "second", "item"),
    [
        (
            "CLOSURE DAYS FEBRUARY–MAY 2027 (both carriageways)",
            "February 2027: 3 days",
            "March 2027: 5 days",
            "closure days",
        ),
        ("Road closures March-June 2026", "March 2026: 14", "April 2026: 9", "road closures"),
        ("Hospital admissions Jan–Apr", "Jan: 1,240", "Feb: 1,105", "hospital admissions"),
        (
            "Strike days planned, September to December",
            "September: 4",
            "October: 6",
            "strike days",
        ),
    ],
)
def test_months_in_a_heading_date_the_rows_and_name_nothing(
    tmp_path: Path, heading: str, first: str, second: str, item: str
) -> None:
    page = PAGE.format(heading=heading, first=first, second=second)
    rows = page_rows(tmp_path, page, "quantity")
    for line in (first, second):
        figure = line.split(": ")[1]
        row = next(r for r in rows if r["span_text"].startswith(figure.split()[0]))
        assert row["quantity_item"] == item, (line, rows)
