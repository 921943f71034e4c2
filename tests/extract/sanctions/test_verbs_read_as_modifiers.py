"""A sanction verb with a subject or an auxiliary of its own that the parser hung as a modifier
of the noun after it still acts, and that noun is its object; debarment by a development bank
is a sanction verb of its own."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Treasury on Friday designated Northwind Shipping and its chief executive.",
            {"organization": 1, "person": 1},
        ),
        (
            "Ottawa has frozen assets worth 40 million dollars belonging to three Haitian"
            " politicians.",
            {"person": 3},
        ),
        (
            "Prosecutors have frozen property worth $12 million belonging to two customs officers.",
            {"person": 2},
        ),
        (
            "The bank last week debarred Keystone Paving and its owner for three years.",
            {"organization": 1, "person": 1},
        ),
    ],
)
def test_verb_read_as_a_modifier_acts_on_the_noun(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == "imposed"
    assert counts(row) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The World Bank debarred two Kenyan engineering firms for six years.",
            {"organization": 2},
        ),
        (
            "Three contractors were debarred by the African Development Bank on Tuesday.",
            {"organization": 3},
        ),
        ("World Bank Debars Two Road Builders", {"organization": 2}),
        ("The lender will debar four consultancies over collusive bidding.", {"organization": 4}),
    ],
)
def test_debarment_is_a_sanction(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    row = only(claims_of, text)
    assert counts(row) == expected


def test_an_adjective_participle_stays_no_action(claims_of: Rows) -> None:
    text = "The frozen assets of the firm were moved to a state fund last year."
    assert claims_of(text, "sanction") == []
