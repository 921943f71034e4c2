"""A story's unnamed home body ('the ministry', 'the government') that acts before any state is
named in the body is the story's home state, even when a neighbour later only applies its
measures in several sentences: putting another's lists in force is no act of the neighbour's
own government (claims.extract.sanctions.carry)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, story

CASES = [
    (
        (
            "Senegal Freezes Assets Of 12 Smugglers\n\n"
            "The Interior Ministry on Monday froze the assets of 12 fuel smugglers who ran "
            "tankers along the coast road, according to a statement read out after the weekly"
            " meeting in the capital.\n\n"
            "Gambia has applied the freeze. Traders say prices have risen. Gambia applied an "
            "earlier freeze in March as well."
        ),
        "Senegal",
        "Gambia",
    ),
    (
        (
            "Ghana Freezes Assets Of Nine Traders\n\n"
            "The finance ministry froze the assets of nine cocoa traders on Friday after "
            "a long inquiry by auditors, who said the traders had smuggled beans across the "
            "border for three seasons.\n\n"
            "Togo applied the freeze at once. Exporters protested. Togo also applied last "
            "year's freeze."
        ),
        "Ghana",
        "Togo",
    ),
    (
        (
            "Kenya Freezes Funds Of Seven Traders\n\n"
            "The government froze the funds of seven traders on Tuesday, citing links to a "
            "smuggling ring in the port, and said the list would be reviewed by a judge "
            "within six months.\n\n"
            "Uganda has applied the freeze. Banks must act within a day. Uganda applied an "
            "earlier freeze too."
        ),
        "Kenya",
        "Uganda",
    ),
    (
        (
            "Peru Freezes Accounts Of 30 Fishing Firms\n\n"
            "The ministry froze the accounts of 30 fishing firms in May after inspectors "
            "found undeclared catches on board several of their vessels during two "
            "inspections last year.\n\n"
            "Ecuador has applied the freeze. Fleet owners are appealing. Ecuador applied an "
            "earlier freeze too."
        ),
        "Peru",
        "Ecuador",
    ),
]


@pytest.mark.parametrize(("text", "home", "neighbour"), CASES)
def test_home_body_not_read_as_the_neighbour_applying_it(
    claims_of: Rows, text: str, home: str, neighbour: str
) -> None:
    rows = story(claims_of, text)
    assert [r["sanction_authorities"] for r in rows[:2]] == [[home], [home]]
    assert rows[-1]["sanction_authorities"] == [neighbour]
