"""'N of the M nouns': the part's span runs to the noun it counts, so it is the claim that covers the
whole phrase, and the whole's count ('M nouns') stays a claim of its own."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


@pytest.mark.parametrize(
    ("text", "part", "whole", "phrase"),
    [
        ("Auditors flagged errors in 9 of 31 invoices reviewed.", 9, 31, "9 of 31 invoices"),
        ("Crews have reopened six of the 14 bridges.", 6, 14, "six of the 14 bridges"),
        ("Four of its 11 depots will be shut by winter.", 4, 11, "Four of its 11 depots"),
        ("Only 12 of the 40 trawlers were back at sea.", 12, 40, "12 of the 40 trawlers"),
    ],
)
def test_the_part_spans_the_counted_noun(
    claims_of: Rows, text: str, part: int, whole: int, phrase: str
) -> None:
    rows = {r["quantity_value"]: r for r in claims_of(text, "quantity")}
    assert {part, whole} <= set(rows), rows
    start = text.index(phrase)
    assert (rows[part]["span_start"], rows[part]["span_end"]) == (start, start + len(phrase))
    assert rows[whole]["span_end"] == start + len(phrase)


def test_a_pronoun_whole_keeps_the_part_alone(claims_of: Rows) -> None:
    rows = claims_of("Nine of them were hurt in the blast.", "quantity")
    assert [(r["span_start"], r["span_end"]) for r in rows] == [(0, 4)]
