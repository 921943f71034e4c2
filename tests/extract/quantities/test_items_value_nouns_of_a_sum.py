"""A sum in the 'of' phrase of a value noun ('a street value of £2bn', 'a market value of EUR
3 million') is that value: the item is the value noun with its modifiers, not the modifier
alone, and not the sum itself as an 'of' phrase of a wrapper noun. 'worth' and 'valued at'
still count the thing said to be worth it."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The gang has moved 25 tonnes of cocaine since 2019, with a street value of about £2bn.",
            "£2bn",
            "street value",
        ),
        ("Police seized heroin with a street value of $40 million.", "$40 million", "street value"),
        ("The drugs had a market value of EUR 3 million.", "EUR 3 million", "market value"),
        (
            "Customs found cigarettes with a retail value of about R12 million on Tuesday.",
            "R12 million",
            "retail value",
        ),
    ],
)
def test_a_sum_a_value_noun_holds_is_that_value(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The villas, valued at GBP 100 million, were frozen.", "GBP 100 million", "villas"),
        ("Police seized cargoes worth USD 3 billion.", "USD 3 billion", "cargoes"),
    ],
)
def test_worth_and_valued_at_still_count_the_thing(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
