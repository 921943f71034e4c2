"""Courts in common-law states 'restrain' property as others freeze it: a verb of restraining
whose object is something held (freeze_objects) is an asset freeze; restraining people is none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Supreme Court here separately restrains bank accounts holding an estimated £2.3m", None),
        (
            "The High Court on Friday restrained 14 bank accounts belonging to three directors.",
            {"person": 3},
        ),
        ("The judge restrained two properties of the former mayor in March.", None),
        ("The court has restrained the funds of four companies linked to the scheme.", None),
    ],
)
def test_restraining_holdings_is_a_freeze(
    claims_of: Rows, text: str, expected: dict[str, int] | None
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == "imposed"
    if expected is not None:
        assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police restrained the protesters outside the embassy on Monday.",
        "Two guards restrained the defendant after he shouted at the judge.",
    ],
)
def test_restraining_people_is_no_freeze(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
