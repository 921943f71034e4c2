"""A number word hyphened to a word that makes it a kind, not a count ('two-sided deals',
'a three-pronged plan', 'a two-tier market', 'a two-speed recovery'), is no quantity."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "The regulator backs two-sided price guarantees for new solar farms.",
        "Ministers unveiled a three-pronged plan to cut hospital waiting lists.",
        "Critics warn of a two-tier pension system after the reform.",
        "Economists expect a two-speed recovery across the region this year.",
    ],
)
def test_a_number_hyphened_to_a_kind_word_is_no_count(claims_of: Rows, text: str) -> None:
    values = [r["quantity_value"] for r in claims_of(text, "quantity")]
    assert not {2, 3} & set(values), values
