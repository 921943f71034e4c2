"""A length that says how far is a distance (CLAIMS.md names what is measured, not the unit):
one before 'to the north', one a travel verb governs; a measure 'in area' or 'in length'
measures that dimension, not the thing that has it."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Relief crews were sent to a camp some 90 km to the south.", "90 km"),
        ("The nearest hospital, 35 miles to the east of the village, is overwhelmed.", "35 miles"),
        ("Tremors were felt as far as the capital, nearly 300 km to the northwest.", "300 km"),
        ("Is the new depot really 12 km to the north?", "12 km"),
    ],
)
def test_a_length_before_to_and_a_bearing_is_a_distance(
    claims_of: Rows, text: str, anchor: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == "distance"


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("A typical rural bus covers 60,000 km a year.", "60,000 km"),
        ("The patrol boats sailed 1,200 nautical miles during the exercise.", "1,200"),
        ("Volunteers will have walked 400 km by the time they reach the coast.", "400 km"),
        ("Last season the fleet's trucks travelled 2 million miles.", "2 million miles"),
    ],
)
def test_a_length_a_travel_verb_governs_is_a_distance(
    claims_of: Rows, text: str, anchor: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == "distance"


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The reservoir, roughly 4 square kilometres in area, is nearly empty.",
            "4 square",
            "area",
        ),
        ("A new sea wall 2.5 km in length will be built by 2028.", "2.5 km", "length"),
        ("Pipes up to 90 cm in diameter were laid under the river.", "90 cm", "diameter"),
        ("The slick, which was 12 km2 in area on Monday, has spread.", "12 km2", "area"),
    ],
)
def test_a_measure_in_a_dimension_measures_that_dimension(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
