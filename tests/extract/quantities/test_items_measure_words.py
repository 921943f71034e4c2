"""A speed, length or concentration word the units do not read ('gusts of
80 mph', '12 micrograms') measures the noun that governs it or the subject of its level verb, as
a volume word does ('wine output reached 37 million hectolitres'), never itself."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("The tornado brought peak winds of 175 mph to the town.", "peak winds"),
        ("Gusts of 70 mph were recorded overnight on the ridge.", "gusts"),
        ("The storm packed winds of up to 90 knots as it came ashore.", "winds"),
        ("Sustained winds reached 120 mph on Tuesday evening.", "sustained winds"),
        ("The lake level dropped to 4,190 ft last month.", "lake level"),
        ("Benzene was measured at 38 micrograms per cubic metre near the depot.", "benzene"),
        ("Nitrogen dioxide levels hit 60 micrograms per cubic metre.", "nitrogen dioxide levels"),
    ],
)
def test_a_speed_length_or_concentration_word_measures_its_noun(
    claims_of: Rows, text: str, item: str
) -> None:
    rows = claims_of(text, "quantity")
    assert len(rows) == 1, rows
    assert rows[0]["quantity_item"] == item
