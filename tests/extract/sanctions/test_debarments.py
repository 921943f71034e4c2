"""Debarment by a development bank or a procurement authority is a sanction on the firms and
people barred ('the bank debarred two contractors'), in any voice, and the bank is its authority;
a participle the tagger reads as an adjective after 'be' ('were each debarred') still states it."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "authority", "expected"),
    [
        (
            "The Asian Development Bank said on Monday it had debarred four Philippine"
            " contractors and their owner for three years.",
            "Asian Development Bank",
            {"organization": 4, "person": 1},
        ),
        (
            "The World Bank has debarred a Kenyan consultancy for 30 months over bid rigging.",
            "World Bank",
            {"organization": 1},
        ),
        (
            "The African Development Bank will debar two Zambian suppliers once its review ends.",
            "African Development Bank",
            {"organization": 2},
        ),
        (
            "Two road contractors were debarred by the Inter-American Development Bank last week.",
            "Inter-American Development Bank",
            {"organization": 2},
        ),
    ],
)
def test_debarment_is_a_sanction(
    claims_of: Rows, text: str, authority: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_authorities"] == [authority]
    assert counts(row) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The World Bank debarred a Kenyan builder in May. Orion Works and Delta Civils were"
        " each debarred for two years.",
        "The World Bank debarred a Kenyan builder in May. Two of its suppliers were also debarred.",
        "The World Bank debarred a Kenyan builder in May. Its parent company was then debarred"
        " as well.",
        "The World Bank debarred a Kenyan builder in May. The firm's three directors were each"
        " debarred too.",
    ],
)
def test_passive_debarment_after_be(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_targets"], rows[1]


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "The World Bank on Monday debarred Kestrel Civil Works and its owner for two years.",
            "World Bank",
        ),
        (
            "The Asian Development Bank cross-debarred the two companies on Friday.",
            "Asian Development Bank",
        ),
        (
            "The African Development Bank last week debarred Sahel Roads Ltd for 30 months.",
            "African Development Bank",
        ),
        (
            "The African Development Bank on Friday debarred Lotus Engineering for six years.",
            "African Development Bank",
        ),
    ],
)
def test_debarment_the_tagger_misreads(claims_of: Rows, text: str, authority: str) -> None:
    row = only(claims_of, text)
    assert row["sanction_authorities"] == [authority]
    assert row["sanction_targets"], row
