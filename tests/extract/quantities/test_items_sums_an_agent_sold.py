"""A sum a seller sells ('the central bank sold $90 million', 'the utility sold an average of
EUR 2m a day') counts the sales; a thing that sells for a sum ('a crate sells for $12') keeps the
thing, whose price the sum is."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The central bank sold $90 million at its weekly auction on Tuesday.", "$90"),
        ("The utility sold an average of EUR 2 million a day to neighbouring grids.", "EUR 2"),
        ("Last year the cooperative sold about Ksh 480 million through the exchange.", "480"),
        ("Traders are selling $15 million a week on the parallel market.", "$15"),
    ],
)
def test_a_sum_an_agent_sold_counts_the_sales(claims_of: Rows, text: str, anchor: str) -> None:
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == "sales"


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("A crate of mangoes sells for $12 at the Kampala market.", "$12"),
        ("The painting, which sold for £2.1 million, went to a private buyer.", "£2.1"),
    ],
)
def test_a_thing_that_sells_for_a_sum_keeps_the_thing(
    claims_of: Rows, text: str, anchor: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] != "sales"
