"""What a frozen target holds ('..., freezing 12 bank accounts') is a quantity when the action
already has a target group; accounts frozen as the action's own object stay its targets."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected", "number"),
    [
        (
            "The Treasury designated four smugglers on Monday, freezing 12 accounts holding"
            " $3 million.",
            {"person": 4},
            "12",
        ),
        (
            "Canada sanctioned two shipping firms, freezing 31 bank accounts in Toronto.",
            {"organization": 2},
            "31",
        ),
        (
            "The unit added the six officials to its list, blocking 19 bank accounts.",
            {"person": 6},
            "19",
        ),
        (
            "Britain has listed three generals and frozen 25 accounts they control.",
            {"person": 3},
            "25",
        ),
    ],
)
def test_accounts_frozen_beside_targets_are_a_quantity(
    claims_of: Rows, text: str, expected: dict[str, int], number: str
) -> None:
    row = only(claims_of, text)
    assert counts(row) == expected
    quantities = claims_of(text, "quantity")
    assert any(text[q["span_start"] : q["span_end"]].startswith(number) for q in quantities)


@pytest.mark.parametrize(
    "text",
    [
        "Argentina froze 43 bank accounts linked to the network.",
        "The authorities have frozen 17 accounts used by the ring.",
        "Seoul froze 9 bank accounts tied to the smuggling scheme.",
        "Prosecutors said the ministry froze 60 accounts last week.",
    ],
)
def test_accounts_frozen_as_the_object_are_the_targets(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert rows and any("other" in counts(r) for r in rows)
