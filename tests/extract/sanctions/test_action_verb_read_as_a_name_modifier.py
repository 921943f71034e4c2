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
        "its managers for five years, once its ethics panel concluded the contractor had forged "
        "receipts.",
        "The Islamic Development Bank on March 3",
    ),
    (
        "The Inter-American Development Bank on October 30 debarred Orange Walk Paving Inc. and "
        "three of its owners for six years, once its audit panel concluded the contractor had "
        "padded invoices.",
        "The Inter-American Development Bank on October 30",
    ),
    (
        "The African Development Bank on April 7 debarred Sahel Roads Ltd. and three of its "
        "engineers for five years, once its ethics panel concluded the contractor had forged "
        "receipts.",
        "The African Development Bank on April 7",
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
        "Belize's tender office follows the lender, and a harbour project stalls\n\n"
        + LEADS[1][0]
        + "\n\nThe Belize Procurement Commission on Monday blacklisted the company from state "
        "tenders.\n"
    )
    rows = [r for r in page_sanctions(tmp_path, page) if "debarred" in r["span_text"]]
    assert [list(r["sanction_authorities"]) for r in rows] == [["Inter-American Development Bank"]]
