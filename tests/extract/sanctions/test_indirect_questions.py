"""An action inside an indirect question ('asked how many vessels have been designated',
'whether they will coordinate further designations') states nothing; the answer does."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "To ask the Government how many individuals and entities have been designated under the "
        "Belarus regime since 2020; and whether they will coordinate further designations with "
        "allies.",
        "The senator asked how many tankers the Treasury has sanctioned since January.",
        "Reporters asked whether Japan would freeze the assets of the two banks.",
        "It is not yet clear how many firms were blacklisted on Friday.",
    ],
)
def test_an_indirect_question_is_no_claim(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    "text",
    [
        "Japan froze the assets of the two banks, officials said.",
        "Asked about the move, the minister said Canada had listed 14 people.",
    ],
)
def test_the_answer_is_a_claim(claims_of: Rows, text: str) -> None:
    assert len(claims_of(text, "sanction")) == 1
