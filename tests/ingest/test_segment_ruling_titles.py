"""A court's decision saved as text opens with the court, the case number, the parties, the judges
and the hearing dates, each on a line of its own; the decision's own name in capitals under them
("JUDGMENT", "RULING ON COSTS", "SENTENCING REMARKS - R v. Name") is the page's title, and the
line of its sitting days ("2026: March 3, 4; April 30") dates it by the last, the day of judgment. A note that
the text is an unofficial summary or translation is furniture, never the title."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.byline import sitting_day
from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

COURT_TOP = (
    "HIGH COURT OF THE REPUBLIC\n"
    "COMMERCIAL DIVISION\n"
    "Claim No. HC-2026-00311\n"
    "BETWEEN:\n"
    "NORTHSHORE FREIGHT LIMITED\n"
    "Claimant\n"
    "and\n"
    "THE MINISTER OF FINANCE\n"
    "Defendant\n"
    "Before: The Hon. Mr Justice Okafor\n"
)
TEXT = (
    "\n[1] The claimant asks the court to set aside an order of 2 March 2026 that froze four of"
    " its accounts for six months.\n"
)


@pytest.mark.parametrize(
    "ruling",
    [
        "JUDGMENT",
        "APPROVED JUDGMENT",
        "RULING ON COSTS",
        "SENTENCING REMARKS - The State v. Joseph Mensah",
        "REASONS FOR DECISION",
    ],
)
def test_a_court_s_name_for_its_decision_is_the_title(ruling: str) -> None:
    page = f"{COURT_TOP}{ruling}\n{TEXT}"
    assert segment_text(page).title == ruling
    assert kind_of(page, "[1] The claimant asks the court") == "body"


@pytest.mark.parametrize(
    "note",
    [
        "Unofficial English summary prepared by the press office. Only the French text of the"
        " decision is authentic.",
        "Unofficial translation.",
        "An unofficial summary for the media; it forms no part of the court's reasons.",
        "Only the Spanish version of the ruling is binding.",
    ],
)
def test_a_note_on_an_unofficial_text_is_no_title(note: str) -> None:
    headline = "Court jails port agent for six years over frozen funds"
    page = (
        f"NATIONAL COURT\nCriminal Chamber\n{note}\nMadrid, 18 June 2026\n{headline}\n\n"
        "1. The court sentenced the agent on Thursday for moving 640,000 euros out of a frozen"
        " account while the order was in force.\n"
    )
    assert segment_text(page).title == headline


@pytest.mark.parametrize(
    ("sitting", "day"),
    [
        ("2026: March 3, 4; April 30", dt.date(2026, 4, 30)),
        ("2025: January 14 and 15; March 2", dt.date(2025, 3, 2)),
        ("2024: June 3", dt.date(2024, 6, 3)),
        ("2026: February 9, 10, 11; March 27.", dt.date(2026, 3, 27)),
    ],
)
def test_a_court_s_sitting_days_date_its_judgment_by_the_last(sitting: str, day: dt.date) -> None:
    page = f"{COURT_TOP}Appearances: Ms. A. Bello for the Claimant\n{sitting}\n\nJUDGMENT\n{TEXT}"
    structure = segment_text(page)
    assert structure.byline.published == day
    assert structure.title == "JUDGMENT"
    assert kind_of(page, sitting) != "body"


def test_a_year_over_a_figure_is_no_sitting_day() -> None:
    assert sitting_day("2026: 1,250 strikes") is None
    assert sitting_day("2025: Sales 4") is None
