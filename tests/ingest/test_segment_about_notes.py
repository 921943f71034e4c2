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


NOTICE_HEAD = (
    "Harbour Board of Vela\n"
    "Home > Careers > Open posts\n"
    "Call for applications: two marine pilots for the northern port\n"
    "Closing date: 30 June 2026\n"
)


@pytest.mark.parametrize(
    ("label", "note", "sections"),
    [
        (
            "ABOUT THE BOARD",
            "The Board runs four ports and handled 9.2 million tonnes of cargo in 2025.",
            "DUTIES\nPilots will bring about 600 ships a year into the northern port.\n"
            "HOW TO APPLY\nSend a letter and a CV to the personnel office.",
        ),
        (
            "ABOUT THE FUND",
            "The fund has lent 41 million euros to small farms since it opened in 2019.",
            "ELIGIBILITY\nFarms with fewer than ten workers may apply.\n"
            "KEY DATES\nDecisions are sent out within 60 days.",
        ),
        (
            "ABOUT US",
            "We employ 310 staff and opened a second depot last year.",
            "WHAT WE OFFER\nA salary of up to 2,400 dollars a month and 25 days of leave.",
        ),
        (
            "ABOUT THE PROGRAMME",
            "The programme trained 1,150 nurses in its first three years.",
            "REQUIREMENTS\n- a nursing diploma;\n- two years of practice.\nSELECTION\n"
            "Interviews will be held in the capital in August.",
        ),
    ],
)
def test_an_about_label_set_in_capitals_among_the_page_s_sections_heads_its_own_text(
    label: str, note: str, sections: str
) -> None:
    page = NOTICE_HEAD + label + "\n" + note + "\n" + sections + "\n"
    assert kind_of(page, note[:30]) == "body"
    assert kind_of(page, sections.splitlines()[1][:20]) == "body"


def test_an_about_label_in_capitals_closing_a_release_stays_the_publisher_s_note() -> None:
    page = (
        RELEASE
        + "ABOUT THE AUTHORITY\nThe Authority manages the country's fisheries and licenses 250"
        " vessels a year.\nMEDIA CONTACT\nGrace Walo, +675 309 0444\n"
    )
    assert kind_of(page, "licenses 250 vessels") == "boilerplate"
