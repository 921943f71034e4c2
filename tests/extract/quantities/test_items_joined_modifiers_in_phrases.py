"""Modifiers joined by 'and' or 'or' before the noun of an 'of' or 'in' phrase ('of solar and
wind capacity', 'in oil and gas revenue') only modify it: the item is the whole phrase, and its
head is the noun after them, not the last modifier (claims.extract.quantities.items.noun_after)."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The grid must absorb the 6,200MW of solar and wind capacity due to connect by 2030.",
            "6,200MW",
            "solar and wind capacity",
        ),
        (
            "The utility plans to connect 1,500MW of solar and wind capacity by 2028.",
            "1,500MW",
            "solar and wind capacity",
        ),
        (
            "Norway earned NOK 900 billion in oil and gas revenue in 2023.",
            "NOK 900 billion",
            "oil and gas revenue",
        ),
        (
            "The treasury raised EUR 3 billion in bond and loan financing.",
            "EUR 3 billion",
            "bond and loan financing",
        ),
    ],
)
def test_joined_modifiers_keep_the_head_noun(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Police seized 40 rifles and pistols.", "40", "rifles and pistols"),
        ("The firm operates 14 oil and gas fields in the North Sea.", "14", "oil and gas fields"),
    ],
)
def test_joined_nouns_after_a_count_stay_as_they_were(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
