"""A list of targets where each item carries a description ('X, a lender in Minsk, and Y, an
exchange'): a description is the item it follows, never one more target; the parser may hang
the next item on the description or give an item its name as apposition ('and its treasurer,
Ana Ruiz'), and an owner in the possessive ('the cartel's treasurer') is no target."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import CANADA_LEAD, JAPAN_LEAD, Rows, counts, last_counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            JAPAN_LEAD + "The two firms listed are Harrow Cloud Ltd, a web host in Riga, and"
            " Coinvale, an exchange that handled the ransoms.",
            {"organization": 2},
        ),
        (
            CANADA_LEAD + "The firms include Orion Metals, a Dubai-registered refiner, and"
            " Blue Delta Shipping, a tanker operator based in Sharjah.",
            {"organization": 2},
        ),
        (
            "The EU froze the assets of Polaris Bank, a lender in Minsk, and Greyhawk"
            " Logistics, a freight forwarder, on Friday.",
            {"organization": 2},
        ),
        (
            "Britain on Monday designated Ivan Petrov, a banker, and Oleg Sidorov, a retired"
            " colonel.",
            {"person": 2},
        ),
    ],
)
def test_each_item_with_its_description_is_one_target(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert last_counts(claims_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            JAPAN_LEAD + "The individuals listed include the network's founder, Lee Sung, and"
            " its accountant, Kim Dae.",
            {"person": 2},
        ),
        (
            CANADA_LEAD + "Those named include the cartel's treasurer, Ana Ruiz, a Mexican"
            " lawyer, and four of her relatives.",
            {"person": 5},
        ),
        (
            CANADA_LEAD + "The people listed include the gang's boss, Marco Vell, a Maltese"
            " citizen, and two cousins of his who manage a port agency.",
            {"person": 3},
        ),
        (
            "Japan listed Kestrel Trading, a Hong Kong front company, and three of its directors"
            " on Monday.",
            {"organization": 1, "person": 3},
        ),
    ],
)
def test_items_after_a_description_and_owners(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert last_counts(claims_of, text) == expected


def test_a_single_described_target(claims_of: Rows) -> None:
    row = only(claims_of, "Seoul on Friday sanctioned Hanbit Trading, a shipping agent in Busan.")
    assert counts(row) == {"organization": 1}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain said on Friday that it had sanctioned five of the same people and two"
            " companies.",
            {"person": 5, "organization": 2},
        ),
        (
            "Japan froze the assets of seven of the same individuals and three firms on Monday.",
            {"person": 7, "organization": 3},
        ),
        (
            "Seoul has now blacklisted four of those officials and two banks.",
            {"person": 4, "organization": 2},
        ),
        (
            "Oslo imposed sanctions on two of the region's biggest trawler firms, Polar Kril and"
            " Nordfang, on Monday.",
            {"organization": 2},
        ),
    ],
)
def test_a_group_joined_to_a_partitive(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert last_counts(claims_of, text) == expected
