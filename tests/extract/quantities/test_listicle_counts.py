"""A figure opening its line or sentence that counts the piece's own parts ('Seven things to know
before X', '12 questions on this month's headlines') is no claim; the same nouns counted inside a
sentence ('the panel left three questions unanswered') stay."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _spans(claims_of: Rows, text: str) -> list[str]:
    return [text[r["span_start"] : r["span_end"]] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Seven things to know before the fare rise\nBus fares rose 8% on Monday.\n", "8%"),
        (
            "12 questions on this month's headlines. The port handled 41,000 boxes.\n",
            "41,000 boxes",
        ),
        ("Four takeaways from the budget\nSpending rises to $2.3 billion.\n", "$2.3 billion"),
        ("Explainer | Five reasons behind the power cuts\nDemand hit 9 GW.\n", "9 GW"),
    ],
)
def test_a_listicle_count_is_no_quantity(claims_of: Rows, text: str, kept: str) -> None:
    assert _spans(claims_of, text) == [kept]


def test_parts_counted_inside_a_sentence_stay(claims_of: Rows) -> None:
    text = "The auditors listed 14 reasons for the overspend in their report."
    assert any("14 reasons" in s for s in _spans(claims_of, text))
