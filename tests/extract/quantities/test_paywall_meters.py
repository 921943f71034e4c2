"""A site's paywall meter ('1 of 5 free stories read', 'Subscribe - 4 free articles left')
filling its line, cell or bracket counts what a reader may still read: page furniture, no
claim; the same words in a story's sentence stay quantities."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _spans(claims_of: Rows, text: str) -> list[str]:
    return [text[r["span_start"] : r["span_end"]] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "text",
    [
        "Harbour Post  ·  1 of 5 free stories read",
        "Weekend edition · Open to you: 4 of 10 free articles this month · Log in",
        "[Register — 6 free articles remaining]",
        "Valley Courier | 2 more free stories left",
    ],
)
def test_meters_are_page_furniture(claims_of: Rows, text: str) -> None:
    assert _spans(claims_of, text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The agency published 120 free articles in its first month.", "120 free articles"),
        ("Readers opened 3 of 4 free stories on average, the survey found.", "4 free stories"),
    ],
)
def test_counts_of_articles_in_a_story_stay(claims_of: Rows, text: str, kept: str) -> None:
    assert any(kept in s for s in _spans(claims_of, text))
