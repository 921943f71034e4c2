"""A release closes with the publisher's note about itself: "About the Authority" over a paragraph,
or "About the Authority: ..." opening it. Its figures (a fleet, a staff, a year founded) are no
claims of the story, so the note reads as boilerplate; the story above it stays body."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import kind_of

RELEASE = (
    "Fisheries authority suspends four longline licences\n\n"
    "PORT MORESBY, 12 May 2026 - The fisheries authority suspended the licences of four longline"
    " vessels on Tuesday after observers reported 30 tonnes of unreported shark catch.\n\n"
    "ENDS\n\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "About the Authority: The Authority manages the country's fisheries. It licenses around"
        " 250 vessels a year.",
        "About Coral Sea Fisheries\nCoral Sea Fisheries employs 1,200 people and runs 14 vessels.",
        "About us\nWe were founded in 1998 and have 40 staff in three offices.",
        "About the Ministry: The ministry oversees 12 agencies with a budget of $80 million.",
    ],
)
def test_a_publisher_s_note_about_itself_is_boilerplate(note: str) -> None:
    page = RELEASE + note + "\n\nMedia enquiries: Grace Walo, +675 309 0444\n"
    last = note.splitlines()[-1]
    assert kind_of(page, last[-20:]) == "boilerplate"
    assert kind_of(page, "suspended the licences of four longline") == "body"


def test_a_sentence_opening_with_about_and_a_figure_stays_body() -> None:
    page = RELEASE.replace("ENDS\n\n", "") + "About 40 crew members were sent home on Wednesday.\n"
    assert kind_of(page, "About 40 crew members") == "body"
