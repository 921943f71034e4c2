"""A state's financial intelligence unit named only by its short form acts for its state, as
OFSI or SECO do: the short form is an alias of the state (claims/data/aliases.json)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, only, story


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("MOKAS froze the accounts of three estate agents in Larnaca.", "Cyprus"),
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


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "The Nigerian Financial Intelligence Unit (NFIU) said on Tuesday that it was tracing"
            " payments. The NFIU froze 14 accounts of a fuel importer.",
            "Nigeria",
        ),
        (
            "The Bangladesh Financial Intelligence Unit (BFIU) opened a review in May. The"
            " BFIU then froze the accounts of six knitwear exporters.",
            "Bangladesh",
        ),
        (
            "Malta's Financial Intelligence Analysis Unit (FIAU) met the banks on Friday."
            " The FIAU froze the accounts of two online casinos.",
            "Malta",
        ),
    ],
)
def test_a_short_form_spelled_out_with_its_states_name_stays_the_state(
    claims_of: Rows, text: str, authority: str
) -> None:
    rows = story(claims_of, text)
    assert rows, text
    assert rows[-1]["sanction_authorities"] == [authority], rows
