"""A record's own name near its top: its kind and a dash or colon before its subject ('Hearing
summary - Department of X', 'Minutes - ...'), or a programme's name and day before its kind
('Evening Hour - Monday 2 March 2026 - transcript'). It is the title, whatever house, committee,
station or menu lines stand over it, and a day it names dates the page when nothing else does;
a label over the show's name ('TRANSCRIPT: THE SHOW') gives way to a headline right under it."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text

BODY = (
    "\n\nThe minister told members that 14 companies had been fined a total of $2.3 million since"
    " January, and that three more cases were before the courts.\n\n"
    "Members asked for a breakdown by industry, which officials agreed to provide in writing.\n"
)


@pytest.mark.parametrize(
    ("top", "title"),
    [
        (
            "Parliament of Westland | House of Representatives | Committees\n"
            "Finance, Trade and Industry Select Committee\n"
            "Annual Review 2025-26\n"
            "Hearing summary – Ministry of Trade: Export Controls Unit\n"
            "Hearing date: Tuesday, 3 March 2026 | Summary published: 5 March 2026",
            "Hearing summary – Ministry of Trade: Export Controls Unit",
        ),
        (
            "State Legislative Council\n"
            "Standing Committee on Public Accounts\n"
            "Summary of evidence: Audit Office review of port leases\n"
            "Published 12 February 2026",
            "Summary of evidence: Audit Office review of port leases",
        ),
        (
            "Harbour District Council | Meetings\n"
            "Regulatory and Licensing Committee\n"
            "Minutes – Ordinary meeting of 20 January 2026\n"
            "Published: 22 January 2026",
            "Minutes – Ordinary meeting of 20 January 2026",
        ),
        (
            "Senate of Norland | Committees\n"
            "Joint Committee on Security and Intelligence\n"
            "Transcript: public hearing on the foreign interference bill\n"
            "Released 9 April 2026",
            "Transcript: public hearing on the foreign interference bill",
        ),
    ],
)
def test_a_record_named_by_its_kind_is_the_title_under_its_house_lines(
    top: str, title: str
) -> None:
    structure = segment_text(top + BODY)
    assert structure.title == title
    assert structure.byline.published is not None


@pytest.mark.parametrize(
    ("top", "title", "day"),
    [
        (
            "COAST FM 88.1 | Shows | Drive Time\n"
            "Drive Time – Friday 6 March 2026 – transcript\n"
            "Host: Jo Lee | Guest: Sam Orr, spokesman, Revenue Office",
            "Drive Time – Friday 6 March 2026 – transcript",
            dt.date(2026, 3, 6),
        ),
        (
            "Valley Radio | Programmes\n"
            "The Farm Hour - 14 October 2025 - full transcript\n"
            "Presenter: Ria Moss",
            "The Farm Hour - 14 October 2025 - full transcript",
            dt.date(2025, 10, 14),
        ),
        (
            "Capital Talk 99 | Podcasts | Money Matters\n"
            "Money Matters — 2 June 2026 — edited transcript",
            "Money Matters — 2 June 2026 — edited transcript",
            dt.date(2026, 6, 2),
        ),
        (
            "National Radio | Listen again\n"
            "Midday Report – Wednesday 21 January 2026 – programme transcript\n"
            "Presenter: Ken Ato | Producer: Lia Wen",
            "Midday Report – Wednesday 21 January 2026 – programme transcript",
            dt.date(2026, 1, 21),
        ),
    ],
)
def test_a_programme_transcript_is_named_and_dated_by_its_own_line(
    top: str, title: str, day: dt.date
) -> None:
    structure = segment_text(top + BODY)
    assert structure.title == title
    assert structure.byline.published == day


def test_a_transcript_label_over_the_show_gives_way_to_the_headline_under_it() -> None:
    headline = "Regulator fines 14 companies $2.3 million over export paperwork"
    page = (
        "BAY RADIO 97.2 | Listen | Shows | Contact\n"
        "TRANSCRIPT: THE MORNING DESK\n"
        f"{headline}\n"
        "Episode aired 4 March 2026 | Duration 42:10" + BODY
    )
    assert segment_text(page).title == headline
