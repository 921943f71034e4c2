"""Round 5: construction families of sanction claims read from the errors on dev_h and dev_g
(pages that were blind when measured); phrasings of our own, never a dev sentence."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from claims.extract.sanctions.carry import carry_sanctions
from tests.extract.sanctions.test_families import counts

Rows = Callable[..., list[dict[str, Any]]]


def only(claims_of: Rows, text: str) -> dict[str, Any]:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    return rows[0]


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [
        (
            "Britain has reinstated asset freezes on 40 Iranian individuals and entities.",
            "imposed",
            {"other": 40},
        ),
        (
            "Canberra restored travel bans on six Syrian officials on Monday.",
            "imposed",
            {"person": 6},
        ),
        (
            "The bloc will restore its sanctions on three Iranian banks next week.",
            "planned",
            {"organization": 3},
        ),
        (
            "Japan is reinstating an asset freeze on two shipping firms in Dubai.",
            "imposed",
            {"organization": 2},
        ),
    ],
)
def test_restoring_sanctions_is_imposing_them(
    claims_of: Rows, text: str, status: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == status
    assert counts(row) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ottawa said it would re-impose sanctions on four Iranian banks.",
        "The Council will re-list the two shipping firms next month.",
        "Brussels said on Friday that it would re-impose its asset freeze on the central bank.",
        "London could re-designate the three traders once the court rules.",
    ],
)
def test_a_modal_on_a_hyphenated_prefix_makes_the_action_planned(
    claims_of: Rows, text: str
) -> None:
    rows = claims_of(text, "sanction")
    assert rows and all(r["sanction_status"] == "planned" for r in rows), rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU struck the three businessmen from its sanctions list on Monday.", {"person": 3}),
        ("Washington deleted two Latvian banks from its blacklist.", {"organization": 2}),
        (
            "Two firms in Kazakhstan will be struck from the list of entities subject to export "
            "bans.",
            {"organization": 2},
        ),
        ("Four tankers were removed from the sanctions list in May.", {"vessel": 4}),
    ],
)
def test_taking_targets_from_a_list_lifts_sanctions(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    carry_sanctions(rows)
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == "lifted"
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The United Kingdom barred 12 officials from entering the country.",
        "Canada banned three tankers from its ports on Friday.",
    ],
)
def test_barring_targets_from_a_place_stays_an_imposition(claims_of: Rows, text: str) -> None:
    assert only(claims_of, text)["sanction_status"] == "imposed"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain added 31 firms to its list. Among them is Harbin Optics, a lens maker.",
            {"organization": 1},
        ),
        (
            "Japan sanctioned 14 companies on Friday. Among them are the Dalian Star Shipping "
            "Company and its affiliate, Bright Sea Ltd.",
            {"organization": 2},
        ),
        (
            "Canada designated nine people last week. Among them was the former general Ivan "
            "Petrov.",
            {"person": 1},
        ),
        (
            "The EU blacklisted 20 tankers. Among them are two vessels flagged in Gabon.",
            {"vessel": 2},
        ),
    ],
)
def test_among_them_restates_the_targets_of_the_sanction_before(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    carry_sanctions(rows)
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected
    assert rows[1]["sanction_authorities"] == rows[0]["sanction_authorities"]


def test_among_them_after_a_sentence_with_no_sanction_is_none(claims_of: Rows) -> None:
    text = "Russia launched 40 drones overnight. Among them were six made in Iran by two firms."
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "OFAC sanctioned two people and a freight forwarder in Dubai.",
            {"person": 2, "organization": 1},
        ),
        ("The EU listed three affiliates of the shipping group.", {"organization": 3}),
        ("The UN Security Council blacklisted two gang bosses on Friday.", {"person": 2}),
        (
            "Washington designated four cartel bosses and two freight forwarders.",
            {"person": 4, "organization": 2},
        ),
    ],
)
def test_forwarders_and_affiliates_are_organizations_bosses_persons(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected
