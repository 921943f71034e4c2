"""People listed with a named target ('X, a trader, together with its owner', 'a firm and five
of its employees', 'X and its representative, Kim') are targets of the same action."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Treasury on Monday designated Volta Metals Trading, a cobalt buyer, together"
            " with its Lebanese-born owner and three affiliated firms in Dubai.",
            {"organization": 4, "person": 1},
        ),
        (
            "Canada sanctioned Delta Freight Ltd, a shipping agent, along with its two directors.",
            {"organization": 1, "person": 2},
        ),
        (
            "Australia imposed sanctions on a Russian hosting company and five of its employees.",
            {"organization": 1, "person": 5},
        ),
        (
            "Japan listed Orion Link Corp, a front company, and its representative, Kim Chol-su.",
            {"organization": 1, "person": 1},
        ),
    ],
)
def test_people_listed_with_a_target_are_targets(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a business word named by a person's name, then 'his/her' company: the word is a person
        (
            "Canada sanctioned a Serbian warehouse operator, Milan Petrov, and his company,"
            " which stored the drones.",
            {"person": 1, "organization": 1},
        ),
        (
            "The EU sanctioned a fuel trader, Omar Haddad, and his two companies.",
            {"person": 1, "organization": 2},
        ),
        (
            "Britain designated a Dubai gold dealer, Reza Tavakoli, and her trading company.",
            {"person": 1, "organization": 1},
        ),
        (
            "Japan blacklisted a currency dealer and her three exchange firms.",
            {"person": 1, "organization": 3},
        ),
    ],
)
def test_a_business_word_with_his_or_her_company_is_a_person(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected
