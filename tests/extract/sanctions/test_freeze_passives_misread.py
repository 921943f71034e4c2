"""A freeze passive the tagger misreads: the participle read as an adjective after 'be' ('the
deposits of five cousins were also frozen', 'frozen' a JJ complement), or a headline's bare
participle whose subject is counted only through its owners ('Deposits of 40 traders
frozen') or that a phrase follows ('Assets of nine frozen over bribes'). Each states the
freeze on what its subject names."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, story

LEAD = "Chile's money-laundering unit froze six deposit accounts on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deposits of five cousins were also frozen.", {"person": 5}),
        ("Bank deposits of 22 couriers were frozen as well.", {"person": 22}),
        ("Funds of nine smugglers are now frozen.", {"person": 9}),
    ],
)
def test_adjective_read_passive_after_be_is_a_freeze(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    rows = story(claims_of, LEAD + text)
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Deposits of 40 traders frozen",
        "Assets of 17 frozen over bribes",
        "Accounts of six notaries blocked",
    ],
)
def test_bare_headline_participle_counted_through_owners(claims_of: Rows, text: str) -> None:
    rows = story(claims_of, LEAD + text + ".")
    assert len(rows) == 2, rows


@pytest.mark.parametrize(
    "text",
    [
        "Their savings were frozen with fear.",
        "Accounts frozen abroad",
        "The lake was frozen for weeks.",
        "The deposits of five cousins are no longer frozen.",
        "Deposits of two couriers were not frozen after all.",
    ],
)
def test_states_and_section_heads_are_no_freeze(claims_of: Rows, text: str) -> None:
    rows = story(claims_of, LEAD + text)
    assert len(rows) == 1, rows
