"""An all-digit date that opens a record's code, a serial number following in the same
notation ('2024-05-03-117'), is part of the code, no date claim; a date written alone stays one."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

PUBLISHED = dt.date(2025, 11, 20)


@pytest.mark.parametrize(
    "line",
    [
        "PIX 2025-11-20-0412 | 1/10",
        "Frame IMG 2024/05/03/117 shows the port at dawn.",
        "Case file 2025.10.14.0093 was sent to the prosecutor.",
        "Photo ref. 2025-11-19-22 (archive)",
    ],
)
def test_a_date_that_opens_a_serial_number_is_a_code(line: str) -> None:
    assert surface_spans(line, PUBLISHED) == []


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("The order took effect on 2025-11-14.", "2025-11-14"),
        ("The ruling (2025-10-02) was appealed.", "2025-10-02"),
        ("Filed 2025/11/18 - 14 pages", "2025-11-18"),
    ],
)
def test_a_date_written_alone_stays_a_date(line: str, day: str) -> None:
    assert [start for _, start, _ in surface_spans(line, PUBLISHED)] == [day]
