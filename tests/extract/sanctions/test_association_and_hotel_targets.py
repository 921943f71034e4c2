"""Associations, hotels and branches are organisations a sanction falls on ('froze the funds of
four people and a registered association', 'placed four more hotels on its list'), trustees are
people: target nouns of their kind (claims/data/sanctions.json `target_kinds`)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The agency froze the funds of four people and a registered association.",
            {"person": 4, "organization": 1},
        ),
        (
            "Two Islamic associations were added to the terrorist list on Monday.",
            {"organization": 2},
        ),
        (
            "The State Department placed four more hotels on its restricted list.",
            {"organization": 4},
        ),
        (
            "Police froze the accounts of a cultural association linked to the group.",
            {"organization": 1},
        ),
    ],
)
def test_associations_and_hotels_are_organisations(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The regulator froze the assets of three former trustees of the fund.", {"person": 3}),
        ("Two trustees of the charity were added to the list on Monday.", {"person": 2}),
        ("The ministry has imposed travel bans on four pension fund trustees.", {"person": 4}),
        ("Washington sanctioned the trust's five trustees.", {"person": 5}),
    ],
)
def test_trustees_are_people(claims_of: Rows, text: str, expected: dict[str, int | None]) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The authority froze the account of the association's Copenhagen branch.",
            {"organization": 1},
        ),
        ("Washington sanctioned two foreign branches of the bank on Tuesday.", {"organization": 2}),
        ("The Dubai branch of the exchange house was added to the list.", {"organization": 1}),
        ("Britain has frozen the assets of three branches of the charity.", {"organization": 3}),
    ],
)
def test_branches_are_organisations(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert counts(only(claims_of, text)) == expected
