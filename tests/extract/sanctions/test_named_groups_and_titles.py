"""A definite plural group the sentence before sanctioned, named by a naming
participle set off by commas ('The officers, named as Col. A and Maj. B, are accused of ...'),
restates that action's targets with their names; and rank titles written with a period ('Brig.',
'Col.', 'Capt.') stay one token, so the period ends no sentence in the middle of a name."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain froze the assets of two officers and a bank. The officers, named as Col. Ana"
            " Ruiz and Maj. Pablo Soto, are accused of ordering the raids.",
            {"person": 2},
        ),
        (
            "Canada sanctioned two generals on Friday. The generals, named as Brig. Gen."
            " Omar Said and Capt. Idris Bako, led the siege.",
            {"person": 2},
        ),
        (
            "The EU listed two shipping firms. The firms, named as Kelm Marine and Dusk Lines,"
            " are based in Dubai.",
            {"organization": 2},
        ),
        (
            "Japan blacklisted four traders. The traders, listed as Arvo Trade, Kelm Oil, Fen"
            " Gas and Ostra Fuel, sold oil to the army.",
            {"organization": 4},
        ),
    ],
)
def test_a_group_named_as_after_a_sanction_restates_its_targets(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected
    assert rows[1]["sanction_status"] == "imposed"


@pytest.mark.parametrize(
    "text",
    [
        "The officers, named as Col. Ana Ruiz and Maj. Pablo Soto, led the parade on Sunday.",
        "Britain sanctioned two officers. The judges, named as Ana Ruiz and Pablo Soto, were"
        " appointed in May.",
    ],
)
def test_a_group_named_as_with_no_sanction_before_states_none(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == (1 if text.startswith("Britain") else 0), rows


@pytest.mark.parametrize(
    "text",
    [
        "The unit is led by Brig. Gen. Omar Said and Col. Ana Ruiz of the army.",
        "Capt. Idris Bako and Lt. Musa Dan commanded the ship.",
        "Sgt. Ali Nour, Maj. Pablo Soto and Capt. Jon Berg were named.",
        "Investigators questioned Col. Ana Ruiz on Monday.",
    ],
)
def test_rank_titles_keep_their_period(parse: Any, text: str) -> None:
    doc = parse(text)
    assert len(list(doc.sents)) == 1, [s.text for s in doc.sents]
    assert not any(t.text == "." for t in doc[:-1])
