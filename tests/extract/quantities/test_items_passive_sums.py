"""A sum that is the subject of a passive money verb is what the verb
names ('EUR 9 million was frozen': frozen funds, as 'froze EUR 9 million' would be)."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Officials said about CHF 41 million was still frozen in nine banks.",
            "CHF",
            "frozen funds",
        ),
        ("Some EUR 7 million remains blocked in accounts abroad.", "EUR", "frozen funds"),
        ("Roughly $12m has been frozen by the finance ministry.", "$12m", "frozen funds"),
        ("About GBP 3 million stays frozen under the court order.", "GBP", "frozen funds"),
        ("Nearly EUR 2 million had been stolen from the charity.", "EUR", "stolen money"),
    ],
)
def test_a_sum_that_undergoes_a_money_verb_is_what_the_verb_names(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


def test_a_sum_with_a_passive_verb_that_takes_an_object_is_not_changed(claims_of: Rows) -> None:
    text = "About $5m was spent on new fire engines."
    assert found(claims_of, text, "$5m")["quantity_item"] != "frozen funds"
