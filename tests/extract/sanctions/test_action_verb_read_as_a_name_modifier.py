"""A past tense the parser reads as an adjective of the company name after it ('The bank on
Friday barred Acme Ltd and ...', 'barred' an `amod` of 'Ltd', the name hung as subject on a later
clause's verb) keeps the subject before it as the claim's subject, so a later clause's body
('after its audit office found ...') is not taken for the story's own government, and the
lender that acted keeps the action."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.extract.context import subject_predicate
from claims.extract.pipeline import load
from claims.extract.syntax import finite_read_as_modifier
from tests.extract.sanctions.helpers import page_sanctions

LEADS = [
    (
        "The Islamic Development Bank on March 3 debarred Nile Delta Builders Ltd. and three of "
        "its managers for five years, after its audit unit found the firm had forged receipts.",
        "The Islamic Development Bank on March 3",
    ),
    (
        "The Inter-American Development Bank on October 30 debarred Orange Walk Paving Inc. and "
        "two of its directors for six years, after its integrity office found the firm had "
        "padded invoices.",
        "The Inter-American Development Bank on October 30",
    ),
    (
        "The Caribbean Development Bank on March 9 debarred Stann Creek Paving Ltd. and two of "
        "its owners for two years, after its integrity office found the company had forged bank "
        "guarantees.",
        "The Caribbean Development Bank on March 9",
    ),
]


@pytest.mark.parametrize(("text", "subject"), LEADS)
def test_the_misread_verb_keeps_its_subject(text: str, subject: str) -> None:
    doc = load()(text)
    start = text.index("debarred")
    assert subject_predicate(doc, start, text.index(" and "))[0] == subject


def test_a_modifying_participle_with_no_subject_is_no_verb() -> None:
    text = "The frozen accounts of the firm were listed."
    assert finite_read_as_modifier(load()(text), 0, len(text)) is None


def test_the_lender_keeps_its_action_on_a_home_states_page(tmp_path: Path) -> None:
    page = (
        "THE HARBOUR COURIER\n"
        "Belize's weekly business paper  ·  Print + digital\n\n"
        "LENDER BARS ROAD BUILDER\n\n"
        "The ban, copied by Belize's tender office, leaves a coastal contract without a builder\n\n"
        + LEADS[1][0]
        + "\n\nThe Belize Procurement Commission on Monday blacklisted the company from state "
        "tenders.\n"
    )
    rows = [r for r in page_sanctions(tmp_path, page) if "debarred" in r["span_text"]]
    assert [list(r["sanction_authorities"]) for r in rows] == [["Inter-American Development Bank"]]
