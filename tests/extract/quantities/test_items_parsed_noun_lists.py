"""A list of nouns the parser joins to the counted noun ('tonnes of
diesel and petrol', 'engineers, conductors and yard workers') is counted whole, mass nouns too;
a list that modifies a later noun or a second count is not joined."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The refinery shipped 2 million tonnes of diesel and petrol in May.",
            "2 million",
            "diesel and petrol",
        ),
        (
            "A barge will carry 800 tonnes of rice and sugar to the island.",
            "800 tonnes",
            "rice and sugar",
        ),
        (
            "Some 40 cubic metres of sand and gravel were dumped on the road.",
            "40 cubic",
            "sand and gravel",
        ),
        (
            "The convoy had brought 12 tonnes of tents and water by Friday.",
            "12 tonnes",
            "tents and water",
        ),
        (
            "The strike idled 4,000 drivers, guards and depot workers across the network.",
            "4,000",
            "drivers, guards and depot workers",
        ),
        (
            "Inspectors have found 60 kg of copper and zinc in the lorry.",
            "60 kg",
            "copper and zinc",
        ),
    ],
)
def test_a_parsed_list_of_nouns_is_counted_whole(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The council set aside £2m for roof, wall and window repairs.",
            "£2m",
            "roof, wall and window repairs",
        ),
        ("The army fired 30 rockets and eight drones at the port.", "30 rockets", "rockets"),
        ("The mill stores 5,000 tonnes of wheat and feeds about half the town.", "5,000", "wheat"),
    ],
)
def test_a_list_that_modifies_or_a_second_count_is_not_joined(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
