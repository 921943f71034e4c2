"""Regional bodies (ECOWAS, the African Union, the Arab League) impose and lift sanctions of
their own: named as the subject, they are the authority, not the body named before."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, story


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Council of Ministers of the West African Economic and Monetary Union on Monday "
            "froze the funds of five Togolese importers.",
            ["West African Economic and Monetary Union"],
        ),
        (
            "The Council of Ministers of UEMOA has listed three Beninese cattle dealers whose "
            "assets must be frozen.",
            ["West African Economic and Monetary Union"],
        ),
        (
            "The Council of Ministers of the African Union will impose travel bans on four "
            "officers.",
            ["African Union"],
        ),
        (
            "Members of the WAEMU agreed in Lomé to freeze the accounts of two Nigerien firms.",
            ["West African Economic and Monetary Union"],
        ),
    ],
)
def test_a_unions_council_of_ministers_is_the_unions(
    claims_of: Rows, text: str, expected: list[str]
) -> None:
    """'The Council of Ministers of' a regional union is that union's council, not the EU's."""
    rows = claims_of(text, "sanction")
    assert rows[-1]["sanction_authorities"] == expected


def test_a_bare_council_after_a_unions_action_is_the_unions(claims_of: Rows) -> None:
    text = (
        "The Council of Ministers of the West African Economic and Monetary Union on Monday "
        "froze the funds of five Togolese importers. A Lomé court also froze two warehouses. "
        "The Council lifted the freeze on a Beninese trader whose case was dropped."
    )
    rows = story(claims_of, text)
    lifted = [r for r in rows if r["sanction_status"] == "lifted"]
    assert [r["sanction_authorities"] for r in lifted] == [
        ["West African Economic and Monetary Union"]
    ]
