"""A share 'of it' right after a sum or measure ('spent KES 14bn on ring roads, two-thirds of it on one
bypass') is a share of what that figure measured, like 'N of them' of a count: not of the
clause's subject."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The state spent KES 14bn on ring roads last year, two-thirds of it on one bypass.",
            "two-thirds",
            "ring roads spending",
        ),
        (
            "The ministry paid out $3.2 billion in diesel rebates, a quarter of it to airlines.",
            "a quarter",
            "diesel rebates",
        ),
        (
            "The mill ground 40,000 tonnes of wheat, half of it for export.",
            "half",
            "wheat",
        ),
        (
            "Regulators collected EUR 18 million in fines, about 30% of it from two banks.",
            "30%",
            "fines",
        ),
    ],
)
def test_a_share_of_it_measures_the_figure_before(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
