"""Rows labelled by a place under a heading count what the heading names, also when the place's
name joins two names ('North and South', 'Trinidad and Tobago')."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found

PAGE = (
    "Catches by province:\n"
    "Al Wusta: 401,870 tonnes\n"
    "North and South Batinah: 98,400 tonnes\n"
    "Muscat: 41,900 tonnes\n"
)
VISITS = (
    "Cruise calls by island, 2025:\n"
    "Antigua and Barbuda: 412 calls\n"
    "Saint Lucia: 388 calls\n"
    "Trinidad and Tobago: 121 calls\n"
)


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (PAGE, "98,400 tonnes", "catches"),
        (PAGE, "41,900 tonnes", "catches"),
        (VISITS, "412 calls", "calls"),
        (VISITS, "121 calls", "calls"),
    ],
)
def test_a_row_under_a_heading_counts_what_the_heading_names(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
