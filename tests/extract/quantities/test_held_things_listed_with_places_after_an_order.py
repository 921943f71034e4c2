"""Held things listed after a freezing order or an attachment are the order's targets even when
an item carries a place ('an order over two flats in Lagos, a farm in Jos, six cars and ...'):
the list runs on past the place to the next count; and a preposition that the parser hangs on
the verb ('authorised an attachment on two plots') still joins the acting noun to its list."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _values(claims_of: Rows, text: str) -> list[float]:
    return [r["quantity_value"] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "text",
    [
        "The High Court granted police a restraining order over three flats in Kisumu, a farm "
        "in Nakuru, five lorries and 12 bank accounts.",
        "On Monday the court authorised an attachment on four plots in Ikeja, a yacht and "
        "nine bank accounts.",
        "A judge issued a preservation order over two houses in Durban, a shop in Pinetown and "
        "seven vehicles belonging to the ring.",
        "The tribunal will grant a freezing order over six warehouses at the port, a hotel in "
        "the old town and 14 accounts.",
    ],
)
def test_counted_items_of_an_order_list_are_its_targets(claims_of: Rows, text: str) -> None:
    assert _values(claims_of, text) == []


def test_counts_after_the_list_stay(claims_of: Rows) -> None:
    text = (
        "The High Court granted a restraining order over three flats in Kisumu and five lorries. "
        "The ring moved about 40 tonnes of fish a month."
    )
    assert _values(claims_of, text) == [40]
