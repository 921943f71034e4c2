"""A sum wrapped in 'a total of' or 'a sum of' after a worth word ('worth a total of $2m') still
counts what is worth it, not the total."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "head"),
    [
        (
            "Prosecutors froze shares and bonds worth a total of $6.1 million.",
            "6.1",
            "bonds",
        ),
        (
            "The paintings, valued at a total of about 3 million euros, were returned.",
            "3 million",
            "paintings",
        ),
        (
            "The ministry seized 14 villas worth a total of KES 900 million last year.",
            "900",
            "villas",
        ),
        (
            "Agents recovered jewels worth a sum of nearly £250,000 from the flat.",
            "250,000",
            "jewels",
        ),
    ],
)
def test_a_total_after_a_worth_word_counts_what_is_worth_it(
    claims_of: Rows, text: str, anchor: str, head: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == head
