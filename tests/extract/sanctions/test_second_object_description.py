"""'removed one entity from the list, a trading company that ...': an indefinite second object
after a comma describes the one target counted before it (the parser reads the apposition as
an object); a list joined by 'and' still counts each group."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canberra removed one entity from the sanctions list, a trading company that had "
            "been wound up.",
            {"organization": 1},
        ),
        (
            "Britain delisted one firm on Friday, a shipping agent based in Dubai.",
            {"organization": 1},
        ),
        (
            "Wellington took one company off its list, a fishing cooperative that had changed "
            "owners.",
            {"organization": 1},
        ),
        (
            "The EU has struck one entity from the register, a charity it no longer suspects.",
            {"organization": 1},
        ),
    ],
)
def test_second_object_describes_the_one_target(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert counts(only(claims_of, text)) == expected


def test_a_joined_list_still_counts_each(claims_of: Rows) -> None:
    text = "Seoul sanctioned one firm, a bank and two traders."
    assert counts(only(claims_of, text)) == {"organization": 4}
