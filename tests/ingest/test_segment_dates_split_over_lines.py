"""A page converted from a PDF (or typed with hard breaks) that cuts a date in two, its day
closing one line and its month and year opening the next: one sentence going on, never a
headline of another story over its excerpt, so the rest of the page stays body."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import kind_of

TOP = (
    "Harbour Grain Terminal Ltd\n"
    "Half-year report for the six months ended 30 June 2026\n"
    "Released to the exchange: 20 August 2026\n"
    "Directors' review\n"
    "Throughput rose to 2.4 million tonnes in the half, the highest on record, as wheat exports"
    " recovered after two dry seasons.\n"
)
SPLITS = [
    ("Borrowings stood at $310 million at 30", "June 2026, and gearing was 28%, inside our band."),
    ("The new silo was commissioned on 14", "March 2026 and will run at full capacity by May."),
    ("Cash on hand fell to $42 million by 1", "July 2026 after the dividend was paid to members."),
    ("We expect to report the full year on 18", "February 2027, as in past years."),
]
TAIL = (
    "Outlook\n"
    "We expect full-year throughput of between 4.6 and 4.9 million tonnes, subject to the"
    " harvest.\n"
)


@pytest.mark.parametrize(("head", "rest"), SPLITS)
def test_a_date_cut_by_a_line_break_keeps_the_text_body(head: str, rest: str) -> None:
    page = f"{TOP}{head}\n{rest}\n{TAIL}"
    assert kind_of(page, head) == "body"
    assert kind_of(page, rest) == "body"
    assert kind_of(page, "We expect full-year throughput") == "body"
