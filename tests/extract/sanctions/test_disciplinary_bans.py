"""A sports or professional disciplinary body banning, barring or suspending athletes, officials
or clubs states a sanction though it is no state authority (sanctions.json `disciplinary_bans`), in
any voice and tense; an agentless passive on such people counts on a page that named the body.
A ban on things ('banned smoking in its grounds', 'a ban on plastic bags') is none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import Rows, page_sanctions


@pytest.mark.parametrize(
    "text",
    [
        "The Cycling Integrity Agency on Tuesday banned two riders for four years after their"
        " samples showed a growth hormone.",
        "The national athletics federation has suspended three sprinters and their coach pending"
        " a hearing.",
        "Five referees were barred for life by the football association's disciplinary panel.",
        "The anti-doping agency will ban the weightlifter for eight years, its chief said.",
    ],
)
def test_a_disciplinary_body_bans_people(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] in ("imposed", "planned"), rows


@pytest.mark.parametrize(
    "text",
    [
        "The league banned smoking in its grounds from next season.",
        "The city council voted to ban plastic bags at the stadium.",
        "The coach banned his players from using phones at dinner.",
    ],
)
def test_a_ban_on_things_or_by_anyone_else_is_none(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


def test_an_agentless_passive_counts_on_a_page_of_the_body(tmp_path: Path) -> None:
    text = (
        "Rowing body acts on doping case\n\n"
        "The International Testing Agency banned a rower for a year in June.\n\n"
        "Both rowers were suspended for two years on Thursday, and their trainer was banned"
        " for five.\n"
    )
    rows = page_sanctions(tmp_path, text)
    assert any("suspended" in r["span_text"] for r in rows), rows


def test_an_agentless_passive_on_a_page_of_no_body_is_none(tmp_path: Path) -> None:
    text = (
        "Club news\n\n"
        "Two players were suspended for one match after a brawl in the tunnel on Sunday.\n"
    )
    assert page_sanctions(tmp_path, text) == []


def test_a_named_sports_body_is_the_authority(claims_of: Rows) -> None:
    text = "World Athletics on Friday banned four hurdlers for tampering with their tests."
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert list(rows[0]["sanction_authorities"]) == ["World Athletics"], rows


def test_a_named_sports_body_banning_a_thing_is_none(claims_of: Rows) -> None:
    assert claims_of("FIFA banned smoking in its stadiums from next season.", "sanction") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Also suspended are two of the club's defenders, pending an appeal.",
        "The winger received a three-year ban after admitting the offence.",
        "Its goalkeeper was handed a life ban for fixing matches.",
        "Eleven wrestlers from the region are now serving bans.",
    ],
)
def test_later_lines_on_a_page_of_the_body(tmp_path: Path, sentence: str) -> None:
    text = (
        "Football body acts in betting case\n\n"
        "FIFA's disciplinary committee on Monday banned three players of a second-tier club for"
        " betting on their own games.\n\n"
        f"{sentence}\n"
    )
    rows = page_sanctions(tmp_path, text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == ["FIFA"], rows


def test_a_received_ban_on_a_page_of_no_body_is_none(tmp_path: Path) -> None:
    text = (
        "Town news\n\n"
        "The market received a ban on plastic bags last year, and shops are serving bans on"
        " single-use cups too.\n"
    )
    assert page_sanctions(tmp_path, text) == []
