"""A sum a money verb governs counts what the verb names as a noun: earnings for what is earned,
a payment or repayment for what is paid or repaid (the dev golds and the guidelines' 'the item
names the thing, never the unit')."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The gang earned about $3 million from the scheme.", "$3 million", "earnings"),
        ("Smugglers earn an estimated $12 million a year.", "$12 million", "earnings"),
        ("Insurers paid $40 million to the families last year.", "$40 million", "payment"),
        ("The city will pay 50,000 pesos to each household.", "50,000 pesos", "payment"),
        ("The lender repaid EUR 2 million to its customers.", "EUR 2 million", "repayment"),
        ("The agency repays $900,000 to the investors.", "$900,000", "repayment"),
    ],
)
def test_a_money_verb_names_what_its_sum_counts(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
