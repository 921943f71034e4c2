"""Operators and miners are words of trade that name firms or people: people when declared of a
standing kept out of a state, kept from entering it, or said to run a body ('the operators of three
plants', 'mine operators'); ship operators stay businesses. Uncounted holdings a freeze noun reaches
whose participle of owning names counted owners ('the freezing of land and accounts belonging to
23 operators') are the owners' loss: the owners are the targets."""

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
            "Kenya's immigration department declared 12 foreign miners prohibited immigrants on"
            " Monday.",
            {"person": 12},
        ),
        (
            "Malawi's High Court froze the assets of 15 operators of four failed credit cooperatives.",
            {"person": 15},
        ),
        (
            "Uganda's High Court froze the accounts of the operators of a failed crypto platform.",
            {"person": None},
        ),
        ("Zambia barred six mine operators from entering the country.", {"person": 6}),
        ("The EU sanctioned four ship operators and two tanker owners.", {"organization": 6}),
    ],
)
def test_operators_and_miners_as_people(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Ndola judge on Thursday ordered the freezing of plots, cottages and savings"
            " accounts belonging to 19 directors of four collapsed lenders.",
            {"person": 19},
        ),
        (
            "Malawi's High Court ordered the freezing of accounts and farms owned by six"
            " officials.",
            {"person": 6},
        ),
        (
            "The court in Kitwe ordered a freeze on the accounts and houses belonging to three"
            " brokers and two firms.",
            {"person": 3, "organization": 2},
        ),
    ],
)
def test_counted_owners_of_uncounted_holdings_a_freeze_noun_reaches(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert counts(only(claims_of, text)) == expected
