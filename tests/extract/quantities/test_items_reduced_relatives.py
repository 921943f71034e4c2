"""'a third of the gold Peru exports', 'a quarter of the grain Ukraine
ships': a place name after the counted noun is the subject of a relative clause with no 'that'
(its verb tagged as a plural noun), so the noun before the place is what is counted, not the verb."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Almost a third of the gold Peru exports is mined illegally.", "a third", "gold"),
        ("Nearly a quarter of the grain Ukraine ships leaves from Odesa.", "a quarter", "grain"),
        ("Some 40% of the coal Indonesia mines is sold abroad.", "40%", "coal"),
        ("Roughly half of the copper Chile produces went to smelters in Asia.", "half", "copper"),
    ],
)
def test_a_place_after_the_counted_noun_opens_a_relative_clause(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


def test_a_name_that_is_no_place_still_modifies_the_head(claims_of: Rows) -> None:
    text = "The army fired two long-range Patriot missiles."
    assert found(claims_of, text, "two")["quantity_item"] == "long-range patriot missiles"
