"""A word of trade (dealer, broker, trader) names people when the text sets it beside firms ('three
dealers and two companies'), when it owns frozen holdings in the singular ("the broker's
accounts") or when it is declared of a standing kept out of a state ('declared five traders
prohibited immigrants'); and whom a verb of declaring puts in such a standing is the target,
whether the parser reads the standing as a small clause's adjective ('declared four sailors
inadmissible') or a headline's participle as an active verb ('Six sailors declared prohibited
immigrants')."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.language import Language

from claims.extract.sanctions.targets import target_heads
from tests.extract.sanctions.helpers import counts, only

Rows = Callable[..., list[dict[str, Any]]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghana's High Court froze the assets of three dealers and two companies on Friday.",
            {"person": 3, "organization": 2},
        ),
        (
            "Canada sanctioned two brokers and their four firms over the scheme.",
            {"person": 2, "organization": 4},
        ),
        (
            "Ghana's anti-graft office has frozen a Kumasi broker's accounts.",
            {"person": 1},
        ),
        (
            "Bolivia's interior ministry declared six foreign traders inadmissible on Monday.",
            {"person": 6},
        ),
    ],
)
def test_words_of_trade_that_name_people(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Six sailors declared prohibited immigrants after raid", "immigrants", "sailors"),
        ("Twelve miners declared prohibited immigrants", "immigrants", "miners"),
        ("The ministry declared four pilots inadmissible.", "inadmissible", "pilots"),
        ("Officials declared nine dealers inadmissible last week.", "inadmissible", "dealers"),
    ],
)
def test_whom_a_declaration_puts_out_is_the_target(
    nlp: Language, text: str, trigger: str, expected: str
) -> None:
    doc = nlp(text)
    word = next(t for t in doc if t.lower_ == trigger)
    action = next(t for t in doc if t.lemma_ == "declare")
    heads, _ = target_heads(word, action)
    assert [h.lower_ for h in heads] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The EU extended its measures to cement traders and shipping firms.",
        "Britain sanctions timber brokers and logging companies in a new round.",
        "Canada has added fertiliser dealers and freight firms to its list.",
        "Japan will sanction metal traders and leasing companies next month.",
    ],
)
def test_uncounted_words_of_trade_beside_firms_stay_firms(claims_of: Rows, text: str) -> None:
    """A trade named without a count beside firms is a line of business, not people."""
    assert "person" not in counts(only(claims_of, text))
