"""Notes a page sets around the story: a wire's update note ("(Adds ...)"), a release label, a
page's filing labels, a reference code, a contact line and a credit line for a team or a live
page are furniture or the byline, never body; the story's own lines stay body."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import TANKERS_BODY, TANKERS_HEAD, TODAY, kind_of

PAGE_END = "The ministry will publish the full list on its website next week, officials said.\n\n"


def _under_head(line: str) -> str:
    return f"{TANKERS_HEAD}Published 3 March 2026\n{line}\n\n{TANKERS_BODY}{PAGE_END}"


@pytest.mark.parametrize(
    "note",
    [
        "(Adds minister's quote, market reaction in paragraphs 5-7)",
        "(Updates with closing prices)",
        "(Recasts throughout, adds background on the 2024 strike)",
        "(Corrects spelling of company name in paragraph 3)",
    ],
)
def test_a_wire_update_note_is_boilerplate(note: str) -> None:
    assert kind_of(_under_head(note), note, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "label",
    [
        "Media release",
        "Joint press release with the Minister for Transport",
        "Filed under: Ports, Trade, Shipping",
        "Part of: Transport and infrastructure",
    ],
)
def test_a_release_or_filing_label_is_boilerplate(label: str) -> None:
    assert kind_of(_under_head(label), label, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "Ref: 118/25",
        "TR-4471",
        "Contact: press office, Ministry of Transport",
        "Contacts: Ports Division, +44 20 7000 0000",
    ],
)
def test_a_reference_code_or_a_contact_line_is_boilerplate(line: str) -> None:
    page = f"{TANKERS_HEAD}Published 3 March 2026\n\n{TANKERS_BODY}{PAGE_END}{line}\n"
    assert kind_of(page, line, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "credit",
    [
        "Live blog by Hana Kovac and Pia Lund",
        "Live reporting by Tomas Ruiz",
        "Prepared by: Freight desk, Harbour Research",
        "Reporting team: Ana Silva (Porto), Luis Mota (Faro)",
    ],
)
def test_a_credit_line_under_the_headline_is_the_byline(credit: str) -> None:
    page = f"{TANKERS_HEAD}{credit}\nPublished 3 March 2026\n\n{TANKERS_BODY}{PAGE_END}"
    assert kind_of(page, credit, TODAY) == "byline"


@pytest.mark.parametrize(
    "line",
    [
        "Analyst: Ana Lind | Report no. FR-26-03",
        "Author: Tomas Ruiz | Ref. 2026/14",
        "Editor: Pia Lund | Issue no. 9",
        "Analysts: Hana Kovac, Luis Mota | Doc. no. 7",
    ],
)
def test_a_byline_beside_a_numbered_reference_is_the_byline(line: str) -> None:
    page = f"{TANKERS_HEAD}{line}\nPublished 3 March 2026\n\n{TANKERS_BODY}{PAGE_END}"
    assert kind_of(page, line, TODAY) == "byline"


@pytest.mark.parametrize(
    "line",
    [
        "Contact with the crew was lost at 04:10, the coastguard said.",
        "The ministry adds 12 tankers (and two insurers) to the list.",
        "Part of the cargo was transferred to a second ship near Ceuta.",
        "Contacts between the two navies resumed in May, officials said.",
    ],
)
def test_story_sentences_that_open_like_notes_stay_body(line: str) -> None:
    page = f"{TANKERS_HEAD}Published 3 March 2026\n\n{TANKERS_BODY}{line}\n\n{PAGE_END}"
    assert kind_of(page, line, TODAY) == "body"
