"""A list of two or more things a freeze or a covering order holds, each counted, is read word by
word: every item counts (kind other, a craft its own kind), wherever the parser hung it (on a place
of the item before, on an owner), singular items with an article count one, a size ('a 40-foot
yacht') is no count, 'shares in three firms' counts three holdings; a named or uncounted owner the
list's participle or 'of' phrase gives is no target, a counted one is; places and banks the items
are held at are none."""

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
            "A Kumasi judge froze five flats, a speedboat and four cars belonging to the trader"
            " Yaw Boateng on Friday.",
            {"other": 9, "vessel": 1},
        ),
        (
            "Ghana's High Court has frozen a shop in Tamale and six bank accounts owned by the"
            " contractor's nephew, Kojo Asante.",
            {"other": 7},
        ),
        (
            "Ghana's High Court attached twelve plots and three savings accounts belonging to"
            " Mr Darko in Accra and Ho.",
            {"other": 15},
        ),
        (
            "Ghana's High Court will freeze 20 properties and eight accounts of the two sisters.",
            {"other": 28},
        ),
        (
            "Ghana's High Court restrained 16 houses and 29 bank accounts on Thursday.",
            {"other": 45},
        ),
    ],
)
def test_listed_holdings_of_an_owner_count_as_the_things(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghana's High Court froze 31 accounts at four rural banks, three depots in Tema and"
            " an office in Accra.",
            {"other": 35},
        ),
        (
            "Ghana's High Court granted a restraining order over three homes in Ho, a cottage"
            " in Keta, two vans and two trawlers, the Adzo and the Efua, linked to the gang.",
            {"other": 6, "vessel": 2},
        ),
        (
            "Ghana's High Court froze 120 vehicles kept in bonded yards at the ports of Tema"
            " and Takoradi, 15 properties and 33 bank and mobile-money accounts.",
            {"other": 168},
        ),
        (
            "Ghana's High Court froze three accounts and a 40-foot yacht, the SEA BREEZE,"
            " belonging to one of the accused.",
            {"other": 3, "vessel": 1},
        ),
        (
            "Ghana's High Court froze 25 properties, six farms and shares in two private insurers.",
            {"other": 33},
        ),
        (
            "Ghana's High Court froze 52 bank accounts held at five banks, 14 tipper trucks,"
            " a depot in Tema and a small barge.",
            {"other": 67, "vessel": 1},
        ),
    ],
)
def test_items_past_places_and_names_stay_in_the_list(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghana's High Court froze six houses, two trawlers, four pickups and 11 bank"
            " accounts belonging to five fishermen.",
            {"other": 21, "vessel": 2, "person": 5},
        ),
        (
            "Ghana's High Court ordered the freezing of 90 vehicles, 12 properties and 40"
            " accounts held by the accused and six companies.",
            {"other": 142, "organization": 6},
        ),
    ],
)
def test_counted_owners_of_a_list_are_targets_too(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States sanctioned two firms and three vessels on Monday.", None),
        ("The EU froze the assets of 14 people and two companies.", None),
    ],
)
def test_lists_of_targets_are_no_holdings(claims_of: Rows, text: str, expected: None) -> None:
    got = counts(only(claims_of, text))
    assert "other" not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Forty-one bank accounts and 12 vehicles have been frozen by the Accra High Court.",
            {"other": 53},
        ),
        (
            "Ghana's High Court froze 11 bank accounts, two outboard engines and a Piper 28"
            " aircraft.",
            {"other": 13, "aircraft": 1},
        ),
        (
            "Ghana's High Court froze 20 bank accounts, four trucks and the trawler Ama Bonsu,"
            " which carried the catch.",
            {"other": 24, "vessel": 1},
        ),
    ],
)
def test_spelled_counts_model_numbers_and_named_craft(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected
