"""A past participle that hangs on an area figure as a reduced relative ('the 9,000 hectares
sown this year') says what the area is: the sown, planted or burned area. A participle that is
the clause's main verb says what the area did and adds nothing."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Barley took a fifth of the 12.4 million hectares sown this spring.", "12.4", "sown area"),
        (
            "Firefighters said about 31,000 hectares burned across the island.",
            "31,000",
            "burned area",
        ),
        (
            "Some 3 million acres planted with corn were flooded in June.",
            "3 million",
            "planted area",
        ),
        (
            "The region has 400,000 hectares irrigated by the old canal.",
            "400,000",
            "irrigated area",
        ),
    ],
)
def test_a_participle_after_an_area_names_the_area(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


def test_a_main_verb_after_an_area_adds_nothing(claims_of: Rows) -> None:
    row = found(claims_of, "Officials said 9,000 acres flooded last week.", "9,000")
    assert row["quantity_item"] == "area"


def test_a_participle_that_names_no_area_adds_nothing(claims_of: Rows) -> None:
    row = found(claims_of, "Sea ice hit a low of 3.4 million sq km set in 2012.", "3.4")
    assert not row["quantity_item"].endswith("set area")
