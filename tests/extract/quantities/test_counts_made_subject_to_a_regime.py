"""Targets counted as standing 'subject to' a freeze, a ban or a listing regime are a standing
sanction's own counts, not quantities; people 'subject to' measures of another kind stay."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _values(claims_of: Rows, text: str) -> list[float]:
    return [r["quantity_value"] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "text",
    [
        "Following this week's round, 52 persons and nine outfits are by this point subject to the "
        "Magnitsky-style regime.",
        "After Friday's additions, 30 judges and five lenders are subject to blocking freezes "
        "under the law.",
        "In all, 118 vessels were subject to the port ban by the end of May.",
        "Eleven colonels would from July be subject to travel restrictions under the decree.",
    ],
)
def test_counts_made_subject_to_a_sanction_are_no_quantities(claims_of: Rows, text: str) -> None:
    assert _values(claims_of, text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Some 2,000 households are subject to water rationing measures this summer.", [2000.0]),
        ("About 40,000 people were subject to evacuation orders after the flood.", [40000.0]),
    ],
)
def test_counts_subject_to_other_rules_stay(claims_of: Rows, text: str, kept: list[float]) -> None:
    assert _values(claims_of, text) == kept
