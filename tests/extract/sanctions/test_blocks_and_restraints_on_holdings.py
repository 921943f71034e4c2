"""A block or a restraint whose 'on' phrase (its own, or the verb's that takes it) is holdings
or property frozen whole is an asset freeze: lifted, extended or discharged like one; a block of
flats, a voting block or a call for restraint is none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("A judge ended the block on a bakery clerk's savings account.", "lifted"),
        ("A block on two deposits of the trader was extended for 40 days.", "extended"),
        ("The tribunal lifted a block on three accounts held at a savings bank.", "lifted"),
        (
            "The restraint on eight accounts of the firm was extended for two months by Justice"
            " Ortega.",
            "extended",
        ),
    ],
)
def test_a_block_or_restraint_on_holdings_is_a_freeze(
    claims_of: Rows, text: str, status: str
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == status


@pytest.mark.parametrize(
    "text",
    [
        "The block on the bridge was lifted by protesters at noon.",
        "Planners extended the block on new flats in the old town.",
        "The envoy urged restraint on both sides after the clash.",
        "The firm extended the voting block on the board for a year.",
        "A block of flats was sold for $4 million.",
    ],
)
def test_other_blocks_and_restraints_are_none(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


def test_a_restraint_on_property_after_frozen_accounts_is_a_freeze(claims_of: Rows) -> None:
    text = (
        "The court froze the man's two savings accounts in May. A restraint on a van owned by his"
        " cousin was discharged by the magistrate on Monday."
    )
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == "lifted"
