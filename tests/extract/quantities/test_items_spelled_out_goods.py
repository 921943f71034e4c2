"""A good the text names by an acronym it spelled out before is named by its own words, as
CLAIMS.md-only writers name it ('Sweet whey powder (SWP) ...', then 'SWP: $2,900/t': sweet whey
powder, no 'price' added); an acronym within a longer phrase keeps it ('the LNG cargo'). A cheese
or a fat of milk is a good of its own ('Cheddar: $4,100/t': cheddar, no 'price' added)."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Buyers favoured sweet whey powder (SWP) this week.\n- SWP: US$2,650/t",
            "US$2,650/t",
            "sweet whey powder",
        ),
        (
            "Exports of iron ore concentrate (IOC) slowed. IOC traded at $140 a tonne in May.",
            "$140",
            "iron ore concentrate",
        ),
        (
            "Traders will watch liquefied natural gas (LNG) closely; the LNG cargo sold at $11 per"
            " MMBtu.",
            "$11",
            "lng cargo",
        ),
        (
            "Has demineralised whey powder (DWP) recovered? Quotes suggest so.\nDWP: EUR 1,020/t",
            "EUR 1,020/t",
            "demineralised whey powder",
        ),
    ],
)
def test_a_good_named_by_its_spelled_out_acronym(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Dairy quotes\n\n- Cheddar: US$4,480/t", "US$4,480/t", "cheddar"),
        ("Mild cheddar was sold at EUR 3,900 a tonne last month.", "EUR 3,900", "mild cheddar"),
        ("Anhydrous milk fat will fetch about $7,000/t, traders expect.", "$7,000/t", "milk fat"),
        ("Whey traded at $950 per tonne after the auction.", "$950", "whey"),
    ],
)
def test_cheeses_and_milk_fats_are_goods(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"].endswith(item)
