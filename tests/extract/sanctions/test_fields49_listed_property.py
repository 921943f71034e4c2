"""Property frozen whole and listed beside other frozen things counts as items of kind other,
wherever it stands in the list and whether an article or a number counts it ('a chalet and two
boats', 'three lorries and a guesthouse'); what a restraining or preservation order is 'over' is its
target group; and a list item the parser joins to the place after the item before it ('four
chalets at <town> and a launch') stays an item of the list. A list with firms in it keeps the
firms' kind."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.sanctions.helpers import counts, only

Rows = Callable[..., list[dict[str, Any]]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghana's High Court froze a chalet and a fishing boat in Takoradi.",
            {"other": 1, "vessel": 1},
        ),
        (
            "Ghana's High Court has frozen a farmhouse near Ho and two delivery vans.",
            {"other": 3},
        ),
        (
            "Ghana's High Court froze three lorries and a guesthouse on Monday.",
            {"other": 4},
        ),
        (
            "Ghana's High Court has frozen a cottage, four pickup trucks and two trawlers.",
            {"other": 5, "vessel": 2},
        ),
    ],
)
def test_property_listed_with_other_frozen_things_is_counted(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghana's High Court issued a preservation order over nine accounts in Accra.",
            {"other": 9},
        ),
        (
            "Ghana's High Court granted a restraining order over two trawlers, a guesthouse"
            " and four vans.",
            {"other": 5, "vessel": 2},
        ),
        (
            "Ghana's High Court will grant a restraint order over six plots and a warehouse.",
            {"other": 7},
        ),
        (
            "Ghana's High Court granted a restraining order over two chalets at Elmina and a"
            " 9-metre catamaran.",
            {"other": 2, "vessel": 1},
        ),
    ],
)
def test_what_an_order_is_over_is_its_target_group(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


def test_a_hotel_listed_with_firms_stays_a_firm(claims_of: Rows) -> None:
    text = "Ghana's High Court froze the assets of a beach hotel and three shipping firms."
    assert counts(only(claims_of, text)) == {"organization": 4}
