"""A number word after 'the' hyphened onto a unit of measure, one word or several ('the six-mile
limit', 'the four-nautical-mile belt'): a measure of the noun, new information, not an
anaphoric count of things named before ('the seven trawlers')."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        (
            "Trawlers may not enter the four-nautical-mile belt off the coast.",
            "four-nautical-mile",
            4,
        ),
        ("Residents of the six-kilometre strip were moved inland.", "six-kilometre", 6),
        ("Police closed the two-mile stretch of road for a day.", "two-mile", 2),
        (
            "Builders will fence the three-square-kilometre site next year.",
            "three-square-kilometre",
            3,
        ),
    ],
)
def test_hyphened_measures(claims_of: Rows, text: str, anchor: str, value: float) -> None:
    assert found(claims_of, text, anchor)["quantity_value"] == value


@pytest.mark.parametrize(
    "text",
    ["The seven trawlers were spotted from a patrol plane.", "The ten-dollar note was withdrawn."],
)
def test_counts_and_notes_after_the_stay_anaphoric(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "quantity") == []
