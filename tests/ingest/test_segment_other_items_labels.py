"""Labels over lists of other items at a page's foot ('More reviews', 'Other public statements',
'Also moving on the harbour wire', 'Press freedom alerts'), a label given in two languages or
numbered as the page's last section, are no body; a label right over a table drawn with pipes is
the table's own caption, and the table stays the page's. A correction of another edition's item,
a family notice on a notice board, a line on how to place a notice and a sponsors' credit are
the page's furniture."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ingest.helpers import kind_of

TODAY = dt.date(2026, 12, 1)
#: A page set one paragraph a line with no blank lines, as a site's text view sets it.
STORY = (
    "LAKESIDE DAILY · news for the three valleys\n"
    "News | Courts | Business | Farming | Sport\n"
    "Home › Courts\n"
    "Court freezes dairy cooperative's accounts over unpaid wages\n"
    "By Ines Marlow · 3 March 2026\n"
    "A district court froze 16 bank accounts of the Hillfield dairy cooperative on Monday after"
    " 220 workers said they had not been paid since November, the labour inspectorate said.\n"
    "The cooperative owes about 1.3 million dollars in wages and pension payments, according to"
    " the inspectorate, and its two directors have been told to appear in court next month.\n"
)


@pytest.mark.parametrize(
    ("label", "item"),
    [
        ("MORE REVIEWS", "» 'River Songs' sails 900 kilometres with a brass band"),
        ("OTHER PUBLIC STATEMENTS", "· ST/04/2025 — Warning about a false lottery (3 June 2025)"),
        ("ALSO MOVING ON THE HARBOUR WIRE", "* Port tolls rise 6% from April (1012 GMT)"),
        ("PRESS FREEDOM ALERTS", "▸ Two reporters detained for 48 hours in the north"),
    ],
)
def test_a_label_over_a_list_of_other_items_makes_no_body(label: str, item: str) -> None:
    page = STORY + label + "\n" + item + "\n"
    assert kind_of(page, item, TODAY) not in ("body", "title")
    assert kind_of(page, "froze 16 bank accounts", TODAY) == "body"


@pytest.mark.parametrize(
    "label",
    [
        "LEGGI ANCHE / READ ALSO",
        "LEA TAMBIÉN / READ ALSO",
        "9. OTHER OPEN CALLS",
        "IV. MORE STATEMENTS",
    ],
)
def test_a_label_in_two_languages_or_numbered_as_a_section_makes_no_body(label: str) -> None:
    item = "• Ferry timetable changes for the spring season"
    page = STORY + label + "\n" + item + "\n• Bridge works delayed to 2027\n"
    assert kind_of(page, item, TODAY) not in ("body", "title")
    unlabelled = page.replace(label, "SOME HEADING WORDS")
    assert kind_of(unlabelled, item, TODAY) == "body"  # bullets under any other heading


@pytest.mark.parametrize(
    ("label", "row"),
    [
        ("RANKING", "| 1 | 'Dry wells' | Valley Post | 91 / 100 |"),
        ("Ranking", "| 2 | 'The salt road' | Coast Radio | 87 / 100 |"),
        ("MORE STATEMENTS", "| 3 | Statement on ferry fares | 4 May 2026 | 2 pages |"),
        ("Related reports", "| 4 | Harbour audit | 2025 | 31 pages |"),
    ],
)
def test_a_label_right_over_a_table_is_the_table_s_caption(label: str, row: str) -> None:
    page = (
        STORY
        + label
        + "\n| No. | Name | Source | Score |\n|---|---|---|---|\n"
        + row
        + "\nThe panel met for three days in April and read 140 entries from six districts.\n"
    )
    assert kind_of(page, row, TODAY) == "body"
    assert kind_of(page, "read 140 entries", TODAY) == "body"


@pytest.mark.parametrize(
    "note",
    [
        "Correction: last week's edition gave the dam's height in feet. It is 42 metres.",
        "Clarification: yesterday's issue said 12 farms closed; 21 farms closed.",
        "Correction, 4 March: Monday's edition misspelt the mayor's name.",
        "Erratum: in our previous issue the toll was given as $5. It is $7.",
    ],
)
def test_a_correction_of_another_edition_s_item_is_no_body(note: str) -> None:
    page = STORY + note + "\n© 2026 Lakeside Daily\n"
    assert kind_of(page, note[-12:], TODAY) == "boilerplate"
    assert kind_of(page, "froze 16 bank accounts", TODAY) == "body"


def test_a_correction_of_this_story_stays_its_text() -> None:
    note = "Correction, 4 March: An earlier version of this story said 41 accounts were frozen."
    page = STORY + note + "\n© 2026 Lakeside Daily\n"
    assert kind_of(page, "41 accounts were frozen", TODAY) == "body"


@pytest.mark.parametrize(
    "line",
    [
        "FUNERAL NOTICE: The family of the late Mr Ano Kepa thank all who came on Friday.",
        "IN MEMORIAM: Sara Lund, who left us ten years ago today. Always in our hearts.",
        "To place a notice in this column, call 555 0100 or email notices@lakeside.example.",
        "SPONSORS: Valley Savings Bank · Hillfield Dairy · Three Valleys Trust",
    ],
)
def test_family_notices_notice_contacts_and_sponsor_credits_are_furniture(line: str) -> None:
    page = STORY + line + "\n"
    assert kind_of(page, line[-15:], TODAY) not in ("body", "title")


@pytest.mark.parametrize(
    "button",
    [
        "▼ Load earlier updates (Monday)",
        "Show more comments",
        "▼ See older posts (2 March)",
        "View all results",
    ],
)
def test_a_load_more_button_is_furniture(button: str) -> None:
    page = STORY + button + "\n"
    assert kind_of(page, button, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "strip",
    [
        "Ceremony recording (1 h 12 min) · Pictures gallery · Earlier winners: 2023 · 2024",
        "Photo gallery (40 images) · Watch the prize night (1:10:05)",
        "Awards video (52 min) · Slideshow · Press kit",
        "Replay the ceremony (38 min) | Photo gallery | Past rounds",
    ],
)
def test_a_strip_of_media_links_is_furniture(strip: str) -> None:
    page = STORY + strip + "\n© 2026 Lakeside Daily\n"
    assert kind_of(page, strip, TODAY) == "boilerplate"
