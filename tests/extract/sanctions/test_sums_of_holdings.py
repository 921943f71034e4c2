"""A frozen sum 'of' holdings ('froze $12 million of deposits held by two firms') names those
holdings as a sum 'in' them does: a freeze whose targets are the holders, the sum no target."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prosecutors froze $12 million of deposits held by two shell companies.",
            {"organization": 2},
        ),
        (
            "The agency has frozen about EUR 5 million of funds owned by three oligarchs.",
            {"person": 3},
        ),
        (
            "Seoul froze 3 billion won of deposits belonging to five North Korean agents.",
            {"person": 5},
        ),
        (
            "The council froze P300 million of assets belonging to four customs brokers.",
            {"organization": 4},
        ),
    ],
)
def test_a_sum_of_holdings_is_a_freeze_of_their_holders(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == "imposed"
    assert counts(row) == expected


def test_a_sum_of_a_budget_is_no_freeze(claims_of: Rows) -> None:
    assert claims_of("The fund froze $2 billion of its budget last year.", "sanction") == []
