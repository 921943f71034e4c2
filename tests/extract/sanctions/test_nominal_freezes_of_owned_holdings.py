"""A freeze stated by a noun ('ordered the freezing of ...', 'approved the freezing of ...')
whose holdings name their owners in an 'of' phrase ('the accounts and land of six men and a
sawmill') targets the owners, counted per kind, not the holdings. A court named by a regional
city (not the capital) acts for its state."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "authority", "expected"),
    [
        (
            "A judge in Temuco on Monday ordered the freezing of bank accounts and property of"
            " five men and three sawmills suspected of laundering stolen timber.",
            "Chile",
            {"person": 5, "organization": 3},
        ),
        (
            "A Peruvian judge approved the freezing of the assets of two former mayors and a"
            " construction firm.",
            "Peru",
            {"person": 2, "organization": 1},
        ),
        (
            "The freezing of the funds of four companies was ordered by a Colombian court on"
            " Friday.",
            "Colombia",
            {"organization": 4},
        ),
        (
            "A court in Arequipa has ordered the freezing of the accounts of seven officials and"
            " two hauliers.",
            "Peru",
            {"person": 7, "organization": 2},
        ),
    ],
)
def test_owners_of_holdings_are_the_targets(
    claims_of: Rows, text: str, authority: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_authorities"] == [authority]
    assert counts(row) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Mindelo court on Thursday froze bank accounts, houses and yachts of four men and"
            " two companies accused of smuggling.",
            {"person": 4, "organization": 2},
        ),
        (
            "Kenya's Assets Recovery Agency has frozen bank accounts, land and two trucks of a"
            " former governor.",
            {"person": 1},
        ),
        (
            "Ghana froze the assets and boats of three Chinese firms.",
            {"organization": 3},
        ),
        (
            "A Brazilian court froze the accounts, farms and aircraft of five businessmen and two"
            " logging companies on Friday.",
            {"person": 5, "organization": 2},
        ),
    ],
)
def test_owners_closing_a_list_of_holdings(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected
