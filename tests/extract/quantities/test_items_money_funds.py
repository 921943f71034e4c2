"""A sum is never counted in its own currency: a sum a freeze or a laundering verb governs is
the (frozen) funds, and one whose clause names nothing else counts funds, not 'mxn' or
'rupees'."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The bank was ordered to freeze CHF 14 million belonging to the minister.",
            "CHF",
            "frozen funds",
        ),
        (
            "Regulators have frozen roughly 2.3 billion rupees held by the two firms.",
            "2.3",
            "frozen funds",
        ),
        ("Investigators say the network funnelled more than $12 million abroad.", "$12", "funds"),
        ("The cartel laundered some MXN 90 million through currency exchanges.", "MXN", "funds"),
    ],
)
def test_a_sum_a_freeze_or_laundering_verb_governs_is_funds(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Officials now expect to recover about CHF 3 million.", "CHF"),
        ("Around NOK 450 million is at stake in the dispute.", "NOK"),
        ("A further SEK 2 billion will follow next year, the minister said.", "SEK"),
    ],
)
def test_a_sum_named_only_by_its_currency_counts_funds(
    claims_of: Rows, text: str, anchor: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == "funds"


def test_an_exchange_rate_keeps_its_currency(claims_of: Rows) -> None:
    text = "The peso weakened 0.6% to 958 per dollar on Friday."
    assert found(claims_of, text, "958")["quantity_item"] == "peso"
