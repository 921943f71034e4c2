"""Racing and other sports bodies disqualify their licence-holders as they ban or suspend them
(sanctions.json `disciplinary_bans`): the verb and its noun, in any voice and tense; a bare 'the
committee' or 'the panel' after the body was named acts for it; an acronym of a named racing
body acts; a surname the page gave a person before is a named target."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import Rows, page_sanctions


@pytest.mark.parametrize(
    "text",
    [
        "The British Horseracing Authority on Monday disqualified two jockeys for eight months.",
        "World Athletics has disqualified three marathoners over missed tests.",
        "Racing Victoria will disqualify the trainer for two years, its stewards said.",
    ],
)
def test_a_racing_or_sports_body_disqualifies_people(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] in ("imposed", "planned"), rows


def test_an_acronym_of_a_racing_body_acts(claims_of: Rows) -> None:
    rows = claims_of("The BHA has so far disqualified six riders this season.", "sanction")
    assert len(rows) == 1, rows
    assert list(rows[0]["sanction_authorities"]) == ["British Horseracing Authority"]


PAGE = (
    "Trotting news\n\n"
    "The Racing Integrity Board's judicial committee on Friday lengthened the disqualification"
    " of Carl Menzies, a Waikato horseman, from one year to four years.\n\n"
    "Menzies had been disqualified in March after a swab returned a banned stimulant.\n\n"
    "The panel then disqualified the farrier Rob Tait for six months.\n\n"
    "The tribunal lifted a temporary ban on veterinarian Paula Kirk on Monday.\n"
)


def test_a_page_of_a_racing_body(tmp_path: Path) -> None:
    rows = page_sanctions(tmp_path, PAGE)
    spans = " | ".join(r["span_text"] for r in rows)
    assert "lengthened the disqualification" in spans, spans
    assert any(r["sentence"].startswith("Menzies had been") for r in rows), spans
    assert "disqualified the farrier Rob Tait" in spans, spans
    assert "lifted a temporary ban" in spans, spans


def test_a_bare_committee_on_a_page_of_no_body_is_none(tmp_path: Path) -> None:
    text = (
        "Village fete\n\n"
        "The committee disqualified two bakers from the cake contest for using shop icing.\n"
    )
    assert page_sanctions(tmp_path, text) == []


@pytest.mark.parametrize(
    "heading",
    [
        "Three cyclists suspended over doping",
        "Two jockeys disqualified for nine months",
        "Four hurdlers banned until 2029 over missed tests",
        "Rugby captain suspended for six weeks",
    ],
)
def test_a_heading_passive_on_people_of_a_body_named_in_the_lead(
    tmp_path: Path, heading: str
) -> None:
    text = (
        f"{heading}\n\n"
        "By a staff writer\n\n"
        "The International Testing Agency on Tuesday suspended athletes from a Ghent club"
        " pending a hearing.\n"
    )
    rows = page_sanctions(tmp_path, text)
    titles = [r for r in rows if heading.startswith(r["sentence"][:12])]
    assert titles, rows
    assert titles[0]["sanction_status"] == "imposed", titles


def test_a_heading_passive_on_a_page_of_no_body_is_none(tmp_path: Path) -> None:
    text = (
        "Two players suspended over dressing-room row\n\n"
        "The club said late on Sunday both would miss the derby while it looked into the row.\n"
    )
    assert page_sanctions(tmp_path, text) == []
