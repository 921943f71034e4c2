"""Holdings frozen as a list ('deposits, land and boats') whose owners a participle of owning
names as two counted groups ('owned by 9 men and two firms'): the parser often
joins the second owner to the holdings; both groups are the targets, the holdings none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bank accounts, flats and cars belonging to 11 people and five companies were frozen "
            "on Wednesday, and prosecutors want the money blocked too.",
            {"person": 11, "organization": 5},
        ),
        (
            "Accounts, land and vehicles owned by 23 officials and four firms have been frozen by "
            "the court.",
            {"person": 23, "organization": 4},
        ),
        (
            "Deposits and two villas held by nine suspects and three shell companies were frozen "
            "last week, the agency said.",
            {"person": 9, "organization": 3},
        ),
        (
            "The unit froze accounts, shares and boats belonging to 14 men and two firms on Monday.",
            {"person": 14, "organization": 2},
        ),
    ],
)
def test_both_holders_are_targets(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Public Prosecution has frozen the assets of 14 suspects and five contracting "
        "companies accused of selling work visas.",
        "Prosecutors froze the accounts of six suspects in the fraud on Tuesday.",
        "Britain has sanctioned 12 suspects in the smuggling ring.",
        "The agency froze the assets of 40 suspects and two firms linked to the scheme.",
        "Greece froze the accounts of two Greek taxi drivers.",
        "The EU sanctioned six lorry drivers who carried the stolen grain.",
    ],
)
def test_suspects_and_drivers_are_people(claims_of: Rows, text: str) -> None:
    assert "person" in counts(only(claims_of, text))
