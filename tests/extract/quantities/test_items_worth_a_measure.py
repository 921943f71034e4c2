"""A sum that is the value of a figure in a unit ('exports total 2m tonnes worth $5bn') measures
what that figure measures (the exports), not the unit word before it."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "head"),
    [
        ("Exports this year total 1.4 million tonnes worth EUR 2.1 billion.", "EUR 2.1", "exports"),
        ("Imports reached 2.5 million barrels valued at $180 million.", "$180 million", "imports"),
        ("Coal deliveries came to 800,000 tonnes worth $95 million.", "$95 million", "deliveries"),
        ("Shipments rose to 41,000 tonnes, worth NOK 3.2 billion.", "NOK 3.2", "shipments"),
    ],
)
def test_a_sum_worth_a_measure_counts_what_the_measure_measures(
    claims_of: Rows, text: str, anchor: str, head: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == head
