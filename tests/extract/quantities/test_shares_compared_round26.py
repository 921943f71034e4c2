"""Round 26: a fraction compared by an adjective ('a third slower', 'a fifth cheaper') is a share
with the direction the adjective gives; a compared fraction counts the noun right after it ('a
fifth fewer hectares')."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "change"),
    [
        (
            "Journeys were about a third slower than before the works.",
            "a third slower",
            33.33,
            "decrease",
        ),
        (
            "The rebuilt line is a quarter shorter than the old one.",
            "a quarter shorter",
            25.0,
            "decrease",
        ),
        ("Tickets had become a fifth cheaper by the spring.", "a fifth cheaper", 20.0, "decrease"),
        (
            "Trains will run two-thirds faster once the line reopens.",
            "two-thirds faster",
            66.67,
            "increase",
        ),
    ],
)
def test_a_fraction_compared_by_an_adjective_is_a_share(
    claims_of: Rows, text: str, anchor: str, value: float, change: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"], row["quantity_change"]) == (
        value,
        "%",
        change,
    )


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Glasshouse Growers To Heat A Fifth Fewer Hectares This Year",
            "A Fifth Fewer",
            "hectares",
        ),
        ("Farmers sowed a quarter fewer acres of barley.", "a quarter fewer", "acres"),
        ("Carriers Fly A Third Fewer Routes To The Gulf", "A Third Fewer", "routes"),
        ("The yard will build a tenth more hulls next year.", "a tenth more", "hulls"),
    ],
)
def test_a_fraction_compared_counts_the_noun_right_after_it(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Daily volume was roughly a fifth below March.", "a fifth below", "daily volume"),
        ("Gas prices sat about a quarter above June 2024.", "a quarter above", "gas prices"),
    ],
)
def test_a_fraction_below_a_reference_does_not_count_the_reference(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
