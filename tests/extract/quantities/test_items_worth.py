"""A sum a thing is worth counts that thing (annotation/guidelines.md: the item is what is counted,
never the unit or currency): 'cargoes worth USD 3 billion' is the cargoes' sum, whether 'worth' or
'valued at' stands on the noun or on a copula whose subject names it."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Inspectors impounded shipments worth about $4 million at the port.",
            "$4 million",
            "shipments",
        ),
        (
            "The villa, which is worth an estimated EUR 6 million, was seized on Monday.",
            "EUR 6 million",
            "villa",
        ),
        (
            "The confiscated jewellery was worth roughly GBP 2 million.",
            "GBP 2 million",
            "jewellery",
        ),
        (
            "Police froze several bank accounts, valued at more than EUR 3 million, last week.",
            "EUR 3 million",
            "bank accounts",
        ),
        (
            "Customs officers seized 300 counterfeit handbags in May, worth about EUR 1 million.",
            "EUR 1 million",
            "handbags",
        ),
    ],
)
def test_a_sum_a_thing_is_worth_counts_the_thing(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"].endswith(item)


def test_a_sum_worth_to_someone_is_not_the_someone(claims_of: Rows) -> None:
    text = "The deal is worth $2 billion to the company."
    assert found(claims_of, text, "$2 billion")["quantity_item"] == "deal"
