"""A multiple or share whose clause has only a pronoun subject ('That is twice the ...', 'It is
about half the sum ...') measures what the figure before it measured."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        (
            "The bill for the bridge repairs has reached $212 million. "
            "That is close to twice the $96 million spent after the last storm.",
            "close to twice",
            2,
            "bill",
        ),
        (
            "Sales of the new model hit 12,000 cars in March. "
            "This is twice the number sold in February.",
            "twice",
            2,
            "cars",
        ),
        (
            "Ticket sales came to 38,000 seats. It was twice the total of the previous season.",
            "twice",
            2,
            "seats",
        ),
        (
            "The council's flood budget now stands at $20 million. "
            "It is about half the sum it sought from the state.",
            "about half",
            50,
            "flood budget",
        ),
    ],
)
def test_pronoun_multiple_takes_the_figure_before(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"]) == (value, item)
