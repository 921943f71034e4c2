"""A court's judgment summary: labelled dates over the decision ('Judgment date: ... | Summary
published: ...'), its neutral citation and case number, a note that the summary is given only to
help, the parties' caption as its headline, and the lettered items of its orders and schedules
read as its own text."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import TODAY, kind_of

TOP = (
    "THE HIGH COURT OF THE ISLANDS\n"
    "Judgments | Court Lists | Practice Notes\n"
    "PRESS SUMMARY\n"
    "{dates}\n"
    "Neutral citation: [2026] HCI 17 | Case No. 2026/044\n"
    "This press summary is prepared to assist in understanding the Court's decision. It forms no"
    " part of the reasons.\n"
    "Attorney General v Harlow and others: freezing order continued\n\n"
    "1. The Court continued an order freezing the assets of two directors of a shipping agency.\n\n"
    "SCHEDULE OF FROZEN ASSETS\n"
    "(a) four accounts at a local bank, holding about £2.1 million;\n"
    "(b) the motor cruiser Sea Lark, moored at the north marina;\n"
    "(c) a flat in the old town, valued at £640,000.\n\n"
    "Ends\n"
)


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        ("Judgment date: 9 March 2026 | Summary published: 10 March 2026", dt.date(2026, 3, 10)),
        ("Decision delivered: 2 June 2025 | Published: 4 June 2025", dt.date(2025, 6, 4)),
        ("Hearing date: 14 January 2026 | Summary issued: 20 January 2026", dt.date(2026, 1, 20)),
        ("Ruling date: 30 April 2025", dt.date(2025, 4, 30)),
    ],
)
def test_the_summary_is_dated_by_its_publication_and_headed_by_the_parties(
    dates: str, expected: dt.date
) -> None:
    page = TOP.format(dates=dates)
    structure = segment_text(page, TODAY)
    assert structure.title == "Attorney General v Harlow and others: freezing order continued"
    assert structure.byline.published == expected


@pytest.mark.parametrize(
    "line",
    [
        "(a) four accounts at a local bank",
        "(b) the motor cruiser Sea Lark",
        "(c) a flat in the old town",
    ],
)
def test_lettered_schedule_items_are_the_summarys_text(line: str) -> None:
    page = TOP.format(dates="Judgment date: 9 March 2026 | Summary published: 10 March 2026")
    assert kind_of(page, line, TODAY) == "body"


def test_a_copyright_mark_written_c_is_still_furniture() -> None:
    page = (
        "Mill closes after 80 years\n\nThe mill shut its gates on Friday, ending 80 years of"
        " weaving in the valley, the owners said.\n\n(c) 2026 Valley Post Ltd\n"
    )
    assert kind_of(page, "(c) 2026 Valley Post", TODAY) == "boilerplate"
