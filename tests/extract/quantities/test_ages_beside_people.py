"""A bare figure set off by commas after a singular person noun ('a farmer, 63,') is that
person's age: CLAIMS.md keeps ages of people out of quantities, in a casualty sentence too."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("A woman, 45, was killed when the roof of the market caved in.", 45),
        ("One farmer, 63, drowned after his tractor slid into the canal.", 63),
        ("Police said the driver, 19, had been hurt in the crash on Monday.", 19),
        ("A pensioner, 82, will be flown to the regional hospital tonight.", 82),
    ],
)
def test_an_age_beside_a_person_noun_is_no_quantity(claims_of: Rows, text: str, age: int) -> None:
    values = [r["quantity_value"] for r in claims_of(text, "quantity")]
    assert age not in values
