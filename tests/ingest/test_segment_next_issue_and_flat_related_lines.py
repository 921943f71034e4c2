"""Two lines at the foot of a bulletin or a transcript that are no text of it: the line
announcing the next bulletin or notice (and the meeting beside it), and a related label of a
word or two with its list flattened onto its line after a bar ('Related briefings: | ...')."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import kind_of

TOP = (
    "Dock workers back new roster in ballot\n"
    "By Lena Ortiz | 3 May 2026\n"
    "Members of the dockers' branch voted by 812 to 140 on Saturday to accept the new shift"
    " roster, which takes effect on 1 June, the branch said.\n"
    "The roster cuts the number of night shifts a week from four to three and adds a paid rest"
    " day after each run of nights.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Next bulletin: May 17 | Branch meeting: June 2, 2026",
        "Next notice: 10/05/2026",
        "Next newsletter: Friday, 15 May | General assembly: 30 May 2026",
        "Next bulletin (May 31): pension fund results",
    ],
)
def test_a_next_bulletin_line_is_not_the_text(line: str) -> None:
    page = f"{TOP}In solidarity,\nThe branch committee\n{line}\n"
    assert kind_of(page, line) == "boilerplate"
    assert kind_of(page, "The roster cuts") == "body"


@pytest.mark.parametrize(
    "line",
    [
        "Related transcripts: | 2/05/2026 — Port strike talks | 24/04/2026 — Roster dispute",
        "Related briefings: | Harbour fees rise 12% | Ferry timetable changes",
        "Related stories: | Crane drivers walk out | Ballot date set for May",
        "Related coverage: | Ports minister meets unions | Cargo volumes fall 4%",
    ],
)
def test_a_related_label_with_its_list_on_its_line_is_a_teaser(line: str) -> None:
    page = f"{TOP}{line}\n"
    assert kind_of(page, line) == "related"
    assert kind_of(page, "The roster cuts") == "body"


@pytest.mark.parametrize(
    "line",
    [
        "This bulletin replaces Bulletin 2026-13. Next bulletin: May 17.",
        "This notice replaces Notice 11/2026. Next notice: 10/05/2026.",
        "Thank you for reading. Next newsletter: Friday, 15 May.",
        "Questions go to the branch office. Next notice: 1 June 2026",
    ],
)
def test_a_sentence_closed_by_the_next_notice_is_not_the_text(line: str) -> None:
    page = f"{TOP}{line}\n"
    assert kind_of(page, line) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "Capt. Ana Ruiz, Harbour Master | VHF Ch 14 / 16 | Tel. +44 1595 555 010 | port@example.org",
        "Branch office | Room 2 | Phone: 555 0187 | office@dockers.example",
        "Water Board | Tel. 01 555 2200 | Ext. 14 | help@water.example.net",
        "Press desk, Customs | Fax 020 555 0199 | Line 3 | media@customs.example.gov",
    ],
)
def test_an_offices_contact_strip_under_the_text_is_not_the_text(line: str) -> None:
    page = f"{TOP}{line}\n"
    assert kind_of(page, line) == "boilerplate"
    assert kind_of(page, "The roster cuts") == "body"
