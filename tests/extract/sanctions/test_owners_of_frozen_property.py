"""Property frozen or released whole (a house, a flat, a hotel) whose owner the phrase names, by
a possessive, an 'of' phrase or a participle of owning: the owner is the target, not the
property ("a freeze on a clerk's cottage" is one person's)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    "text",
    [
        "Romania's court lifted a freeze on a third inspector's house in June after he was "
        "acquitted.",
        "Last month a judge lifted a freeze on the house of a cousin of the accused after finding "
        "no link to the scheme.",
        "The Albanian court lifted a freeze on a hotel in Shengjin owned by a cousin who is not on "
        "the list.",
        "The judge unfroze the mayor's house in March.",
        "A Nairobi court froze the governor's villa on Monday.",
    ],
)
def test_the_owner_of_property_is_the_target(claims_of: Rows, text: str) -> None:
    assert counts(only(claims_of, text)) == {"person": 1}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain froze his assets in February under its anti-corruption regime.", {"person": 1}),
        ("The court froze her accounts on Tuesday.", {"person": 1}),
        ("A Sofia court froze 46 of his properties in 2022.", {"other": 46}),
        ("The judge froze her villa in Cascais.", {"person": 1}),
        ("A Lima court has frozen his ranch and his house.", {"person": 1}),
        ("The agency unfroze 9 of the frozen accounts on Monday.", {"other": 9}),
    ],
)
def test_holdings_a_person_owns(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    assert counts(only(claims_of, text)) == expected


def test_his_holdings_are_the_person_named_before(claims_of: Rows) -> None:
    text = "Australia sanctioned the businessman Ivan Petrov and froze his assets."
    assert counts(only(claims_of, text)) == {"person": 1}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In February, the National Crime Agency (NAKA) froze €3.1 million on Cestprojekt's "
            "accounts.",
            {"organization": 1},
        ),
        ("The agency froze €3.1 million in Cestprojekt's accounts.", {"organization": 1}),
        ("Britain froze Rosneft's accounts.", {"organization": 1}),
        ("Kenya froze the governor's assets on Monday.", {"person": 1}),
        ("The court froze $2 million in the mayor's accounts.", {"person": 1}),
    ],
)
def test_the_named_owner_of_frozen_holdings(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday the Copenhagen City Court froze DKK 4.2 million in the company's accounts.",
        "Sweden froze SEK 12 million in the firm's accounts.",
        "The court froze HUF 58 million in the exporter's accounts on Friday.",
        "Norway's police froze NOK 9 million in the company's accounts.",
    ],
)
def test_a_currency_code_is_no_named_target(claims_of: Rows, text: str) -> None:
    assert counts(only(claims_of, text)) == {"organization": 1}
