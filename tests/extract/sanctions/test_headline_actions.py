"""A title-case headline with a second sanction verb after a comma or 'and' ('EU Extends Belarus
Measures, Adds Nine Judges To Blacklist') states two actions: two claims, each with its own
status and targets, sharing the headline's authority."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "UN Security Council Extends Libya Arms Embargo For A Year, Adds Three Colonels To"
            " Sanctions List",
            [("extended", {}), ("imposed", {"person": 3})],
        ),
        (
            "EU Extends Belarus Measures, Adds Nine Judges To Blacklist",
            [("extended", {}), ("imposed", {"person": 9})],
        ),
        (
            "Canada Renews Haiti Sanctions And Adds Two Gang Leaders",
            [("extended", {}), ("imposed", {"person": 2})],
        ),
        (
            "Britain Lifts Curbs On Two Banks, Sanctions Four Generals",
            [("lifted", {"organization": 2}), ("imposed", {"person": 4})],
        ),
    ],
)
def test_a_second_headline_verb_is_its_own_claim(
    claims_of: Rows, text: str, expected: list[tuple[str, dict[str, int]]]
) -> None:
    rows = claims_of(text, "sanction")
    assert [(r["sanction_status"], counts(r)) for r in rows] == expected
    assert len({tuple(r["sanction_authorities"]) for r in rows}) == 1


@pytest.mark.parametrize(
    "text",
    [  # one verb with coordinated targets stays one claim
        "UK Sanctions Five Russian Generals And Two Defence Firms",
        "EU Sanctions And Bans Imports From Three Companies",
        "Japan Blacklists Nine Tankers, Two Shipping Firms",
        "US Targets Drone Makers And Their Suppliers",
    ],
)
def test_one_headline_verb_is_one_claim(claims_of: Rows, text: str) -> None:
    assert len(claims_of(text, "sanction")) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # counted groups joined by a comma alone, each with its own modifiers
        (
            "Japan sanctions four Syrian militia leaders, three shipping firms over arms flows",
            {"person": 4, "organization": 3},
        ),
        (
            "Canada sanctions six gang figures, two trucking firms over fuel theft",
            {"person": 6, "organization": 2},
        ),
        (
            "Britain sanctions nine colonels, four Russian defence firms over drone supplies",
            {"person": 9, "organization": 4},
        ),
        (
            "The EU listed 11 people, 29 groups, 4 vessels.",
            {"person": 11, "organization": 29, "vessel": 4},
        ),
    ],
)
def test_comma_listed_groups_are_all_targets(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1 and counts(rows[0]) == expected, rows


@pytest.mark.parametrize(
    ("text", "state", "expected"),
    [
        (
            "UAE CABINET ADDS NINE INDIVIDUALS AND FOUR ENTITIES TO LOCAL TERRORIST LIST",
            "United Arab Emirates",
            {"person": 9, "organization": 4},
        ),
        (
            "KENYA ADDS SIX SMUGGLERS TO ITS SANCTIONS LIST",
            "Kenya",
            {"person": 6},
        ),
        (
            "Egyptian Court Adds 86 People To Terrorist Lists",
            "Egypt",
            {"person": 86},
        ),
        (
            "NIGERIA PUTS TWELVE FINANCIERS ON ITS TERROR LIST",
            "Nigeria",
            {"person": 12},
        ),
    ],
)
def test_a_headline_state_outside_the_alias_table_acts(
    claims_of: Rows, text: str, state: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_authorities"] == [state]
    assert counts(rows[0]) == expected


def test_a_state_outside_the_alias_table_needs_a_verb_of_its_own(claims_of: Rows) -> None:
    text = "AFTER WEEKS OF DELAY, HUNGARY LIFTS ITS VETO AND BRUSSELS LISTS 40 MORE TANKERS"
    rows = claims_of(text, "sanction")
    assert all(r["sanction_authorities"] != ["Hungary"] for r in rows)
