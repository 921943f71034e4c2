"""A length written on with a hyphen before a vessel ('a 42-metre patrol boat') states the craft's
length, as does one before a named craft whose kind the sentence names; before anything else
('a 90-metre pier extension') the noun stays what is measured."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Coastguards intercepted a 15-metre fishing boat off the cape.",
            "15",
            "fishing boat length",
        ),
        (
            "The navy will commission a 58-metre offshore patrol vessel in May.",
            "58",
            "offshore patrol vessel length",
        ),
        ("Customs officers searched the 120-foot trawler for six hours.", "120", "trawler length"),
        ("A 47-metre superyacht was among the assets frozen on Friday.", "47", "superyacht length"),
        (
            "Divers inspected the 64-metre Northern Star, the oldest yacht in the fleet.",
            "64",
            "yacht length",
        ),
    ],
)
def test_a_hyphened_length_before_a_craft_is_its_length(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    got = found(claims_of, text, anchor)["quantity_item"]
    assert got.split()[-1] == "length"
    assert got.split()[-2] == item.split()[-2]


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The port will build a 90-metre extension to the cargo quay.", "90"),
        ("Climbers reached the 8,849-metre summit early on Tuesday.", "8,849"),
        ("The 320-metre Harbour Tower opened to visitors in May.", "320"),
    ],
)
def test_a_hyphened_length_before_anything_else_is_no_craft_length(
    claims_of: Rows, text: str, anchor: str
) -> None:
    assert "length" not in found(claims_of, text, anchor)["quantity_item"]


@pytest.mark.parametrize(
    ("text", "anchor", "craft"),
    [
        ("Police impounded a 60m yacht moored off the island.", "60m", "yacht"),
        ("The 24m catamaran was detained on Friday.", "24m", "catamaran"),
        ("An 18m trawler was escorted into port by the navy.", "18m", "trawler"),
        ("A 45m superyacht left the marina at dawn.", "45m", "superyacht"),
    ],
)
def test_a_glued_metre_before_a_craft_is_its_length_not_millions(
    claims_of: Rows, text: str, anchor: str, craft: str
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_unit"] == "m"
    assert row["quantity_value"] < 1000
    assert row["quantity_item"] == f"{craft} length"


@pytest.mark.parametrize(
    "text", ["The group raised $60m from investors.", "About 1.8m people live in the region."]
)
def test_a_glued_m_before_anything_else_stays_a_scale(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "quantity")[0]["quantity_value"] > 1_000_000
