"""A page's stamp line may carry notes beside its day, split by dots or bars ('Published 3 May
2026 · Print edition page 6 · Free to read this week', 'Update posted ... · Next update: June'):
the stamp dates the page, and its day beats the week or months a numbered issue line covers.
A labelled deadline ('Submissions close: ...') is a day of the story, never the page's stamp,
even with a clock after it."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import TODAY, kind_of

HEADLINE = "Regulator fines two ferry operators over late sailings"
LEAD = (
    "The transport regulator fined two ferry operators a total of $380,000 on Monday after a"
    " review found that 1,200 sailings had left more than an hour late last year.\n"
    "Both operators said they would pay, and one has already added a ship to its fleet.\n"
)


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        (
            "Published 6 May 2026 · Print edition page 6 · Members' story, free this week",
            dt.date(2026, 5, 6),
        ),
        ("Update posted 5 May 2026, 4:00 pm · Next update: early June", dt.date(2026, 5, 5)),
        (
            "Summary page generated 04/05/2026 · Decisions bind the regulator only · The Maori"
            " text prevails",
            dt.date(2026, 5, 4),
        ),
        ("Posted 7 May 2026 · Reading time 4 minutes · Shared with partners", dt.date(2026, 5, 7)),
    ],
)
def test_a_stamp_with_notes_dates_the_page_over_its_issue_line(stamp: str, day: dt.date) -> None:
    top = "FERRY WORLD · Issue 19 (402) · 4-10 May 2026 · $6 in print\n"
    page = top + "Regulation › Fines\n" + stamp + "\n\n" + HEADLINE + "\n\n" + LEAD
    structure = segment_text(page, TODAY)
    assert structure.title == HEADLINE
    assert structure.byline.published == day


@pytest.mark.parametrize(
    "field",
    [
        "Submissions close: 12 June 2026, 17:00",
        "Closing date: 14/06/2026",
        "Deadline: 15 June 2026 at 23:59",
        "Applications due: 20 June 2026, noon",
    ],
)
def test_a_labelled_deadline_is_the_story_s_day_not_its_stamp(field: str) -> None:
    page = (
        "Public notice: ferry timetable review\n"
        "Published 2 May 2026\n\n"
        "Lead body: Transport Regulator\n" + field + "\n\n" + LEAD
    )
    structure = segment_text(page, TODAY)
    assert structure.byline.published == dt.date(2026, 5, 2)
    assert kind_of(page, field) == "body"


@pytest.mark.parametrize(
    "field",
    [
        "Open for signature: March 3, 2026, at 9:00 a.m. (EST)",
        "Closed for signature: May 2, 2026, at 9:00 a.m. (EST)",
        "Open for comment: 4 March 2026, 10:00 a.m. (CET)",
        "Closed for submissions: April 30, 2026, at 5:00 p.m. (PDT)",
    ],
)
def test_an_open_or_closed_for_field_is_the_story_s_day(field: str) -> None:
    page = (
        "Petition e-1021 — Fines for late ferries\n"
        "Initiator: Ms. Ana Tuilagi, Suva · Sponsor: the Member for Suva\n" + field + "\n"
        "Signatures: 1,204\n" + LEAD
    )
    assert kind_of(page, field[-20:]) == "body"
