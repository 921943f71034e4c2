"""An authority directing banks to freeze 'any' holdings of a counted group acts on that group
(the holders a participle's agent names count as a relative clause's subject does); 'any funds'
of everyone a rule may reach is the rule's effect, no action."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's financial intelligence centre said it would direct banks to freeze any accounts"
        " held by the two brokers and Tana Remit.",
        "The ministry ordered lenders to freeze any funds held by the three smugglers.",
        "The central bank told banks to freeze any accounts owned by the four brokers.",
        "The regulator will instruct banks to freeze any deposits held by the five officials.",
    ],
)
def test_a_directed_freeze_of_a_counted_group_is_a_claim(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    said = text[rows[0]["span_start"] : rows[0]["span_end"]]
    assert "freeze" in said


@pytest.mark.parametrize(
    "text",
    [
        "Banks must freeze any funds held by designated persons.",
        "The rules block any funds the listed persons own.",
    ],
)
def test_any_funds_of_everyone_listed_is_an_effect(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
