"""A sum frozen in holdings: the parser may read a one-word bound before the sum ('about',
'around') as the verb's preposition, yet the sum is still what the state froze; with no owner
named, the holdings are a target group of kind other and no count (CLAIMS.md: asset freezes on
targets)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    "text",
    [
        "The council has frozen about P9.8 billion in assets since last year.",
        "Kenya froze around $4 million in bank deposits on Tuesday.",
        "The regulator froze nearly R2 billion in accounts this week.",
        "Singapore has blocked roughly S$30 million in deposits since March.",
        "Manila freezes P2.1 billion in assets of gaming bosses",
    ],
)
def test_a_bounded_sum_frozen_in_holdings(claims_of: Rows, text: str) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == "imposed"
    assert counts(row) == {"other": None}


@pytest.mark.parametrize(
    "text",
    [
        "The storm froze about 40 pipes in the town.",  # no state, no holdings
        "Prices froze around $4 in the market.",  # nothing held
    ],
)
def test_no_bounded_sum_freeze(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
