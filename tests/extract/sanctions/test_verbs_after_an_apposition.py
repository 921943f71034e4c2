"""'X, the region's development lender, debarred Y Ltd for three years': the parser may read the
verb after the apposition's closing comma as a modifier of the name after it, leaving the sentence
with no verb; it is still the clause's action, in any such verb's past form."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "The Inter-American Development Bank, the region's largest lender, debarred Lima-based"
        " Constructora Pacífico Sur for 24 months over bid rigging.",
        "The World Bank, the Washington-based lender, debarred Nairobi-based Savanna Works Ltd"
        " for two years.",
        "The Asian Development Bank, the Manila-based lender, debarred Hanoi-based Song Hong"
        " Engineering for 30 months on Monday.",
        "The African Development Bank, the continent's main lender, debarred Accra-based Volta"
        " Civil Works for 18 months.",
    ],
)
def test_a_verb_after_an_apposition_read_as_a_modifier_is_the_action(
    claims_of: Rows, text: str
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == "imposed"


def test_a_plain_modifier_after_a_comma_is_no_action(claims_of: Rows) -> None:
    text = "Savanna Works, a Nairobi-based builder, landed a new contract for a road in May."
    assert claims_of(text, "sanction") == []
