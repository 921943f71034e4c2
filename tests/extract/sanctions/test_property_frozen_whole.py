"""A court or a state freezing property whole (a house, a villa, cars, fishing boats) imposes a
freeze: the owner a participle of owning names is its target, unless the frozen things are counted
(then the things are, as the newer dev gold reads them), a ship with no owner named is the target
itself; frost or a city freezing prices is no sanction."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya's High Court froze a farm belonging to a former county governor on Monday.",
            {"person": 1},
        ),
        (
            "The Tallinn court on Friday froze an apartment and a lorry owned by the smuggler.",
            {"person": 1},
        ),
        (
            "Last year a Peruvian court froze a house belonging to the gang's accountant.",
            {"person": 1},
        ),
    ],
)
def test_property_frozen_for_its_owner(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == "imposed"
    assert counts(row) == expected


def test_counted_things_frozen_for_their_owner_are_the_targets(claims_of: Rows) -> None:
    row = only(
        claims_of,
        "A judge in Lima has frozen a beach villa and two cars owned by the former mayor.",
    )
    assert row["sanction_status"] == "imposed"
    assert counts(row) == {"other": 3}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Namibian court has frozen three trawlers tied to the fishing group.", {"vessel": 3}),
        ("Chile's Supreme Court froze two factory ships at Valparaiso in March.", {"vessel": 2}),
        (
            "The Senegalese court will freeze four fishing vessels linked to the ring.",
            {"vessel": 4},
        ),
        (
            "Ghana's High Court had frozen a cargo jet and two tankers of the group.",
            {"aircraft": 1, "vessel": 2},
        ),
    ],
)
def test_craft_frozen_by_a_court(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    row = only(claims_of, text)
    assert counts(row) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The cold snap froze the lake and stranded two trawlers in the harbour.",
        "The city council froze house prices for a year.",
        "A sudden frost froze the farm's water pipes overnight.",
        "The judge's ruling froze the merger of the two ferry firms.",
    ],
)
def test_other_freezes_are_no_sanction(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
