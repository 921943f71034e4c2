"""An agentless passive that puts targets on a list whose owner is a state in the possessive
("added to Ghana's list"): the list's owner acts, a state outside the alias table included."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dealer has been entered on Qatar's register of people refused entry.", ["Qatar"]),
        ("Two traders were added to Ghana's sanctions list on Monday.", ["Ghana"]),
        ("The firm has been placed on Peru's list of barred suppliers.", ["Peru"]),
        ("Three more vessels were put on Chile's blacklist last week.", ["Chile"]),
    ],
)
def test_possessive_list_owner_acts(claims_of: Rows, text: str, expected: list[str]) -> None:
    assert only(claims_of, text)["sanction_authorities"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Oman Football Association said it would honour the ban, and the broker has been "
            "entered on Qatar's register of people refused entry.",
            ["Qatar"],
        ),
        (
            "Ghana said it would study the case, and two traders were put on Togo's sanctions "
            "list.",
            ["Togo"],
        ),
        (
            "Peru announced a review, while the firm was placed on Chile's list of barred "
            "suppliers.",
            ["Chile"],
        ),
        (
            "The ministry said it would appeal, but the vessel has been added to the EU's "
            "blacklist.",
            ["European Union"],
        ),
    ],
)
def test_passive_list_owner_beats_a_coordinated_subject(
    claims_of: Rows, text: str, expected: list[str]
) -> None:
    rows = [r for r in claims_of(text, "sanction") if r["sanction_status"] == "imposed"]
    assert rows and rows[-1]["sanction_authorities"] == expected, rows
