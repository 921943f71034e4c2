"""A yes/no question ('Has anyone been removed from the list?', 'Do the listings apply at once?')
asks whether an action was done, as a page of questions and answers does; the answer states it.
A statement, or a question answered in the same line, keeps its claim."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "4. Has anyone been removed from the list?",
        "Does Mauritius apply sanctions of other states?",
        "Will the ministry freeze the assets of the two firms?",
        "Did Canada sanction the three officials in May?",
    ],
)
def test_a_yes_no_question_states_no_action(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    "text",
    [
        "One individual was removed from the list on 2 April.",
        "Canada sanctioned the three officials in May.",
        "The ministry will freeze the assets of the two firms.",
        "Has the policy worked? Canada sanctioned three more officials in May.",
    ],
)
def test_statements_keep_their_claims(claims_of: Rows, text: str) -> None:
    assert len(claims_of(text, "sanction")) == 1
