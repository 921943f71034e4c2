"""An acting body whose proper name holds a preposition ('Bank for Reconstruction and
Development', 'Court of Arbitration for Sport') is read whole, so the alias table names it,
in any tense or voice, and a claim it states keeps its own authority."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, only


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "The European Bank for Reconstruction and Development has debarred a Varna "
            "dredging firm for 30 months.",
            "European Bank for Reconstruction and Development",
        ),
        (
            "The European Bank for Reconstruction and Development will debar two Tbilisi "
            "consultancies over rigged tenders.",
            "European Bank for Reconstruction and Development",
        ),
        (
            "Three Almaty contractors were debarred on Friday by the European Bank for "
            "Reconstruction and Development.",
            "European Bank for Reconstruction and Development",
        ),
        (
            "The Court of Arbitration for Sport banned two Kenyan runners for four years.",
            "Court of Arbitration for Sport",
        ),
    ],
)
def test_a_name_with_a_preposition_names_its_body(
    claims_of: Rows, text: str, authority: str
) -> None:
    assert only(claims_of, text)["sanction_authorities"] == [authority]
