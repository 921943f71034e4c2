"""Sanction words are listed once, as lemmas: every inflection of a trigger works."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from claims.extract.sanctions.words import base_forms, cue_words, lemma, word_lemma
from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The European Union is adopting sanctions against four Iranian drone makers.", "imposed"),
        ("Canada is expanding its sanctions on Russian oil traders to six more firms.", "imposed"),
        ("Japan levies sanctions on three shipping companies registered in Dubai.", "imposed"),
        ("Britain is putting 25 tankers under sanctions this week.", "imposed"),
        ("Washington is approving sanctions against two Chinese banks.", "imposed"),
        ("Britain froze the assets of four Russian businessmen.", "imposed"),
        ("Switzerland is lifting its sanctions on two Syrian banks.", "lifted"),
        ("The bloc renews its sanctions on 1,900 individuals for six months.", "extended"),
        ("Seoul is weighing sanctions on North Korean hackers.", "planned"),
    ],
)
def test_every_inflection_of_a_trigger(claims_of: Rows, text: str, status: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == status


def test_headline_words_fall_back_to_a_known_lemma(parse: Callable[..., Any]) -> None:
    doc = parse("Norway Adopts Sanctions, Japan LEVIES Penalties")
    lemmas = {t.text: lemma(t) for t in doc}
    assert lemmas["Adopts"] == "adopt" and lemmas["Sanctions"] == "sanction"
    assert lemmas["LEVIES"] == "levy" and lemmas["Penalties"] == "penalty"


def test_unknown_words_keep_their_own_lemma(parse: Callable[..., Any]) -> None:
    doc = parse("The ministers were talking.")
    assert [lemma(t) for t in doc][1:4] == ["minister", "be", "talk"]


def test_base_forms_and_cues() -> None:
    assert "slap" in base_forms("slapped") and "levy" in base_forms("levied")
    assert word_lemma("Blacklisted") == "blacklist" and word_lemma("froze") == "freeze"
    assert {"sanctioned", "designating", "blacklists", "froze", "bans"} <= cue_words()
