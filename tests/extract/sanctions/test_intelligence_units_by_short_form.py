"""A state's financial intelligence unit named only by its short form acts for its state, as
OFSI or SECO do: the short form is an alias of the state (claims/data/aliases.json)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, only


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("MOKAS has frozen the accounts of three estate agents in Larnaca.", "Cyprus"),
        ("The accounts of two car dealers were frozen by the FIAU on Friday.", "Malta"),
        ("TRACFIN suspended transfers by four jewellers for ten days.", "France"),
        ("Last week the BFIU froze the accounts of 12 garment exporters.", "Bangladesh"),
        ("The funds of a money remitter were frozen by FINTRAC on Monday.", "Canada"),
    ],
)
def test_an_intelligence_units_short_form_names_its_state(
    claims_of: Rows, text: str, authority: str
) -> None:
    row = only(claims_of, text)
    assert row["sanction_authorities"] == [authority], row
