"""An exchange's announcement page: its labelled fields (company, date announced, category) and
a labelled line of attached files with their sizes, then a converter's note that the text under
it was taken from an attachment. Neither the files' line nor the note is the title: the
document's own heading under them is."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

PAGES = [
    (
        "Attachments : KTR_Interim_H1.pdf (3.2 MB) | Slides_H1_2026.pdf (1.1 MB)",
        "Excerpt copied from the attachment (pages 1-4)",
        "HALF-YEAR REPORT TO 30 JUNE 2026",
        "14 Aug 2026",
    ),
    (
        "Attached files: notice_of_agm.pdf | proxy_form.docx (84 KB)",
        "Content taken from the attached document",
        "NOTICE OF THE TWENTY-SECOND ANNUAL GENERAL MEETING",
        "2 Mar 2025",
    ),
    (
        "Documents : Circular_to_Shareholders.pdf (12 MB)",
        "[Pages extracted from the PDF (selected)]",
        "PROPOSED DISPOSAL OF THE KAMPAR MILL",
        "19 Nov 2025",
    ),
]


def announcement(files: str, note: str, heading: str, day: str) -> str:
    return (
        "Exchange › Listed Companies › Announcements\n"
        "ANNOUNCEMENT DETAILS\n"
        "Company Name      : HILIR RIVER HOLDINGS BERHAD\n"
        f"Date Announced    : {day}\n"
        "Category          : General Announcement\n"
        f"{files}\n"
        f"{note}\n\n"
        f"{heading}\n\n"
        "Revenue for the period rose 8% to RM412 million, the Board said.\n"
    )


@pytest.mark.parametrize(("files", "note", "heading", "day"), PAGES)
def test_the_files_line_and_the_note_give_way_to_the_document_heading(
    files: str, note: str, heading: str, day: str
) -> None:
    text = announcement(files, note, heading, day)
    structure = segment_text(text, today=dt.date(2027, 1, 1))
    assert structure.title == heading
    assert kind_of(text, files) == "boilerplate"
    assert kind_of(text, note) == "boilerplate"
    assert kind_of(text, "Revenue for the period rose 8%") == "body"
