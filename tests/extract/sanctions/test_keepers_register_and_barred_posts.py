"""Three families of sanctions that regulators and sports bodies impose without a sanctions list:
a registrar taking ships or firms off its own register (a deregistration, imposed: sanctions.json
`deregistrations` `keepers`), a regulator keeping a group out of posts in firms or out of office
(`market_bans` `offices`), and players and other sportspeople as the people a ban falls on
(`target_kinds` `person`)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [
        (
            "Panama's Registrar of Shipping struck six trawlers off the register on Monday.",
            "imposed",
            {"vessel": 6},
        ),
        (
            "Liberia's ship registrar has removed four bulk carriers from the register.",
            "imposed",
            {"vessel": 4},
        ),
        (
            "Malta's Registrar of Companies struck three shell firms off the register last week.",
            "imposed",
            {"organization": 3},
        ),
    ],
)
def test_a_registrar_taking_targets_off_its_register_imposes(
    claims_of: Rows, text: str, status: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == status, row
    assert counts(row) == expected, row


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ghana Securities Commission barred five fund managers from holding any post at a "
            "licensed firm for eight years.",
            {"person": 5},
        ),
        (
            "Kenya's Capital Markets Authority has banned three former executives from serving "
            "as officers of listed companies.",
            {"person": 3},
        ),
        (
            "The Bank of Uganda on Friday barred two managers of a failed lender from office.",
            {"person": 2},
        ),
    ],
)
def test_a_regulator_barring_people_from_posts_imposes(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == "imposed", row
    assert counts(row) == expected, row


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Zambian football federation's ethics panel banned four players and a referee "
            "for betting on their own matches.",
            {"person": 5},
        ),
        (
            "The Kenyan federation's disciplinary committee suspended two goalkeepers for "
            "three years.",
            {"person": 2},
        ),
        (
            "The Asian Cricket Council's integrity unit will ban three cricketers over spot "
            "fixing.",
            {"person": 3},
        ),
    ],
)
def test_sportspeople_are_people(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    row = only(claims_of, text)
    assert counts(row) == expected, row
