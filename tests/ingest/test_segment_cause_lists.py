"""A court's list of the matters it hears on a day, as its registry posts it: the list's own name
and sitting day is the page's title (under the court's name and menu), the registry's bracketed
note of when it put the list out dates the page, and a heading over the registry's bracketed note
on the results of the day before is the page's own text, no teaser."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

CASES = [
    (
        "WEEKLY MOTIONS LIST - FRIDAY 6 MARCH 2026",
        "(Issued by the Clerk of Court at 5 pm on 4 March 2026. Times may change.)",
        dt.date(2026, 3, 4),
    ),
    (
        "Daily Cause List: Monday, 12 January 2026",
        "(Posted on 9 January 2026 at 16:30. Check again on the morning of the sitting.)",
        dt.date(2026, 1, 9),
    ),
    (
        "TRIAL LIST — WEDNESDAY 20 MAY 2026",
        "(Published 19 May 2026, 3.00 pm. Subject to change without notice.)",
        dt.date(2026, 5, 19),
    ),
    (
        "Court List - Thursday 2 July 2026",
        "(Last updated by the registry on 1 July 2026 at 6 pm. Parties must arrive early.)",
        dt.date(2026, 7, 1),
    ),
]
HEARD = [
    ("OUTCOMES OF YESTERDAY'S SITTINGS", "(Short notes by the registry. They are not reasons.)"),
    ("Decisions made on the previous day", "(Prepared by court staff. Not for citation.)"),
    ("SUMMARY OF ORDERS MADE LAST WEEK", "(These notes are for information only.)"),
    ("WHAT THE COURT DECIDED ON FRIDAY", "(Notes by the clerk. The orders themselves govern.)"),
]


@pytest.mark.parametrize(("case", "heard"), list(zip(CASES, HEARD, strict=True)))
def test_a_cause_list_is_titled_by_its_name_and_dated_by_its_posting_note(
    case: tuple[str, str, dt.date], heard: tuple[str, str]
) -> None:
    name, note, day = case
    heading, remark = heard
    page = (
        "HIGH COURT OF THE NORTHERN DISTRICT\nCivil Registry\n"
        "Home | Lists | Judgments | Forms | Contact\n"
        f"{name}\n{note}\n\n"
        "COURT 2 - JUSTICE A. MENSAH - 10:00\n"
        "No. | Case | Parties | Matter\n"
        "1 | 2026-CV-118 | State v. Oduya | Freezing order - hearing\n\n"
        f"{heading}\n{remark}\n\n"
        "State v. Oduya - The judge froze nine bank accounts and two lorries belonging to a"
        " fuel trader and his company, and set a return date in three weeks.\n\n"
        "Northern lists | Archive | Alerts\n"
    )
    structure = segment_text(page)
    assert structure.title == name
    assert structure.byline.published == day
    assert kind_of(page, heading) == "body"
    assert kind_of(page, "The judge froze nine") == "body"
