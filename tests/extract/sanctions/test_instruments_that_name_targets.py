"""'The decree lists A and B': the measure's own instrument, referred back to, names the targets
of the action told just before; a restatement of that action with its authority."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "Monaco froze the funds of two brokers on Friday. The order names Paolo and Marco"
            " Verdi and their firm, Costa Azzurra SAM.",
            "Monaco",
        ),
        (
            "Peru froze the assets of three traders last week. The decree lists Ana Quispe,"
            " Luis Quispe and their mining company.",
            "Peru",
        ),
        (
            "The EU imposed sanctions on two officials on Monday. Its decision identifies"
            " them as the heads of the prison service.",
            "European Union",
        ),
        (
            "Japan designated four shipping firms in May. The notice names Orion Sea Ltd and"
            " three of its affiliates.",
            "Japan",
        ),
    ],
)
def test_an_instrument_naming_targets_restates_the_action(
    claims_of: Rows, text: str, authority: str
) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == 2
    assert rows[-1]["sanction_authorities"] == [authority]
    assert rows[-1]["sanction_targets"]


def test_an_instrument_naming_others_is_no_claim(claims_of: Rows) -> None:
    text = "The club signed two players in June. The order names a new coach."
    assert claims_of(text, "sanction") == []
