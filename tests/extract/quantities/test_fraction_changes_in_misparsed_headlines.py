"""A headline that cuts a noun by a fraction ('Storms shrink apple harvest by a quarter') is often
parsed with the noun as the root and the verb hung on the subject: the verb right before the noun
phrase still states the change, and the noun is what changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.stories import page_rows

PAGE = "{headline}\nGrowers in the valley said on Monday that the season had been the hardest in years.\n"


@pytest.mark.parametrize(
    ("headline", "value", "item"),
    [
        (
            "Storms shrink apple harvest by a quarter as cider makers count the cost",
            25.0,
            "apple harvest",
        ),
        (
            "Heat and hail shrink grape harvest by a third as wine prices climb",
            33.33,
            "grape harvest",
        ),
        (
            "Frost and drought slash citrus output by half as exporters cancel orders",
            50.0,
            "citrus output",
        ),
        ("Late rains shrink wheat crop by a fifth in the north", 20.0, "wheat crop"),
    ],
)
def test_the_verb_before_a_misparsed_object_states_the_change(
    tmp_path: Path, headline: str, value: float, item: str
) -> None:
    rows = page_rows(tmp_path, PAGE.format(headline=headline), "quantity")
    row = next(r for r in rows if r["quantity_unit"] == "%")
    assert (row["quantity_value"], row["quantity_item"]) == (value, item)
    assert row["quantity_change"] == "decrease"
