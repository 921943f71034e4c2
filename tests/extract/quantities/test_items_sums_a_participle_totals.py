"""A sum taken by a totalling participle counts the things it sums: the noun the participle
hangs on, or, after a comma, the object of the clause it closes."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Auditors said they had found at least 52 transfers from the agency to a shell firm "
            "run by the director's nephew between 2018 and 2020, totalling $6.1 million.",
            "$6.1 million",
            "transfers",
        ),
        (
            "The council paid travel allowances to 640 officials who did not qualify for them, "
            "amounting to EUR 2.3 million over three years.",
            "EUR 2.3 million",
            "travel allowances",
        ),
        (
            "The regulator will issue refunds to some 9,000 customers, totalling about £4 million.",
            "£4 million",
            "refunds",
        ),
        (
            "Inspectors handed out 214 penalties totalling R1.8 million last quarter.",
            "R1.8 million",
            "penalties",
        ),
    ],
)
def test_a_totalled_sum_counts_the_things_summed(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


def test_an_agent_before_the_participle_is_not_counted(claims_of: Rows) -> None:
    text = "The ministry fined 14 companies last year, totalling about $900,000."
    assert found(claims_of, text, "$900,000")["quantity_item"] != "companies"
