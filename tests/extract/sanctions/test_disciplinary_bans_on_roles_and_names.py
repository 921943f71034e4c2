"""A disciplinary body named as the actor bans a named person or people a role word names
('barred club chairman Ola Berg'), and a ban noun that such a page's verb lifts, extends or imposes
is a sanction too (sanctions.json `disciplinary_bans` `people`, `acted_on`). A ban on things
stays none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import Rows, page_sanctions


@pytest.mark.parametrize(
    "text",
    [
        "UEFA's disciplinary body barred club chairman Piotr Nowak from all football activity"
        " for 30 months.",
        "FIFA's ethics committee has banned Tomasz Wolny for a decade over bribes.",
        "Vice-president Aldo Ferri will be barred by FIFA's ethics committee for a decade,"
        " its spokeswoman said.",
        "UEFA's disciplinary inspectors suspended two club secretaries and a steward on Monday.",
    ],
)
def test_a_body_bans_a_named_or_role_person(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] in ("imposed", "planned"), rows


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The panel also lifted a ban on assistant coach Rui Lopes.", "lifted"),
        ("It extended by a year the ban on a former club treasurer.", "extended"),
        ("The ban on the kit manager was lifted after his appeal.", "lifted"),
        ("The panel also lifted a stadium ban on Vitoria.", "lifted"),
    ],
)
def test_a_ban_acted_on_on_a_page_of_the_body(tmp_path: Path, sentence: str, status: str) -> None:
    text = (
        "Football body acts on pitch invasion\n\n"
        "UEFA's disciplinary body on Friday banned three officials of the two clubs for a year.\n\n"
        f"{sentence}\n"
    )
    rows = [r for r in page_sanctions(tmp_path, text) if r["sanction_status"] == status]
    assert len(rows) == 1, page_sanctions(tmp_path, text)


@pytest.mark.parametrize(
    "text",
    [
        "The league lifted a ban on alcohol in the stands.",
        "The club extended its ban on flares for another season.",
        "The coach banned Paulo Rocha's phone from the dressing room.",
    ],
)
def test_a_ban_on_things_stays_none(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
