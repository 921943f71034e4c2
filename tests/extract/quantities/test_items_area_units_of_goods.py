"""An area unit (hectares, feddans, dunams) with an 'of' phrase after it measures what the area
is made of ('9,000 hectares of rice paddies': the paddies), not the area of it; feddans and
dunams read as area units like hectares."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Experts put the losses at 2 to 3 million feddans of farmland.", "2 to 3", "farmland"),
        ("Roughly 10,000 dunams of orchards lie close to the new road.", "10,000", "orchards"),
        ("The province has about 40,000 hectares of fish ponds.", "40,000", "fish ponds"),
        ("Settlers have taken over 700 dunums of farmland since May.", "700", "farmland"),
    ],
)
def test_an_area_of_a_thing_measures_the_thing(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


def test_an_area_holder_before_the_figure_keeps_its_area(claims_of: Rows) -> None:
    assert found(claims_of, "The lake covers 850 hectares.", "850")["quantity_item"] == "lake area"


def test_a_bare_area_in_a_new_unit_is_an_area(claims_of: Rows) -> None:
    row = found(claims_of, "Farmers planted 2 million feddans this season.", "2 million")
    assert row["quantity_item"] == "area"
