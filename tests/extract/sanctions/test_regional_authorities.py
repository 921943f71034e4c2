"""Regional bodies (ECOWAS, the African Union, the Arab League) impose and lift sanctions of
their own: named as the subject, they are the authority, not the body named before."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU renewed its sanctions on Guinea on Monday. "
            "ECOWAS lifted most of its own sanctions on Guinea in February 2024.",
            ["ECOWAS"],
        ),
        (
            "The EU extended its measures against Mali. The Economic Community of West African "
            "States imposed border closures and an asset freeze on the junta in January 2022.",
            ["ECOWAS"],
        ),
        (
            "The African Union suspended Gabon and imposed travel bans on six officers of the junta.",
            ["African Union"],
        ),
        ("The Arab League lifted its sanctions on Syria in 2023.", ["Arab League"]),
    ],
)
def test_regional_body_is_the_authority(claims_of: Rows, text: str, expected: list[str]) -> None:
    rows = claims_of(text, "sanction")
    assert rows[-1]["sanction_authorities"] == expected
