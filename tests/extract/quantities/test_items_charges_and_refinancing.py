"""A sum a charge or refinance verb governs counts what the verb makes of it, never the currency
word (annotation/guidelines.md: 'earned $3m': earnings): 'charged $900 a container' counts the
charges, 'refinanced EUR 800 million' the debt."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The carrier charged about $9,500 per charter hour, the report says.",
            "$9,500",
            "charges",
        ),
        ("Each visitor will be charged $25 at the gate.", "$25", "charges"),
        ("Airlines charged roughly EUR 40 for each extra bag last summer.", "EUR 40", "charges"),
        ("Couriers now charge about GBP 12 a parcel.", "GBP 12", "charges"),
        ("The city is refinancing USD 500m after the downgrade.", "USD 500m", "debt"),
        ("Treasury officials hope to refinance nearly 4 billion francs before May.", "4", "debt"),
        ("The utility refinanced roughly EUR 800 million in March.", "EUR 800", "debt"),
        ("The ministry must refinance about 2.2 billion pesos this year.", "2.2", "debt"),
    ],
)
def test_a_sum_a_charge_or_refinance_verb_governs(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
