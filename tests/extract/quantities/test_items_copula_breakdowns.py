"""A bare count that breaks down a set is named by the plural noun of its
copula ('of the 40 passengers, six are nurses': the nurses); a place or a participle after the
copula names nothing, and the set stays the item."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Of the crew, four were Filipino deckhands.", "four", "deckhands"),
        # a casualty whole keeps its casualty item, as 'nine of the wounded were ...' does
        ("Of the injured, four were unlicensed drivers.", "four", "injured people"),
        ("Of the 40 passengers on board, six are nurses from the capital.", "six", "nurses"),
        ("Twelve people were hurt, four of whom were contractors.", "four", "contractors"),
        ("Two of the victims were children, the police said on Monday.", "Two", "children"),
        ("The storm left eleven injured; five were migrant farm workers.", "five", "workers"),
    ],
)
def test_a_count_is_what_its_copula_names(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"].endswith(item)


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Seven of the deaths were in the north.", "Seven", "deaths"),
        ("Of the 200 homes, 40 were destroyed by the fire.", "40 were", "homes"),
        ("Five of the firms were fined last year.", "Five", "firms"),
        ("Three of the dead were contract welders.", "Three", "dead people"),
    ],
)
def test_a_place_or_a_participle_after_the_copula_names_nothing(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Of the 30 charities audited, four were non-profits.", "four", "non-profits"),
        ("Of the 40 ships detained, 12 were re-flagged tankers.", "12", "re-flagged tankers"),
        (
            "Of the 25 rulings this year, seven were non-binding opinions.",
            "seven",
            "non-binding opinions",
        ),
        ("Of the 12 vessels inspected, three were ex-navy frigates.", "three", "ex-navy frigates"),
    ],
)
def test_a_hyphened_complement_is_one_word(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
