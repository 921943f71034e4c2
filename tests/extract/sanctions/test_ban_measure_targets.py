"""Targets of a disciplinary measure told as a noun: lifting, extending or imposing 'the
suspension of' someone falls on that person or group (the 'of' object of the ban noun,
sanctions.json `disciplinary_bans` `nouns`), in any voice; a ban of a thing names no target."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import Rows, page_sanctions


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "The Athletics Integrity Unit on Friday lifted the provisional suspension of a"
            " second hurdler.",
            1,
        ),
        (
            "The interim suspension of jockey Mary Lane was extended by the racing integrity"
            " board until June.",
            1,
        ),
        (
            "The national swimming federation has extended the provisional suspension of"
            " trainer Arno Velde pending an appeal.",
            1,
        ),
        (
            "The football association's disciplinary panel lifted the suspensions of four"
            " referees on Tuesday.",
            4,
        ),
    ],
)
def test_the_of_object_of_a_ban_noun_is_its_target(claims_of: Rows, text: str, count: int) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    targets = rows[0]["sanction_targets"]
    assert [(t["kind"], t["count"]) for t in targets] == [("person", count)], rows


@pytest.mark.parametrize(
    "line",
    [
        "A second jockey's suspension was lifted on Monday.",
        "The committee lifted the farrier's ban on Monday.",
        "One more trainer's disqualification was extended until May.",
    ],
)
def test_the_person_owning_a_ban_noun_is_its_target(tmp_path: Path, line: str) -> None:
    text = (
        "Trotting news\n\n"
        "The Racing Integrity Board's judicial committee on Friday disqualified two jockeys for"
        " a year.\n\n"
        f"{line}\n"
    )
    rows = [r for r in page_sanctions(tmp_path, text) if r["sentence"].strip() == line]
    assert len(rows) == 1, rows
    targets = rows[0]["sanction_targets"]
    assert [(t["kind"], t["count"]) for t in targets] == [("person", 1)], rows
